/**
 * Page metadata the extractor reads itself (Readability covers title, byline, site name and date).
 * One pass over the <meta> elements with plain attribute reads: attribute selectors are slow in
 * some DOMs (jsdom spends more on them than on the rest of the pipeline).
 */

/** The <meta> contents by lower-cased `property`, `name`, `http-equiv` and `itemprop`, first one wins. */
export type MetaContents = ReadonlyMap<string, string>;

/** Read once per page and handed to the functions below (the clone carries the same <meta> as the page). */
export function metaContents(doc: Document): MetaContents {
  const contents = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'http-equiv', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** Language hints in the order we trust them: the document's own lang, then social and HTTP-equivalent metadata. */
export function declaredLanguages(doc: Document, meta: MetaContents): string[] {
  const hints = [
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    meta.get('og:locale'),
    meta.get('content-language'),
    meta.get('language') ?? meta.get('dc.language'),
    meta.get('inlanguage'),
  ];
  return hints.map((hint) => hint?.trim() ?? '').filter((hint) => hint.length > 0 && hint.length <= 35);
}

/** A publication date from metadata Readability does not read. */
export function fallbackPublishedTime(doc: Document, meta: MetaContents): string | null {
  const fromMeta = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date'].map((key) => meta.get(key)).find(Boolean);
  if (fromMeta) return fromMeta;
  for (const time of Array.from(doc.getElementsByTagName('time'))) {
    const datetime = time.getAttribute('datetime')?.trim();
    if (datetime) return datetime;
  }
  return null;
}

/** The title before Readability has run: used by the page-stage rules only. */
export function titleHint(doc: Document, meta: MetaContents): string {
  return (
    meta.get('og:title') ||
    doc.getElementsByTagName('h1')[0]?.textContent?.trim() ||
    doc.getElementsByTagName('title')[0]?.textContent?.trim() ||
    ''
  );
}
