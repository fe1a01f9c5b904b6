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

/** The summaries within the filters; the same array when there is no filter. */
export function filterSummaries(summaries: readonly ArticleSummary[], filters: LibraryFilters): readonly ArticleSummary[] {
  if (!filters.language && !filters.site) return summaries;
  return summaries.filter((summary) => matchesFilters({ code: summary.language.code, bcp47: summary.language.bcp47, site: summary.site }, filters));
}

/** One choice of a filter: the value to filter by, a label to show and how many articles it has. */
export interface Facet {
  value: string;
  label: string;
  count: number;
}

const mostUsedFirst = (facets: Map<string, Facet>): Facet[] =>
  [...facets.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

/**
 * Counts the languages (by BCP 47 tag, labelled with the English name: the page names them in the
 * interface's language) and sites of summaries given in as many parts as the caller likes: the library page counts 10,000 a part at a time, between tasks.
 */
export class FacetCounter {
  private readonly languages = new Map<string, Facet>();
  private readonly sites = new Map<string, Facet>();

  add(summaries: Iterable<ArticleSummary>): this {
    for (const s of summaries) {
      FacetCounter.count(this.languages, s.language.bcp47, s.language.name);
      if (s.site) FacetCounter.count(this.sites, s.site, s.siteName ?? s.site);
    }
    return this;
  }

  /** The choices counted so far, most used first. */
  result(): { languages: Facet[]; sites: Facet[] } {
    return { languages: mostUsedFirst(this.languages), sites: mostUsedFirst(this.sites) };
  }

  private static count(facets: Map<string, Facet>, value: string, label: string): void {
    const facet = facets.get(value);
    if (facet) facet.count++;
    else facets.set(value, { value, label, count: 1 });
  }
}

/** The languages and sites in the library, most used first (FacetCounter). */
export function facets(summaries: readonly ArticleSummary[]): { languages: Facet[]; sites: Facet[] } {
  return new FacetCounter().add(summaries).result();
}
