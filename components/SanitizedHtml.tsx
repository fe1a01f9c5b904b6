import { useEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizerFor } from '@/core/sanitize';
import type { Pictures } from '@/lib/settings';
import { picturesLockedOff } from './pictures-policy';
import { effectivePictures, holdRemoteContent } from './remote-content';
import { placeRestored, REMOVE_AGAIN_ATTRIBUTE, type RestoredBlock, type RestoredLabels } from './restore-in-place';

interface Props {
  html: string;
  baseUrl: string;
  class?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  testId?: string;
  /** A saved article's pictures (original address → object URL): then nothing else is loaded (core/sanitize.ts). */
  pictures?: ReadonlyMap<string, string>;
  /** The pictures setting (default "show") for remote content; video and audio always wait for a click (remote-content.ts). */
  picturesSetting?: Pictures;
  /** Removed blocks shown again at their place in the article (restore-in-place.ts), and their "Remove again". */
  restored?: readonly RestoredBlock[];
  restoredLabels?: RestoredLabels;
  onRemoveAgain?: (index: number) => void;
  /** A restored block to bring into view (and focus its "Remove again") once rendered. */
  reveal?: number | null;
}

const NONE: readonly RestoredBlock[] = [];

/**
 * The only place the UI renders article HTML. It is sanitized here, every time it is rendered, even
 * when it was sanitized before (it may come from a page, a saved article or an imported backup).
 * Remote content the pictures setting holds back is taken out of the sanitized tree before it is
 * rendered, and put back, element by element, when its placeholder is clicked.
 */
export function SanitizedHtml({ html, baseUrl, class: className, dir, lang, testId, pictures, picturesSetting = 'show', restored = NONE, restoredLabels, onRemoveAgain, reveal }: Props) {
  // A saved article shows only its own copies (object URLs), the sanitizer drops every other address.
  const mode = pictures ? 'saved' : picturesLockedOff(globalThis.document) ? 'never' : effectivePictures(picturesSetting);
  const { clean, held } = useMemo(() => {
    const sanitizer = sanitizerFor(window);
    const element = sanitizer.sanitizeToElement(html, baseUrl, { pictures });
    if (!element) return { clean: '', held: [] };
    if (restored.length > 0 && restoredLabels) {
      placeRestored(element, restored, (removal) => sanitizer.sanitizeToElement(removal.html, baseUrl, { pictures }), restoredLabels);
    }
    const kept = holdRemoteContent(element, mode);
    return { clean: element.innerHTML, held: kept };
  }, [html, baseUrl, pictures, mode, restored, restoredLabels]);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => hideBrokenImages(container.current), [clean]);
  useEffect(() => loadOnClick(container.current, held), [held]);
  // The latest handler, read at click time: one listener for the body's life, not one per render.
  const removeAgain = useRef(onRemoveAgain);
  removeAgain.current = onRemoveAgain;
  useEffect(() => removeAgainOnClick(container.current, (index) => removeAgain.current?.(index)), []);
  useEffect(() => {
    if (reveal === null || reveal === undefined) return;
    const block = container.current?.querySelector(`[data-restored="${reveal}"]`);
    block?.scrollIntoView({ block: 'nearest' });
    block?.querySelector<HTMLElement>(`[${REMOVE_AGAIN_ATTRIBUTE}]`)?.focus({ preventScroll: true });
  }, [reveal, clean]);
  // Sanitized above, for this render; only placeholders (text in a span) and restored blocks' markers (restore-in-place.ts) were added.
  return <div ref={container} class={className} dir={dir} lang={lang} data-testid={testId} dangerouslySetInnerHTML={{ __html: clean }} />;
}

/** "Remove again" on a restored block: one listener for the body, the buttons are in its markup. */
function removeAgainOnClick(root: HTMLElement | null, onRemoveAgain: (index: number) => void): (() => void) | undefined {
  if (!root) return undefined;
  const click = (event: Event): void => {
    const button = (event.target as Element | null)?.closest?.(`[${REMOVE_AGAIN_ATTRIBUTE}]`);
    if (button && root.contains(button)) onRemoveAgain(Number(button.getAttribute(REMOVE_AGAIN_ATTRIBUTE)));
  };
  root.addEventListener('click', click);
  return () => root.removeEventListener('click', click);
}

/** A click (or Enter / Space) on a placeholder puts its element back: a node of the sanitized tree. */
function loadOnClick(root: HTMLElement | null, held: Element[]): (() => void) | undefined {
  if (!root || held.length === 0) return undefined;
  const load = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const placeholder = (event.target as Element | null)?.closest?.('[data-cnr-held]');
    if (!placeholder || !root.contains(placeholder)) return;
    const element = held[Number(placeholder.getAttribute('data-cnr-held'))];
    if (!element) return;
    event.preventDefault(); // a placeholder inside a link loads the picture, it does not follow the link
    const shown = root.ownerDocument.importNode(element, true);
    if (shown.localName === 'video' || shown.localName === 'audio') shown.setAttribute('controls', '');
    placeholder.replaceWith(shown);
  };
  root.addEventListener('click', load, true);
  root.addEventListener('keydown', load, true);
  return () => {
    root.removeEventListener('click', load, true);
    root.removeEventListener('keydown', load, true);
  };
}

/**
 * An image that does not load (offline, or gone from the site) would leave an empty box the size of
 * its width/height attributes: it is hidden instead. Our listener, not markup: the article has none.
 */
function hideBrokenImages(root: HTMLElement | null): (() => void) | undefined {
  if (!root) return undefined;
  const hide = (event: Event): void => {
    if (event.target instanceof HTMLImageElement) event.target.hidden = true;
  };
  root.addEventListener('error', hide, true); // 'error' does not bubble; capture sees it.
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) img.hidden = true;
  }
  return () => root.removeEventListener('error', hide, true);
}
