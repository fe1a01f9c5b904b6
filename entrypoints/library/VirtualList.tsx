import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** Every row's height in CSS pixels (the stylesheet gives the rows this height). */
  rowHeight: number;
  /** One row: an `<li>` with the given style (its place in the list; `index` from 0, for aria-posinset). */
  row: (item: T, style: { top: string; height: string }, index: number) => ComponentChildren;
}

/** Rows drawn beyond the window on each side, so that scrolling and Tab find rows already there. */
const OVERSCAN = 10;
/** Rows drawn before the first measurement (a screen's worth on any display). */
const FIRST_ROWS = 40;

/**
 * A list that draws only the rows in and near the window, whatever its length: the page stays as
 * fast at 100,000 saved articles as at ten. The list keeps its full height (so the scrollbar and
 * Ctrl+End mean what they say) and places each drawn row at its position; rows have one fixed height.
 */
export function VirtualList<T>({ items, rowHeight, row }: Props<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ start: 0, end: FIRST_ROWS });

  useLayoutEffect(() => {
    const update = (): void => {
      const element = list.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top; // negative once the list's top has scrolled away
      const start = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN);
      const end = start + Math.ceil(window.innerHeight / rowHeight) + 2 * OVERSCAN;
      setRange((now) => (now.start === start && now.end === end ? now : { start, end }));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [rowHeight, items.length]);

  const start = Math.min(range.start, items.length);
  const end = Math.min(range.end, items.length);
  return (
    <ul class="library-list virtual" ref={list} style={{ height: `${items.length * rowHeight}px` }}>
      {items.slice(start, end).map((item, i) => row(item, { top: `${(start + i) * rowHeight}px`, height: `${rowHeight}px` }, start + i))}
    </ul>
  );
}
