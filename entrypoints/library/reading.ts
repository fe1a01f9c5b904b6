/**
 * The reading position in a saved article, as a share of the article (not pixels), so that it means
 * the same place in a narrower or wider window, with another font size: the part of the article
 * element above the window's top, 0 at its start, near 1 at its end.
 */
import { useEffect } from 'preact/hooks';
import type { Library, ReadingState } from '@/lib/library/store';

/** Scrolling saves the position at most this often (and once more when the article is left). */
const SAVE_EVERY_MS = 1000;
/** How long restoring waits for the article's pictures to take their height. */
const PICTURES_WAIT_MS = 1500;

export function positionIn(article: HTMLElement): number {
  const { top, height } = article.getBoundingClientRect();
  return height > 0 ? Math.min(1, Math.max(0, -top / height)) : 0;
}

export function scrollToPosition(article: HTMLElement, position: number): void {
  const { top, height } = article.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + top + position * height, behavior: 'instant' });
}

/** Resolves once the pictures in `element` are decoded (their height known), or after a while. */
function picturesSettled(element: HTMLElement): Promise<void> {
  const pending = [...element.querySelectorAll('img')].filter((img) => !img.complete).map((img) => img.decode().catch(() => undefined));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, PICTURES_WAIT_MS));
  return Promise.race([Promise.all(pending).then(() => undefined), timeout]);
}

/**
 * While a saved article is shown (`ready`: drawn, with its pictures): marks it read, brings the window
 * back where the reader left it, and keeps the position as the reader scrolls (throttled) and leaves.
 * `onReading` hears the new state after the article was marked read.
 */
export function useReadingPosition(library: Library, id: string, ready: boolean, onReading: (state: ReadingState) => void): void {
  useEffect(() => {
    const article = ready ? document.querySelector<HTMLElement>('article.cnr-page') : null;
    if (!article) return undefined;
    let left = false;
    let restored = false;
    /** The position saved last, and the one seen at the last scroll (-1: none yet). */
    let last = -1;
    let latest = -1;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The article's address: leaving it ('#', the list) scrolls the page to the top before this view is
    // gone, and that scroll is not the reader's.
    const here = location.hash;
    const record = (): void => {
      // Not before the saved place is back: that would overwrite it with the top.
      if (restored && location.hash === here) latest = positionIn(article);
    };
    const save = (): void => {
      timer = null;
      if (latest < 0 || Math.abs(latest - last) < 0.001) return;
      last = latest;
      void library.savePosition(id, latest).catch(() => undefined);
    };
    const onScroll = (): void => {
      record();
      if (timer === null) timer = setTimeout(save, SAVE_EVERY_MS);
    };
    const onHide = (): void => {
      record();
      save();
    };

    void library.reading(id)
      .then(async (state) => {
        if (state.position > 0) {
          await picturesSettled(article);
          if (!left) scrollToPosition(article, state.position);
        }
        last = state.position;
      })
      .catch(() => undefined)
      .finally(() => {
        restored = true;
      });
    library.markRead(id, true).then((state) => state && !left && onReading(state), () => undefined);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      left = true;
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      if (timer !== null) clearTimeout(timer);
      save();
    };
  }, [library, id, ready]);
}
