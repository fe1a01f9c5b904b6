/**
 * Page metadata the extractor reads itself (Readability covers title, byline, site name and date).
 * One pass over the <meta> elements with plain attribute reads: attribute selectors are slow in
 * some DOMs (jsdom spends more on them than on the rest of the pipeline).
 */
import { comparableKey } from './text';

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

/** Separators between a headline and the site or section names around it in a <title>. */
const TITLE_SEPARATOR = /\s+[|\-–—·»:]\s+/u;
/** A heading shorter than this (letters and digits) is a section name, not a headline. */
const MIN_HEADLINE_KEY = 15;

/**
 * The headline without the site and section names a <title> wraps it in: when a heading of the page
 * ("Illegale Migration aus Belarus …") is one or more consecutive parts of the title ("Bundespolizei -
 * Aktuelles - Illegale Migration aus Belarus …") and most of it, the heading is the title. A heading
 * that is the site's name (a logo in an h1) never is. Otherwise the title stays.
 */
export function headlineOf(title: string, headings: readonly string[], siteNames: readonly string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const keys = parts.map(comparableKey);
  const total = keys.join('').length;
  const names = new Set(siteNames.map(comparableKey).filter(Boolean));
  for (const heading of headings) {
    const key = comparableKey(heading);
    if (key.length < MIN_HEADLINE_KEY || key.length < total / 2 || names.has(key)) continue;
    for (let start = 0; start < keys.length; start++) {
      let joined = '';
      for (let end = start; end < keys.length && joined.length < key.length; end++) {
        joined += keys[end];
        if (joined === key && !(start === 0 && end === keys.length - 1)) return heading.replace(/\s+/g, ' ').trim();
      }
    }
  }
  return title;
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
