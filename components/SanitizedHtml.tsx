import { useEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizerFor } from '@/core/sanitize';

interface Props {
  html: string;
  baseUrl: string;
  class?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  testId?: string;
  /** A saved article's pictures (original address → object URL): then nothing else is loaded (core/sanitize.ts). */
  pictures?: ReadonlyMap<string, string>;
}

/**
 * The only place the UI renders article HTML. It is sanitized here, every time it is rendered, even
 * when it was sanitized before (it may come from a page, a saved article or an imported backup).
 */
export function SanitizedHtml({ html, baseUrl, class: className, dir, lang, testId, pictures }: Props) {
  const clean = useMemo(() => sanitizerFor(window).sanitize(html, baseUrl, { pictures }), [html, baseUrl, pictures]);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => hideBrokenImages(container.current), [clean]);
  // Sanitized on the line above, for this render.
  return <div ref={container} class={className} dir={dir} lang={lang} data-testid={testId} dangerouslySetInnerHTML={{ __html: clean }} />;
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
