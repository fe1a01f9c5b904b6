/**
 * Benchmark scoring: pure functions, no I/O. bench/run.ts feeds them the CLI's batch output lines.
 *
 * - trafilatura-eval: snippet presence (its authors' method), micro-averaged over all snippets.
 * - DAnIEL: bag-of-tokens precision/recall/F1 against the human-cleaned reference, macro-averaged over pages.
 * - seed/extra fixtures: keep recall, drop leakage, title, language and direction against the gold file.
 * - wcxb-dev: WCXB's word F1 (its authors' evaluate.py), snippet rates, title/author/date accuracy and the
 *   "not an article" answers, per page type.
 * - timing: median/p95 per mode and full/plain ratios.
 */

// ---------------------------------------------------------------------------------------------
// Shared shapes and helpers

/** One line of `cli/extract.ts --batch` output (success or error). */
export interface OutputLine {
  id: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  language?: { code: string; bcp47: string; name?: string; dir: string; confidence?: number };
  text?: string;
  html?: string;
  publishedTime?: string | null;
  removed?: { rule: string; category: string; text: string }[];
  ms?: number;
  error?: string;
  /** The error's class name on error lines ('NotAnArticleError' for the "not an article" answer). */
  errorName?: string;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Whitespace normalisation used on both sides of every comparison: any run of Unicode whitespace
 * (NBSP, ideographic space, line/paragraph separators…) becomes one space; ends are trimmed.
 * Zero-width space and LRM/RLM count as whitespace too, as in test/fixtures/check-fixtures.mjs,
 * so a gold line that check verified in the page matches the same way here.
 */
export function normalize(text: string): string {
  return text.replace(/[\s\u200b\u200e\u200f]+/gu, ' ').trim();
}

/** a / b, or 0 when b is 0 (an empty denominator scores 0, never NaN). */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

function f1Of(precision: number, recall: number): number {
  return ratio(2 * precision * recall, precision + recall);
}

function isError(line: OutputLine | undefined): boolean {
  return !line || line.error !== undefined || typeof line.text !== 'string';
}

function errorOf(line: OutputLine | undefined): string | undefined {
  if (!line) return 'no output line';
  if (line.error !== undefined) return line.error;
  if (typeof line.text !== 'string') return 'output line has no text';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// trafilatura-eval

/** One page of evaldata.json (only the fields scoring uses). */
export interface TrafilaturaPage {
  file: string;
  with: string[];
  without: string[];
  comments?: string[];
}

export interface TrafilaturaPageScore {
  id: string;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** `with` snippets not found (false negatives). */
  missed: string[];
  /** `without` snippets found (false positives). */
  leaked: string[];
  /** `comments` snippets found. */
  commentsLeaked: string[];
  commentsTotal: number;
  error?: string;
}

export interface TrafilaturaScore extends Prf {
  pages: number;
  errors: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** Share of `without` snippets found. */
  withoutLeakage: number;
  commentsFound: number;
  commentsTotal: number;
  /** Share of `comments` snippets found. */
  commentLeakage: number;
  perPage: TrafilaturaPageScore[];
}

/** Scores one page; a missing or error line counts every `with` as FN and every `without` as TN. */
export function scoreTrafilaturaPage(id: string, gold: TrafilaturaPage, line: OutputLine | undefined): TrafilaturaPageScore {
  const error = errorOf(line);
  const text = error === undefined ? normalize(line?.text ?? '') : '';
  const found = (snippet: string): boolean => error === undefined && text.includes(normalize(snippet));
  const missed = gold.with.filter((s) => !found(s));
  const leaked = gold.without.filter(found);
  const comments = gold.comments ?? [];
  return {
    id,
    tp: gold.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: gold.without.length - leaked.length,
    missed,
    leaked,
    commentsLeaked: comments.filter(found),
    commentsTotal: comments.length,
    ...(error === undefined ? {} : { error }),
  };
}

/** Micro-averaged P/R/F1 over all snippets of the given pages (the ids of `gold`). */
export function scoreTrafilatura(gold: Record<string, TrafilaturaPage>, lines: Map<string, OutputLine>): TrafilaturaScore {
  const perPage = Object.entries(gold).map(([id, page]) => scoreTrafilaturaPage(id, page, lines.get(id)));
  const sum = (pick: (p: TrafilaturaPageScore) => number): number => perPage.reduce((acc, p) => acc + pick(p), 0);
  const tp = sum((p) => p.tp);
  const fn = sum((p) => p.fn);
  const fp = sum((p) => p.fp);
  const tn = sum((p) => p.tn);
  const commentsFound = sum((p) => p.commentsLeaked.length);
  const commentsTotal = sum((p) => p.commentsTotal);
  return {
    ...prf(tp, fp, fn),
    pages: perPage.length,
    errors: perPage.filter((p) => p.error !== undefined).length,
    tp, fn, fp, tn,
    withoutLeakage: ratio(fp, fp + tn),
    commentsFound,
    commentsTotal,
    commentLeakage: ratio(commentsFound, commentsTotal),
    perPage,
  };
}

/** The `count` pages with the most errors (FN + FP), worst first; ties keep input order. */
export function worstPages(perPage: TrafilaturaPageScore[], count: number): TrafilaturaPageScore[] {
  return perPage
    .map((page, index) => ({ page, index }))
    .filter(({ page }) => page.fn + page.fp > 0)
    .sort((a, b) => b.page.fn + b.page.fp - (a.page.fn + a.page.fp) || a.index - b.index)
    .slice(0, count)
    .map(({ page }) => page);
}

// ---------------------------------------------------------------------------------------------
// DAnIEL

export type DanielLanguage = 'Greek' | 'Polish' | 'Russian';

/** ISO 639-3 code our language detector should report for a DAnIEL language name. */
export const DANIEL_LANGUAGE_CODES: Record<DanielLanguage, string> = { Greek: 'ell', Polish: 'pol', Russian: 'rus' };

/** Lower-cased runs of Unicode letters/digits (NFC first, so composed and decomposed accents agree). */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function countTokens(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Size of the multiset intersection of two token lists. */
export function tokenOverlap(a: string[], b: string[]): number {
  const countsB = countTokens(b);
  let overlap = 0;
  for (const [token, n] of countTokens(a)) overlap += Math.min(n, countsB.get(token) ?? 0);
  return overlap;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A DAnIEL reference file (`<p>` per paragraph, title first) → its title and paragraphs as text. */
export function parseReference(html: string): { title: string; paragraphs: string[] } {
  const paragraphs = [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)]
    .map((m) => normalize(decodeEntities((m[1] ?? '').replace(/<[^>]*>/g, ' '))))
    .filter((p) => p !== '');
  // A reference without <p> markup: the whole text, tags stripped, is one paragraph.
  if (paragraphs.length === 0) {
    const whole = normalize(decodeEntities(html.replace(/<[^>]*>/g, ' ')));
    if (whole) paragraphs.push(whole);
  }
  return { title: paragraphs[0] ?? '', paragraphs };
}

export interface DanielPageScore extends Prf {
  id: string;
  language: DanielLanguage;
  extractedTokens: number;
  referenceTokens: number;
  overlap: number;
  /** The detector's code equals the expected ISO 639-3 code (false on error lines). */
  languageRight: boolean;
  error?: string;
}

/** Token P/R/F1 of (title + text) against the reference text; an error line scores 0/0/0. */
export function scoreDanielPage(id: string, language: DanielLanguage, referenceHtml: string, line: OutputLine | undefined): DanielPageScore {
  const error = errorOf(line);
  const reference = tokenize(parseReference(referenceHtml).paragraphs.join('\n'));
  const extracted = error === undefined ? tokenize(`${line?.title ?? ''}\n${line?.text ?? ''}`) : [];
  const overlap = tokenOverlap(extracted, reference);
  const precision = ratio(overlap, extracted.length);
  const recall = ratio(overlap, reference.length);
  return {
    id,
    language,
    precision,
    recall,
    f1: f1Of(precision, recall),
    extractedTokens: extracted.length,
    referenceTokens: reference.length,
    overlap,
    languageRight: error === undefined && line?.language?.code === DANIEL_LANGUAGE_CODES[language],
    ...(error === undefined ? {} : { error }),
  };
}

export interface DanielGroupScore extends Prf {
  pages: number;
  errors: number;
  /** Pages whose detected language is the expected one. */
  languageRight: number;
}

/** Macro average over pages: the mean of per-page precision, recall and F1. */
export function macroAverage(pages: DanielPageScore[]): DanielGroupScore {
  const mean = (pick: (p: DanielPageScore) => number): number => ratio(pages.reduce((acc, p) => acc + pick(p), 0), pages.length);
  return {
    pages: pages.length,
    errors: pages.filter((p) => p.error !== undefined).length,
    languageRight: pages.filter((p) => p.languageRight).length,
    precision: mean((p) => p.precision),
    recall: mean((p) => p.recall),
    f1: mean((p) => p.f1),
  };
}

export interface DanielScore {
  overall: DanielGroupScore;
  byLanguage: Partial<Record<DanielLanguage, DanielGroupScore>>;
  perPage: DanielPageScore[];
}

export interface DanielGoldPage {
  language: DanielLanguage;
  referenceHtml: string;
}

export function scoreDaniel(gold: Map<string, DanielGoldPage>, lines: Map<string, OutputLine>): DanielScore {
  const perPage = [...gold].map(([id, g]) => scoreDanielPage(id, g.language, g.referenceHtml, lines.get(id)));
  const byLanguage: Partial<Record<DanielLanguage, DanielGroupScore>> = {};
  for (const language of Object.keys(DANIEL_LANGUAGE_CODES) as DanielLanguage[]) {
    const pages = perPage.filter((p) => p.language === language);
    if (pages.length > 0) byLanguage[language] = macroAverage(pages);
  }
  return { overall: macroAverage(perPage), byLanguage, perPage };
}

// ---------------------------------------------------------------------------------------------
// Seed and extra fixtures

export interface FixtureGold {
  language: { iso639_3: string; bcp47: string; dir: string };
  title: string | null;
  keep: string[];
  optional?: string[];
  drop: { text: string; category: string }[];
}

export interface FixtureScore {
  id: string;
  keepFound: number;
  keepTotal: number;
  keepRecall: number;
  missedKeep: string[];
  dropLeaked: { text: string; category: string }[];
  dropTotal: number;
  /** Share of drop lines present. */
  dropLeakage: number;
  /** null when the gold title is null (not judged). */
  titleRight: boolean | null;
  languageRight: boolean;
  dirRight: boolean;
  error?: string;
}

/** Keep/drop lines are looked up in the normalised text; the title is judged separately. */
export function scoreFixture(id: string, gold: FixtureGold, line: OutputLine | undefined): FixtureScore {
  const error = errorOf(line);
  const ok = error === undefined && line !== undefined;
  const text = ok ? normalize(line.text ?? '') : '';
  const found = (s: string): boolean => ok && text.includes(normalize(s));
  const missedKeep = gold.keep.filter((k) => !found(k));
  const dropLeaked = gold.drop.filter((d) => found(d.text));
  const keepFound = gold.keep.length - missedKeep.length;
  return {
    id,
    keepFound,
    keepTotal: gold.keep.length,
    keepRecall: ratio(keepFound, gold.keep.length),
    missedKeep,
    dropLeaked,
    dropTotal: gold.drop.length,
    dropLeakage: ratio(dropLeaked.length, gold.drop.length),
    titleRight: gold.title === null ? null : ok && normalize(line.title ?? '') === normalize(gold.title),
    languageRight: ok && line.language?.code === gold.language.iso639_3 && line.language.bcp47 === gold.language.bcp47,
    dirRight: ok && line.language?.dir === gold.language.dir,
    ...(error === undefined ? {} : { error }),
  };
}

export interface FixtureTotals {
  fixtures: number;
  errors: number;
  keepFound: number;
  keepTotal: number;
  /** Micro keep recall: all keep lines found / all keep lines. */
  keepRecall: number;
  dropLeaked: number;
  dropTotal: number;
  dropLeakage: number;
  titlesRight: number;
  titlesJudged: number;
  languageRight: number;
  dirRight: number;
}

export function fixtureTotals(scores: FixtureScore[]): FixtureTotals {
  const sum = (pick: (s: FixtureScore) => number): number => scores.reduce((acc, s) => acc + pick(s), 0);
  const keepFound = sum((s) => s.keepFound);
  const keepTotal = sum((s) => s.keepTotal);
  const dropLeaked = sum((s) => s.dropLeaked.length);
  const dropTotal = sum((s) => s.dropTotal);
  return {
    fixtures: scores.length,
    errors: scores.filter((s) => s.error !== undefined).length,
    keepFound,
    keepTotal,
    keepRecall: ratio(keepFound, keepTotal),
    dropLeaked,
    dropTotal,
    dropLeakage: ratio(dropLeaked, dropTotal),
    titlesRight: scores.filter((s) => s.titleRight === true).length,
    titlesJudged: scores.filter((s) => s.titleRight !== null).length,
    languageRight: scores.filter((s) => s.languageRight).length,
    dirRight: scores.filter((s) => s.dirRight).length,
  };
}

// ---------------------------------------------------------------------------------------------
// wcxb-dev

/** One page of the WCXB development split (ground-truth/<id>.json, the fields scoring uses). */
export interface WcxbPage {
  /** `_internal.page_type.primary`: article, listing, collection, forum, product, service, documentation. */
  type: string;
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD (a few are YYYY-MM). */
  date: string | null;
  /** The main text, title not included; empty on a few pages (their words are not scored). */
  mainContent: string;
  with: string[];
  without: string[];
}

/** WCXB's words: the text lower-cased, then Python's `\w+` (letters, digits, underscore). */
export function wcxbWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset word overlap as WCXB scores a page: P = overlap / predicted, R = overlap / reference. */
export function wordPrf(predicted: string, reference: string): Prf {
  const ours = wcxbWords(predicted);
  const theirs = wcxbWords(reference);
  const overlap = tokenOverlap(ours, theirs);
  const precision = ratio(overlap, ours.length);
  const recall = ratio(overlap, theirs.length);
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Title exact: the same words in the same order, case aside. */
export function titleMatches(ours: string | null | undefined, gold: string): boolean {
  const a = wcxbWords(ours ?? '');
  const b = wcxbWords(gold);
  return b.length > 0 && a.length === b.length && a.every((word, i) => word === b[i]);
}

/** Author found: every word of the gold author is among the byline's words. */
export function authorFound(byline: string | null | undefined, gold: string): boolean {
  const wanted = wcxbWords(gold);
  return wanted.length > 0 && tokenOverlap(wanted, wcxbWords(byline ?? '')) === wanted.length;
}

/**
 * The calendar day a date string names, as written (an ISO time keeps its own offset's day:
 * "2025-09-04T23:30:00-05:00" is the 4th); other formats through Date, in UTC. Null when not a date.
 */
export function calendarDay(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** Date right: the same calendar day (the same month when the gold date names only a month). */
export function sameDay(ours: string | null | undefined, gold: string): boolean {
  const day = calendarDay(ours);
  const want = calendarDay(gold);
  return day !== null && want !== null && day.startsWith(want);
}

export interface WcxbPageScore extends Prf {
  id: string;
  type: string;
  /** False when the reference has no words: the page's word scores are not counted. */
  scored: boolean;
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
  /** The extractor answered "not an article". */
  notArticle: boolean;
  /** null: the gold value is null (not judged). */
  titleRight: boolean | null;
  authorRight: boolean | null;
  dateRight: boolean | null;
  error?: string;
}

/** An error line scores 0 words, no snippet found and every metadata wrong. */
export function scoreWcxbPage(id: string, gold: WcxbPage, line: OutputLine | undefined): WcxbPageScore {
  const error = errorOf(line);
  const ok = error === undefined && line !== undefined;
  const text = ok ? line.text ?? '' : '';
  const words = ok ? wordPrf(text, gold.mainContent) : { precision: 0, recall: 0, f1: 0 };
  const flat = normalize(text).toLowerCase();
  const found = (snippet: string): boolean => ok && flat.includes(normalize(snippet).toLowerCase());
  return {
    id,
    type: gold.type,
    ...words,
    scored: wcxbWords(gold.mainContent).length > 0,
    withFound: gold.with.filter(found).length,
    withTotal: gold.with.length,
    withoutFound: gold.without.filter(found).length,
    withoutTotal: gold.without.length,
    notArticle: line?.errorName === 'NotAnArticleError',
    titleRight: gold.title === null ? null : ok && titleMatches(line.title, gold.title),
    authorRight: gold.author === null ? null : ok && authorFound(line.byline, gold.author),
    dateRight: gold.date === null ? null : ok && sameDay(line.publishedTime, gold.date),
    ...(error === undefined ? {} : { error }),
  };
}

/** A right/judged count. */
export interface Tally {
  right: number;
  judged: number;
  rate: number;
}

function tally(values: (boolean | null)[]): Tally {
  const judged = values.filter((v) => v !== null).length;
  const right = values.filter((v) => v === true).length;
  return { right, judged, rate: ratio(right, judged) };
}

export interface WcxbGroupScore extends Prf {
  pages: number;
  /** Pages whose word scores count (reference with words). */
  scoredPages: number;
  errors: number;
  notArticle: number;
  /** Shares of all `with` snippets found and of all `without` snippets found (micro). */
  withFound: number;
  withRate: number;
  withoutFound: number;
  withoutRate: number;
  title: Tally;
  author: Tally;
  date: Tally;
}

/** Word P/R/F1 averaged over the pages with reference words (as WCXB does); the rest summed. */
export function wcxbGroup(pages: WcxbPageScore[]): WcxbGroupScore {
  const scored = pages.filter((p) => p.scored);
  const mean = (pick: (p: WcxbPageScore) => number): number => ratio(scored.reduce((acc, p) => acc + pick(p), 0), scored.length);
  const sum = (pick: (p: WcxbPageScore) => number): number => pages.reduce((acc, p) => acc + pick(p), 0);
  const withFound = sum((p) => p.withFound);
  const withoutFound = sum((p) => p.withoutFound);
  return {
    pages: pages.length,
    scoredPages: scored.length,
    errors: pages.filter((p) => p.error !== undefined && !p.notArticle).length,
    notArticle: pages.filter((p) => p.notArticle).length,
    precision: mean((p) => p.precision),
    recall: mean((p) => p.recall),
    f1: mean((p) => p.f1),
    withFound,
    withRate: ratio(withFound, sum((p) => p.withTotal)),
    withoutFound,
    withoutRate: ratio(withoutFound, sum((p) => p.withoutTotal)),
    title: tally(pages.map((p) => p.titleRight)),
    author: tally(pages.map((p) => p.authorRight)),
    date: tally(pages.map((p) => p.dateRight)),
  };
}

export interface WcxbScore {
  all: WcxbGroupScore;
  /** By page type, article first, then the others by name. */
  byType: Record<string, WcxbGroupScore>;
  perPage: WcxbPageScore[];
}

export function scoreWcxb(gold: Map<string, WcxbPage>, lines: Map<string, OutputLine>): WcxbScore {
  const perPage = [...gold].map(([id, page]) => scoreWcxbPage(id, page, lines.get(id)));
  const types = [...new Set(perPage.map((p) => p.type))].sort((a, b) => Number(b === 'article') - Number(a === 'article') || a.localeCompare(b));
  const byType: Record<string, WcxbGroupScore> = {};
  for (const type of types) byType[type] = wcxbGroup(perPage.filter((p) => p.type === type));
  return { all: wcxbGroup(perPage), byType, perPage };
}

// ---------------------------------------------------------------------------------------------
// Timing

/** Median (mean of the two middle values for an even count); 0 for no values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return 0;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Percentile by the nearest-rank method (p95 of 20 values is the 19th smallest); 0 for no values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface TimingStats {
  pages: number;
  median: number;
  p95: number;
}

export interface TimingComparison {
  full: TimingStats;
  plain: TimingStats;
  /** median(full) / median(plain). */
  ratioOfMedians: number;
  /** Median of full/plain per page, over pages timed in both modes (plain time > 0). */
  medianOfRatios: number;
  pairedPages: number;
}

/** ms of every successful line, by id. */
export function timesById(lines: Iterable<OutputLine>): Map<string, number> {
  const times = new Map<string, number>();
  for (const line of lines) if (!isError(line) && typeof line.ms === 'number' && Number.isFinite(line.ms)) times.set(line.id, line.ms);
  return times;
}

export function timingStats(ms: number[]): TimingStats {
  return { pages: ms.length, median: median(ms), p95: percentile(ms, 95) };
}

export function compareTiming(full: Map<string, number>, plain: Map<string, number>): TimingComparison {
  const ratios: number[] = [];
  for (const [id, fullMs] of full) {
    const plainMs = plain.get(id);
    if (plainMs !== undefined && plainMs > 0) ratios.push(fullMs / plainMs);
  }
  const fullStats = timingStats([...full.values()]);
  const plainStats = timingStats([...plain.values()]);
  return {
    full: fullStats,
    plain: plainStats,
    ratioOfMedians: ratio(fullStats.median, plainStats.median),
    medianOfRatios: median(ratios),
    pairedPages: ratios.length,
  };
}
