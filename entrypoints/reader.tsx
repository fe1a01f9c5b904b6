import { defineUnlistedScript } from '#imports';
import { render } from 'preact';
import { READER_GLOBAL, type ReaderApi } from '@/lib/protocol';
import type { Article } from '@/core/types';
import { normalizeSettings } from '@/lib/settings';
import { ReaderOverlay, READER_TITLE_ID } from '@/components/ReaderOverlay';
import { READER_CSS } from '@/components/reader-css';
import { scrollStep } from '@/components/reader-keys';

/**
 * The in-page reader view, injected on demand (never registered in the manifest). It leaves its API
 * (show, hide, isShown, save) in the extension's isolated world, where later executeScript calls
 * reach it; the page's own scripts cannot.
 *
 * An unlisted script rather than a WXT content script: WXT's content-script context tells the page
 * that it started (a window message and a document event carrying the extension's id).
 *
 * The page is out of the reader's way and the reader out of the page's reach:
 * - one element is added to the page while the reader is shown, `<clean-news-reader
 *   data-clean-news-reader>` on <html>, and removed on close, so the page's markup is exactly as it was;
 * - its shadow root is closed: page scripts cannot read, click or change anything inside, and every
 *   handler inside ignores events that are not the user's own (`isTrusted`);
 * - the view is a modal <dialog> (showModal): the page behind is inert for the mouse, the keyboard and
 *   assistive technology, focus stays in the reader and goes back where it was on close;
 * - the page's own scrollbar is hidden by a stylesheet adopted into the document (no attribute of the
 *   page changes), taken away again on close with the scroll position put back.
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as Record<string, ReaderApi | undefined>;
  slot[READER_GLOBAL] ??= createReader();
});

const HOST_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; pointer-events: auto !important;
}
dialog.cnr-dialog {
  position: fixed; inset: 0; width: 100%; height: 100%; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; background: transparent; color: inherit; overflow: hidden;
}
dialog.cnr-dialog::backdrop { background: #000; }
.cnr-scroller { position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain; outline: none; }
`;

/** Hides the page's scrollbar while the reader is shown: one scrollbar, the reader's. */
const PAGE_LOCK_CSS = ':root:root:root { overflow: hidden !important; }';

/** Events the page could forge by dispatching them; none reaches our handlers unless the user made it. */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup',
  'keypress', 'input', 'change', 'submit', 'toggle', 'focusin', 'beforeinput'] as const;

interface Shown {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  mount: HTMLElement;
  scroller: HTMLElement;
  scroll: { x: number; y: number };
  focused: Element | null;
  unlockPage: () => void;
  /** Triggers the overlay's save button logic (the save shortcut). */
  save: () => void;
}

function createReader(): ReaderApi {
  let shown: Shown | null = null;

  const hide = (): boolean => {
    if (!shown) return false;
    const { host, dialog, mount, scroll, focused, unlockPage } = shown;
    shown = null;
    render(null, mount);
    if (dialog.open) dialog.close();
    host.remove();
    unlockPage();
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

/** Adds the host element, its closed shadow root and the modal dialog; Esc (or the dialog closing) calls `close`. */
function open(close: () => void): Shown {
  const scroll = { x: window.scrollX, y: window.scrollY };
  const focused = document.activeElement;
  const host = document.createElement('clean-news-reader');
  host.setAttribute('data-clean-news-reader', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, HOST_CSS + READER_CSS);

  // Forged events stop at the shadow root, before any handler inside sees them.
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(type, (event) => {
      if (!event.isTrusted) {
        event.stopImmediatePropagation();
        event.preventDefault();
      }
    }, true);
  }

  const dialog = document.createElement('dialog');
  dialog.className = 'cnr-dialog';
  dialog.setAttribute('aria-labelledby', READER_TITLE_ID);
  dialog.setAttribute('aria-modal', 'true');
  const scroller = document.createElement('div');
  scroller.className = 'cnr-scroller';
  scroller.tabIndex = -1;
  const mount = document.createElement('div');
  scroller.append(mount);
  dialog.append(scroller);
  shadow.append(dialog);

  // Keys typed in the reader are the reader's: the page's own shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    dialog.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'keydown' && event.isTrusted) onKey(event as KeyboardEvent, shadow, dialog, scroller, close);
    });
  }
  // Esc arrives as the dialog's cancel; if anything else closes the dialog, the reader goes too.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('close', () => {
    if (host.isConnected) close(); // Not after our own close: by then a new reader may be shown.
  });

  document.documentElement.append(host);
  const unlockPage = lockPageScroll();
  dialog.showModal();
  return { host, dialog, mount, scroller, scroll, focused, unlockPage, save: () => undefined };
}

function onKey(event: KeyboardEvent, shadow: ShadowRoot, dialog: HTMLDialogElement, scroller: HTMLElement, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    return;
  }
  if (event.key === 'Tab') {
    keepFocusInside(event, shadow, dialog);
    return;
  }
  const step = scrollStep(event, shadow.activeElement, scroller.clientHeight);
  if (step === null) return;
  event.preventDefault();
  if (step === 'start') scroller.scrollTo({ top: 0 });
  else if (step === 'end') scroller.scrollTo({ top: scroller.scrollHeight });
  else scroller.scrollBy({ top: step });
}

/** Tab from the last control goes to the first one, Shift+Tab from the first to the last: focus never leaves the reader. */
function keepFocusInside(event: KeyboardEvent, shadow: ShadowRoot, dialog: HTMLDialogElement): void {
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])'))
    .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = shadow.activeElement;
  const outside = !active || !focusable.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

/** Hides the page's scrollbar through a stylesheet adopted into the document; returns what undoes it. */
function lockPageScroll(): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_LOCK_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => undefined; // Firefox refuses adopted sheets from content scripts: the page keeps its scrollbar.
  }
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
