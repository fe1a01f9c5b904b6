/** Page metadata the extractor reads itself (Readability covers title, byline, site name and date). */

/** Language hints in the order we trust them: the document's own lang, then social and HTTP-equivalent metadata. */
export function declaredLanguages(doc: Document): string[] {
  const hints = [
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[name="language" i], meta[name="dc.language" i]')?.getAttribute('content'),
    doc.querySelector('[itemprop="inLanguage"]')?.getAttribute('content'),
  ];
  return hints.map((hint) => hint?.trim() ?? '').filter((hint) => hint.length > 0 && hint.length <= 35);
}

/** A publication date from metadata Readability does not read. */
export function fallbackPublishedTime(doc: Document): string | null {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date" i], meta[name="pubdate" i], meta[name="publish-date" i]')?.getAttribute('content'),
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ];
  return candidates.find((value) => value && value.trim().length > 0)?.trim() ?? null;
}

/** The title before Readability has run: used by the page-stage rules only. */
export function titleHint(doc: Document): string {
  return (
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    doc.querySelector('h1')?.textContent?.trim() ||
    doc.querySelector('title')?.textContent?.trim() ||
    ''
  );
}
