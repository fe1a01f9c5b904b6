import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** Every row's height in CSS pixels (the stylesheet gives the rows this height). */
  rowHeight: number;
  /** One row: an `<li>` with the given style (its place in the list; `index` from 0, for aria-posinset). */
  row: (item: T, style: { top: string; height: string }, index: number) => ComponentChildren;
}

/** Rows drawn beyond the window on each side, so that scrolling and Tab find rows already there. */
const OVERSCAN = 10;

/**
 * A list that draws only the rows in and near the window, whatever its length: the page stays as
 * fast at 100,000 saved articles as at ten. The list keeps its full height (so the scrollbar and
 * Ctrl+End mean what they say) and places each drawn row at its position; rows have one fixed height.
 */
export function VirtualList<T>({ items, rowHeight, row }: Props<T>) {
  const list = useRef<HTMLUListElement>(null);
  // Before the first measurement: the rows a window of this height shows from the top, and the overscan
  // below (the first layout of a row is the costly one: fonts of many scripts).
  const [range, setRange] = useState(() => ({ start: 0, end: Math.ceil(window.innerHeight / rowHeight) + OVERSCAN }));

  const measure = (): void => {
    const element = list.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top; // negative once the list's top has scrolled away
    const start = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN);
    const end = start + Math.ceil(window.innerHeight / rowHeight) + 2 * OVERSCAN;
    setRange((now) => (now.start === start && now.end === end ? now : { start, end }));
  };
  useLayoutEffect(() => {
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [rowHeight]);
  // A new length moves nothing on screen by itself (a shorter list scrolls the window, which measures):
  // checked after the frame is drawn, so that the task drawing 10,000 new items does not also lay out the page.
  useEffect(measure, [items.length]);

  const start = Math.min(range.start, items.length);
  const end = Math.min(range.end, items.length);
  return (
    <ul class="library-list virtual" ref={list} style={{ height: `${items.length * rowHeight}px` }}>
      {items.slice(start, end).map((item, i) => row(item, { top: `${(start + i) * rowHeight}px`, height: `${rowHeight}px` }, start + i))}
    </ul>
  );
}
