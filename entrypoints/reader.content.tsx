import { defineContentScript } from '#imports';
import { render } from 'preact';
import { READER_GLOBAL, type ReaderApi } from '@/core/messages';
import type { Article } from '@/core/types';
import { normalizeSettings } from '@/lib/settings';
import { ReaderOverlay } from '@/components/ReaderOverlay';
import { READER_CSS } from '@/components/reader-css';

/**
 * The in-page reader view, injected on demand (never registered in the manifest). It leaves its API
 * (show, hide, isShown, save) in the extension's isolated world, where later executeScript calls
 * reach it; the page's own scripts cannot.
 *
 * The page is never modified but for one element, added and removed again: a host element
 * `<clean-news-reader data-clean-news-reader>` appended to <html>, whose open shadow root holds the
 * view. The page's CSS cannot reach inside, and `:host` resets whatever the page says about the host.
 * Hiding removes the host and puts focus and scroll position back, so the page is exactly as it was.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const slot = globalThis as unknown as Record<string, ReaderApi | undefined>;
    slot[READER_GLOBAL] ??= createReader();
  },
});

const HOST_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; pointer-events: auto !important;
}
.cnr-scroller { position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain; outline: none; }
`;

interface Shown {
  host: HTMLElement;
  mount: HTMLElement;
  scroller: HTMLElement;
  scroll: { x: number; y: number };
  focused: Element | null;
  /** Triggers the overlay's save button logic (the save shortcut). */
  save: () => void;
}

function createReader(): ReaderApi {
  let shown: Shown | null = null;

  const hide = (): boolean => {
    if (!shown) return false;
    const { host, mount, scroll, focused } = shown;
    shown = null;
    render(null, mount);
    host.remove();
    window.scrollTo(scroll.x, scroll.y);
    if (focused instanceof HTMLElement && focused.isConnected) focused.focus({ preventScroll: true });
    return true;
  };

  const show = (article: Article, settings: unknown): void => {
    const current = shown ?? open(hide);
    shown = current;
    render(
      <ReaderOverlay article={article} initialSettings={normalizeSettings(settings)} onClose={hide}
        registerSave={(save) => { current.save = save; }} />,
      current.mount,
    );
    current.scroller.scrollTop = 0;
    current.scroller.focus({ preventScroll: true });
  };

  return {
    show,
    hide,
    isShown: () => shown !== null,
    save: () => {
      if (!shown) return false;
      shown.save();
      return true;
    },
  };
}

/** Adds the host element and its shadow root; Esc inside the reader calls `onEscape`. */
function open(onEscape: () => void): Shown {
  const scroll = { x: window.scrollX, y: window.scrollY };
  const focused = document.activeElement;
  const host = document.createElement('clean-news-reader');
  host.setAttribute('data-clean-news-reader', '');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, HOST_CSS + READER_CSS);

  const scroller = document.createElement('div');
  scroller.className = 'cnr-scroller';
  scroller.tabIndex = -1;
  const mount = document.createElement('div');
  scroller.append(mount);
  shadow.append(scroller);
  // Keys typed in the reader are the reader's: the page's shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    scroller.addEventListener(type, (event) => {
      if (type === 'keydown' && (event as KeyboardEvent).key === 'Escape') onEscape();
      event.stopPropagation();
    });
  }
  document.documentElement.append(host);
  return { host, mount, scroller, scroll, focused, save: () => undefined };
}

/**
 * Constructed stylesheets are not subject to the page's CSP the way a <style> element is. Firefox
 * refuses them from content scripts (Xray wrappers); there a <style> element does, as extension
 * content scripts' inline styles are exempt from the page's CSP in Firefox.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
