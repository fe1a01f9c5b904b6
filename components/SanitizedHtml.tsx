import { useMemo } from 'preact/hooks';
import { sanitizerFor } from '@/core/sanitize';

interface Props {
  html: string;
  baseUrl: string;
  class?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  testId?: string;
}

/**
 * The only place the UI renders article HTML. It is sanitized here, every time it is rendered, even
 * when it was sanitized before (it may come from a page, a saved article or an imported backup).
 */
export function SanitizedHtml({ html, baseUrl, class: className, dir, lang, testId }: Props) {
  const clean = useMemo(() => sanitizerFor(window).sanitize(html, baseUrl), [html, baseUrl]);
  // Sanitized on the line above, for this render.
  return <div class={className} dir={dir} lang={lang} data-testid={testId} dangerouslySetInnerHTML={{ __html: clean }} />;
}
