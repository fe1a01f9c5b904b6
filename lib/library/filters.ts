/**
 * The library list's language and site filters, and the choices to offer for them. The same matching
 * is used by search.ts, so a filter means the same with and without a search query.
 */
import type { LanguageInfo } from '@/core/language';
import type { ArticleSummary } from './schema';

export interface LibraryFilters {
  /** A BCP 47 tag ('ro', 'zh-Hant') or an ISO 639-3 code ('ron'); 'zh' also matches 'zh-Hant'. */
  language?: string;
  /** A site as in ArticleSummary.site (host name without "www."). */
  site?: string;
}

function matchesLanguage(language: Pick<LanguageInfo, 'code' | 'bcp47'>, wanted: string): boolean {
  const tag = wanted.trim().toLowerCase();
  const bcp47 = language.bcp47.toLowerCase();
  return tag === language.code || tag === bcp47 || bcp47.startsWith(`${tag}-`);
}

export function matchesFilters(item: { code: string; bcp47: string; site: string }, filters: LibraryFilters): boolean {
  return (!filters.language || matchesLanguage(item, filters.language)) && (!filters.site || item.site === filters.site);
}

export function filterSummaries(summaries: readonly ArticleSummary[], filters: LibraryFilters): ArticleSummary[] {
  return summaries.filter((summary) => matchesFilters({ ...summary.language, site: summary.site }, filters));
}

/** One choice of a filter: the value to filter by, a label to show and how many articles it has. */
export interface Facet {
  value: string;
  label: string;
  count: number;
}

function tally(entries: Iterable<[value: string, label: string]>): Facet[] {
  const facets = new Map<string, Facet>();
  for (const [value, label] of entries) {
    const facet = facets.get(value);
    if (facet) facet.count++;
    else facets.set(value, { value, label, count: 1 });
  }
  return [...facets.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The languages (by BCP 47 tag, labelled with the English name: the page names them in the interface's language) and sites in the library, most used first. */
export function facets(summaries: readonly ArticleSummary[]): { languages: Facet[]; sites: Facet[] } {
  return {
    languages: tally(summaries.map((s) => [s.language.bcp47, s.language.name])),
    sites: tally(summaries.filter((s) => s.site).map((s) => [s.site, s.siteName ?? s.site])),
  };
}
