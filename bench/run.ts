/**
 * The benchmark: our pipeline vs plain Mozilla Readability on four corpora.
 *
 *   npm run bench [-- --only seeds,trafilatura,daniel,wcxb] [--limit N] [--workers N] [--types article,listing]
 *
 * --limit N takes the first N pages of each corpus (DAnIEL and wcxb-dev round-robin across languages
 * and page types, so a short run still covers each); --types keeps only those wcxb-dev page types.
 *
 * For each corpus it writes a batch list to bench/out/, runs `cli/extract.ts --batch` in both modes
 * (full, then --plain), keeps the raw output lines in bench/out/<corpus>.<mode>.jsonl, scores them
 * with bench/score.ts, prints a report to stdout and writes bench/out/summary.json.
 * Wall times of each step go to stderr.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  compareTiming,
  fixtureTotals,
  ratio,
  scoreDaniel,
  scoreFixture,
  scoreTrafilatura,
  scoreWcxb,
  timesById,
  worstPages,
  type DanielGoldPage,
  type DanielGroupScore,
  type DanielLanguage,
  type DanielScore,
  type FixtureGold,
  type FixtureScore,
  type OutputLine,
  type TimingComparison,
  type TrafilaturaPage,
  type TrafilaturaPageScore,
  type TrafilaturaScore,
  type WcxbGroupScore,
  type WcxbPage,
  type WcxbScore,
} from './score';
import { stepTable } from './steps';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const OUT = path.join(ROOT, 'bench', 'out');
const TRAFILATURA = path.join(SHARED, 'bench', 'trafilatura-eval');
const DANIEL = path.join(SHARED, 'bench', 'daniel-sample');
const WCXB = path.join(SHARED, 'bench', 'wcxb-dev');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

type CorpusName = 'seeds' | 'trafilatura' | 'daniel' | 'wcxb';
type Mode = 'full' | 'plain';
const CORPORA: CorpusName[] = ['seeds', 'trafilatura', 'daniel', 'wcxb'];
const MODES: Mode[] = ['full', 'plain'];

interface ListEntry {
  id: string;
  file: string;
  url: string;
}

interface Options {
  only: CorpusName[];
  limit: number;
  workers?: number;
  /** wcxb-dev page types to run (all when absent). */
  types?: string[];
}

/** What one CLI batch run produced. */
interface ModeRun {
  lines: Map<string, OutputLine>;
  /** stdout lines that were not JSON objects with an id (the CLI contract says there are none). */
  badLines: string[];
  exitCode: number | null;
  stderrTail: string;
  wallSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs `step`, logging its wall time to stderr. */
async function timed<T>(label: string, step: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await step();
  log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Reads a JSON file that may not exist yet (or be half-written by someone else): undefined then. */
function tryReadJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return readJson<T>(file);
  } catch (error) {
    log(`skipping unreadable ${path.relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const num = (x: number, digits = 3): string => x.toFixed(digits);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const mark = (x: boolean | null): string => (x === null ? '-' : x ? 'ok' : 'NO');

/** One line, at most `max` characters, for listing snippets. */
function short(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length)).join('  ').trimEnd()).join('\n');
}

function parseOptions(argv: string[]): Options {
  const options: Options = { only: CORPORA, limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--only' && value) {
      options.only = value.split(',').map((s) => s.trim()).filter(Boolean) as CorpusName[];
      const unknown = options.only.filter((c) => !CORPORA.includes(c));
      if (unknown.length) throw new Error(`unknown corpus ${unknown.join(', ')} (choose from ${CORPORA.join(', ')})`);
      i++;
    } else if (arg === '--limit' && value) {
      options.limit = Math.max(1, Number(value) || 1);
      i++;
    } else if (arg === '--types' && value) {
      options.types = value.split(',').map((s) => s.trim()).filter(Boolean);
      i++;
    } else if (arg === '--workers' && value) {
      options.workers = Math.max(1, Number(value) || 1);
      i++;
    } else {
      throw new Error(`usage: npm run bench [-- --only ${CORPORA.join(',')}] [--limit N] [--workers N] [--types TYPE,…] (got ${arg})`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Corpora → batch lists

function writeList(name: CorpusName, entries: ListEntry[]): string {
  const file = path.join(OUT, `${name}.list.jsonl`);
  writeFileSync(file, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return file;
}

function trafilaturaCorpus(limit: number): { gold: Record<string, TrafilaturaPage>; entries: ListEntry[] } {
  const all = readJson<Record<string, TrafilaturaPage>>(path.join(TRAFILATURA, 'evaldata.json'));
  const gold = Object.fromEntries(Object.entries(all).slice(0, limit));
  const entries = Object.entries(gold).map(([url, page]) => ({ id: url, file: path.join(TRAFILATURA, 'html', `${page.file}.gz`), url }));
  return { gold, entries };
}

/** DAnIEL ids look like `20111101_www.express.gr_<hash>`: the site and the hash make a plausible URL. */
function danielUrl(id: string): string {
  const match = /^\d{8}_([a-z0-9-]+(?:\.[a-z0-9-]+)+)_(.+)$/i.exec(id);
  return match ? `http://${match[1]}/${match[2]}` : `http://example.invalid/${encodeURIComponent(id)}`;
}

/** Ids taken round-robin across groups (languages, page types), so a --limit run still covers every group. */
function interleaveByGroup(groupOf: Record<string, string>): string[] {
  const groups = new Map<string, string[]>();
  for (const id of Object.keys(groupOf).sort()) {
    const group = groupOf[id]!;
    groups.set(group, [...(groups.get(group) ?? []), id]);
  }
  const ids: string[] = [];
  const queues = [...groups.values()];
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) ids.push(q.shift()!);
  return ids;
}

function danielCorpus(limit: number): { gold: Map<string, DanielGoldPage>; entries: ListEntry[] } {
  const languages = readJson<Record<string, DanielLanguage>>(path.join(DANIEL, 'languages.json'));
  const ids = interleaveByGroup(languages).slice(0, limit);
  const gold = new Map<string, DanielGoldPage>();
  for (const id of ids) {
    gold.set(id, { language: languages[id]!, referenceHtml: readFileSync(path.join(DANIEL, 'reference', `${id}.html`), 'utf8') });
  }
  const entries = ids.map((id) => ({ id, file: path.join(DANIEL, 'html', `${id}.html.gz`), url: danielUrl(id) }));
  return { gold, entries };
}

interface WcxbGroundTruth {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: { title?: string | null; author?: string | null; publish_date?: string | null; main_content?: string; with?: string[]; without?: string[] };
}

/** wcxb-dev: ground-truth/<id>.json per page; the page type from it, else from metadata.json. */
function wcxbCorpus(limit: number, only?: string[]): { gold: Map<string, WcxbPage>; entries: ListEntry[] } {
  const types = readJson<{ files: Record<string, { page_type?: string }> }>(path.join(WCXB, 'metadata.json')).files;
  const pages = new Map<string, { truth: WcxbGroundTruth; type: string }>();
  for (const file of readdirSync(path.join(WCXB, 'ground-truth')).filter((f) => f.endsWith('.json'))) {
    const id = file.slice(0, -'.json'.length);
    const truth = readJson<WcxbGroundTruth>(path.join(WCXB, 'ground-truth', file));
    const type = truth._internal?.page_type?.primary ?? types[id]?.page_type ?? 'unknown';
    if (!only || only.includes(type)) pages.set(id, { truth, type });
  }
  const ids = interleaveByGroup(Object.fromEntries([...pages].map(([id, p]) => [id, p.type]))).slice(0, limit);
  const gold = new Map<string, WcxbPage>();
  const entries: ListEntry[] = [];
  for (const id of ids) {
    const { truth, type } = pages.get(id)!;
    const g = truth.ground_truth;
    gold.set(id, {
      type, title: g.title ?? null, author: g.author ?? null, date: g.publish_date ?? null,
      mainContent: g.main_content ?? '', with: g.with ?? [], without: g.without ?? [],
    });
    entries.push({ id, file: path.join(WCXB, 'html', `${id}.html.gz`), url: truth.url ?? `http://example.invalid/wcxb/${id}` });
  }
  return { gold, entries };
}

function fixtureUrl(jsonFile: string, fallbackName: string): string {
  const url = tryReadJson<{ url?: string }>(jsonFile)?.url;
  if (url) return url;
  log(`no url in ${path.relative(ROOT, jsonFile)}; using http://example.invalid/${fallbackName}`);
  return `http://example.invalid/${fallbackName}`;
}

/** Seed fixtures (test/fixtures/seeds/<seed>/{semantic,machine,flat}.html) and extras (test/fixtures/extra/<name>.html). */
function fixtureCorpus(limit: number): { gold: Map<string, FixtureGold>; entries: ListEntry[] } {
  const gold = new Map<string, FixtureGold>();
  const entries: ListEntry[] = [];
  const add = (id: string, file: string, url: string, g: FixtureGold): void => {
    gold.set(id, g);
    entries.push({ id, file, url });
  };
  const seedsDir = path.join(FIXTURES, 'seeds');
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const seed of seeds) {
    const variants = ['semantic', 'machine', 'flat'].filter((v) => existsSync(path.join(seedsDir, seed, `${v}.html`)));
    if (variants.length === 0) continue;
    const g = tryReadJson<FixtureGold>(path.join(SHARED, 'seeds', `${seed}.gold.json`));
    if (!g) {
      log(`no gold file for seed ${seed}; skipping it`);
      continue;
    }
    const url = fixtureUrl(path.join(seedsDir, seed, 'page.json'), seed);
    for (const v of variants) add(`seeds/${seed}/${v}`, path.join(seedsDir, seed, `${v}.html`), url, g);
  }
  const extraDir = path.join(FIXTURES, 'extra');
  const extras = existsSync(extraDir) ? readdirSync(extraDir).filter((f) => f.endsWith('.html')).sort() : [];
  for (const file of extras) {
    const name = file.slice(0, -'.html'.length);
    const g = tryReadJson<FixtureGold>(path.join(extraDir, `${name}.gold.json`));
    if (!g) {
      log(`no gold file for extra/${name}; skipping it`);
      continue;
    }
    add(`extra/${name}`, path.join(extraDir, file), fixtureUrl(path.join(extraDir, `${name}.json`), name), g);
  }
  const kept = entries.slice(0, limit);
  return { gold: new Map(kept.map((e) => [e.id, gold.get(e.id)!])), entries: kept };
}

// ---------------------------------------------------------------------------------------------
// Running the CLI

/** Runs one batch through the CLI, saving raw stdout lines to bench/out/<corpus>.<mode>.jsonl. */
function runCli(corpus: CorpusName, list: string, mode: Mode, workers: number | undefined): Promise<ModeRun> {
  const args = ['--import', 'tsx', 'cli/extract.ts', '--batch', list];
  if (mode === 'plain') args.push('--plain');
  if (workers) args.push('--workers', String(workers));
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const raw = createWriteStream(path.join(OUT, `${corpus}.${mode}.jsonl`));
  const lines = new Map<string, OutputLine>();
  const badLines: string[] = [];
  let stderrTail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2000);
  });
  const reader = createInterface({ input: child.stdout, crlfDelay: Infinity });
  reader.on('line', (text) => {
    raw.write(`${text}\n`);
    const line = parseLine(text);
    if (!line) badLines.push(text);
    else {
      delete line.html; // not scored; the raw file keeps it
      lines.set(line.id, line);
    }
  });
  const readerClosed = new Promise<void>((resolve) => reader.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      void readerClosed.then(() => raw.end(() => resolve({ lines, badLines, exitCode, stderrTail, wallSeconds: (performance.now() - start) / 1000 })));
    });
  });
}

function parseLine(text: string): OutputLine | undefined {
  if (!text.trim()) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return value as OutputLine;
  } catch {
    // not JSON: reported as a bad line
  }
  return undefined;
}

/**
 * Both modes for one corpus, side by side: the two CLI runs go at the same time with half the
 * workers each, so whatever else loads the machine slows both alike and the time ratio holds.
 */
async function runModes(corpus: CorpusName, entries: ListEntry[], workers: number | undefined): Promise<Record<Mode, ModeRun>> {
  const list = writeList(corpus, entries);
  const share = Math.max(1, Math.floor((workers ?? availableParallelism()) / MODES.length));
  const results = await timed(`${corpus} ${MODES.join(' and ')} side by side (${entries.length} pages)`,
    () => Promise.all(MODES.map((mode) => runCli(corpus, list, mode, share))));
  const runs = {} as Record<Mode, ModeRun>;
  MODES.forEach((mode, i) => {
    const run = results[i]!;
    // A CLI that dies without a single line cannot start at all: scoring that would only print zeros.
    if (run.exitCode !== 0 && run.lines.size === 0) throw new CliFailure(`${corpus} ${mode}`, run);
    runs[mode] = run;
  });
  return runs;
}

class CliFailure extends Error {
  constructor(step: string, run: ModeRun) {
    super(`the CLI failed on ${step} (exit code ${run.exitCode}, no output line); its stderr ends with:\n${indent(run.stderrTail.trim(), 2)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Report sections

/** Problems with the CLI run itself: non-zero exit, junk on stdout, missing pages. */
function cliProblems(runs: Record<Mode, ModeRun>, expected: number): string[] {
  const out: string[] = [];
  for (const mode of MODES) {
    const run = runs[mode];
    if (run.exitCode !== 0) out.push(`  ${mode}: the CLI exited with code ${run.exitCode}; stderr ends with:\n${indent(run.stderrTail.trim(), 6)}`);
    if (run.badLines.length) out.push(`  ${mode}: ${run.badLines.length} stdout lines are not result lines, e.g. ${short(run.badLines[0]!, 120)}`);
    if (run.lines.size < expected) out.push(`  ${mode}: ${expected - run.lines.size} of ${expected} pages have no output line`);
  }
  return out;
}

function indent(text: string, spaces: number): string {
  return text.split('\n').map((l) => ' '.repeat(spaces) + l).join('\n');
}

function errorList(errors: Record<Mode, { id: string; error?: string }[]>, max = 5): string[] {
  const out: string[] = [];
  for (const mode of MODES) {
    const failed = errors[mode].filter((e) => e.error !== undefined);
    if (failed.length === 0) continue;
    out.push(`  ${mode}: ${failed.length} error${failed.length === 1 ? '' : 's'}`);
    for (const e of failed.slice(0, max)) out.push(`    ${e.id}: ${e.error}`);
    if (failed.length > max) out.push(`    … and ${failed.length - max} more`);
  }
  return out;
}

/** The published scores from the trafilatura-eval README: its table and the Readability.js paragraph. */
function publishedScores(): string[] {
  const readme = path.join(TRAFILATURA, 'README.md');
  if (!existsSync(readme)) return [];
  const text = readFileSync(readme, 'utf8');
  const rows = [...text.matchAll(/^\|\s*([^|]*?\d[^|]*?)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*$/gm)];
  const out = rows.map((m) => `  ${(m[1] ?? '').padEnd(28)} P ${m[2]}  R ${m[3]}  F1 ${m[4]}`);
  const paragraph = text.split(/\n\s*\n/).find((p) => p.includes('Readability.js'));
  if (paragraph) out.push(`  ${paragraph.replace(/\s+/g, ' ').trim()}`);
  return out;
}

function trafilaturaReport(scores: Record<Mode, TrafilaturaScore>, runs: Record<Mode, ModeRun>, gold: Record<string, TrafilaturaPage>, limited: boolean): string[] {
  const { full, plain } = scores;
  const out = [`== trafilatura-eval: ${full.pages} pages, ${full.tp + full.fn} with / ${full.fp + full.tn} without / ${full.commentsTotal} comment snippets (micro-averaged) ==`];
  out.push(...cliProblems(runs, full.pages));
  out.push(table([
    ['', 'ours', 'plain Readability'],
    ['precision', num(full.precision), num(plain.precision)],
    ['recall', num(full.recall), num(plain.recall)],
    ['F1', num(full.f1), num(plain.f1)],
    ['TP / FN / FP', `${full.tp} / ${full.fn} / ${full.fp}`, `${plain.tp} / ${plain.fn} / ${plain.fp}`],
    ['without leaked', `${full.fp}/${full.fp + full.tn} (${pct(full.withoutLeakage)})`, `${plain.fp}/${plain.fp + plain.tn} (${pct(plain.withoutLeakage)})`],
    ['comments leaked', `${full.commentsFound}/${full.commentsTotal} (${pct(full.commentLeakage)})`, `${plain.commentsFound}/${plain.commentsTotal} (${pct(plain.commentLeakage)})`],
    ['errors', String(full.errors), String(plain.errors)],
  ]).split('\n').map((l) => `  ${l}`).join('\n'));
  out.push(...errorList({ full: full.perPage, plain: plain.perPage }));
  const published = publishedScores();
  if (published.length) {
    out.push(`published (README, all 990 pages${limited ? '; not comparable with a --limit run' : ''}):`, ...published);
  }
  out.push('', ...worstReport(full, plain, gold));
  return out;
}

function worstReport(full: TrafilaturaScore, plain: TrafilaturaScore, gold: Record<string, TrafilaturaPage>): string[] {
  const plainById = new Map(plain.perPage.map((p) => [p.id, p]));
  const worst = worstPages(full.perPage, 10);
  const out = [`10 worst trafilatura pages for our pipeline (most FN + FP):`];
  if (worst.length === 0) out.push('  none: every page is perfect');
  worst.forEach((page: TrafilaturaPageScore, i) => {
    const p = plainById.get(page.id);
    const vsPlain = p ? `plain: FN ${p.fn} FP ${p.fp}` : '';
    out.push(`${String(i + 1).padStart(3)}. FN ${page.fn} FP ${page.fp} (${vsPlain})  ${page.id}  [${gold[page.id]?.file ?? '?'}]`);
    if (page.error !== undefined) out.push(`       error: ${page.error}`);
    for (const s of page.missed.slice(0, 4)) out.push(`       missed ${short(s)}`);
    if (page.missed.length > 4) out.push(`       … ${page.missed.length - 4} more missed`);
    for (const s of page.leaked.slice(0, 4)) out.push(`       leaked ${short(s)}`);
    if (page.leaked.length > 4) out.push(`       … ${page.leaked.length - 4} more leaked`);
    for (const s of page.commentsLeaked.slice(0, 2)) out.push(`       comment leaked ${short(s)}`);
  });
  return out;
}

function danielReport(scores: Record<Mode, DanielScore>, runs: Record<Mode, ModeRun>): string[] {
  const { full, plain } = scores;
  const out = [`== DAnIEL sample: ${full.overall.pages} pages (token P/R/F1 of title + text vs reference, macro-averaged over pages) ==`];
  out.push(...cliProblems(runs, full.overall.pages));
  const row = (label: string, a: DanielGroupScore | undefined, b: DanielGroupScore | undefined): string[] => [
    label, String(a?.pages ?? 0),
    num(a?.precision ?? 0), num(a?.recall ?? 0), num(a?.f1 ?? 0), `${a?.languageRight ?? 0}/${a?.pages ?? 0}`,
    num(b?.precision ?? 0), num(b?.recall ?? 0), num(b?.f1 ?? 0), `${b?.languageRight ?? 0}/${b?.pages ?? 0}`,
  ];
  const rows = [['language', 'pages', 'ours P', 'R', 'F1', 'lang ok', 'plain P', 'R', 'F1', 'lang ok']];
  for (const language of Object.keys(full.byLanguage) as DanielLanguage[]) rows.push(row(language, full.byLanguage[language], plain.byLanguage[language]));
  rows.push(row('all', full.overall, plain.overall));
  out.push(indent(table(rows), 2));
  out.push(...errorList({ full: full.perPage, plain: plain.perPage }));
  const wrongLanguage = full.perPage.filter((p) => !p.languageRight && p.error === undefined);
  if (wrongLanguage.length) {
    out.push(`  ours, language detected wrongly on ${wrongLanguage.length} page(s):`);
    for (const p of wrongLanguage.slice(0, 5)) out.push(`    ${p.id} (${p.language}): got ${runs.full.lines.get(p.id)?.language?.code ?? '?'}`);
  }
  return out;
}

function wcxbReport(scores: Record<Mode, WcxbScore>, runs: Record<Mode, ModeRun>): string[] {
  const { full, plain } = scores;
  const out = [`== wcxb-dev: ${full.all.pages} pages (WCXB word P/R/F1 averaged over pages with reference text; snippets micro; metadata right/judged) ==`];
  out.push(...cliProblems(runs, full.all.pages));
  const t = (x: { right: number; judged: number; rate: number }): string => `${x.right}/${x.judged} ${pct(x.rate)}`;
  const row = (label: string, mode: string, g: WcxbGroupScore | undefined): string[] => g ? [
    label, mode, String(g.pages), num(g.precision), num(g.recall), num(g.f1), pct(g.withRate), pct(g.withoutRate),
    t(g.title), t(g.author), t(g.date), `${g.notArticle} ${pct(ratio(g.notArticle, g.pages))}`, String(g.errors),
  ] : [label, mode];
  const rows = [['type', '', 'pages', 'word P', 'R', 'F1', 'with', 'without', 'title exact', 'author', 'date', 'not an article', 'errors']];
  for (const type of [...Object.keys(full.byType), 'all']) {
    rows.push(row(type, 'ours', type === 'all' ? full.all : full.byType[type]));
    rows.push(['', 'plain', ...row('', '', type === 'all' ? plain.all : plain.byType[type]).slice(2)]);
  }
  out.push(indent(table(rows), 2));
  out.push(...errorList({ full: full.perPage.filter((p) => !p.notArticle), plain: plain.perPage.filter((p) => !p.notArticle) }));
  const refused = full.perPage.filter((p) => p.type === 'article' && p.notArticle);
  if (refused.length) out.push(`  ours, article pages answered "not an article": ${refused.map((p) => p.id).join(', ')}`);
  return out;
}

function fixtureRow(s: FixtureScore | undefined): string[] {
  if (!s) return ['?', '?', '?', '?', '?'];
  if (s.error !== undefined) return ['ERROR', '', '', '', ''];
  return [`${s.keepFound}/${s.keepTotal}`, `${s.dropLeaked.length}/${s.dropTotal}`, mark(s.titleRight), mark(s.languageRight), mark(s.dirRight)];
}

function fixtureReport(scores: Record<Mode, FixtureScore[]>, runs: Record<Mode, ModeRun>, gold: Map<string, FixtureGold>): string[] {
  const full = scores.full;
  const plainById = new Map(scores.plain.map((s) => [s.id, s]));
  const out = [`== seed and extra fixtures: ${full.length} pages (keep found/total, drop lines leaked/total, title, language, dir) ==`];
  out.push(...cliProblems(runs, full.length));
  const rows = [['fixture', 'ours keep', 'drop', 'title', 'lang', 'dir', '| plain keep', 'drop', 'title', 'lang', 'dir']];
  for (const s of full) {
    const plain = fixtureRow(plainById.get(s.id));
    rows.push([s.id, ...fixtureRow(s), `| ${plain[0]}`, ...plain.slice(1)]);
  }
  const t = { full: fixtureTotals(full), plain: fixtureTotals(scores.plain) };
  const total = (x: typeof t.full): string[] => [
    `${x.keepFound}/${x.keepTotal} (${pct(x.keepRecall)})`, `${x.dropLeaked}/${x.dropTotal} (${pct(x.dropLeakage)})`,
    `${x.titlesRight}/${x.titlesJudged}`, `${x.languageRight}/${x.fixtures}`, `${x.dirRight}/${x.fixtures}`,
  ];
  const plainTotal = total(t.plain);
  rows.push(['total', ...total(t.full), `| ${plainTotal[0]}`, ...plainTotal.slice(1)]);
  out.push(indent(table(rows), 2));
  out.push(...errorList({ full, plain: scores.plain }));
  const leaked = full.filter((s) => s.dropLeaked.length > 0);
  if (leaked.length) out.push('ours, leaked drop lines:');
  for (const s of leaked) {
    for (const d of s.dropLeaked.slice(0, 10)) out.push(`  ${s.id} [${d.category}] ${short(d.text)}`);
    if (s.dropLeaked.length > 10) out.push(`  ${s.id} … ${s.dropLeaked.length - 10} more (all in summary.json)`);
  }
  const missed = full.filter((s) => s.missedKeep.length > 0 && s.error === undefined);
  if (missed.length) out.push('ours, missed keep lines:');
  for (const s of missed) for (const k of s.missedKeep) out.push(`  ${s.id} ${short(k)}`);
  const wrong = full.filter((s) => s.error === undefined && (s.titleRight === false || !s.languageRight || !s.dirRight));
  if (wrong.length) out.push('ours, wrong title/language/dir:');
  for (const s of wrong) {
    const got = runs.full.lines.get(s.id);
    const want = gold.get(s.id);
    if (s.titleRight === false) out.push(`  ${s.id}: title ${short(got?.title ?? '', 70)}, gold ${short(want?.title ?? '', 70)}`);
    if (!s.languageRight || !s.dirRight) {
      const language = `${got?.language?.code ?? '?'}/${got?.language?.bcp47 ?? '?'}/${got?.language?.dir ?? '?'}`;
      out.push(`  ${s.id}: language ${language}, gold ${want?.language.iso639_3}/${want?.language.bcp47}/${want?.language.dir}`);
    }
  }
  return out;
}

function timingReport(timing: Partial<Record<CorpusName | 'all', TimingComparison>>): string[] {
  const rows = [['corpus', 'ours median', 'p95', 'plain median', 'p95', 'median(ours)/median(plain)', 'median of per-page ratios']];
  for (const [name, t] of Object.entries(timing)) {
    rows.push([
      name, `${num(t.full.median, 1)} ms`, `${num(t.full.p95, 1)} ms`, `${num(t.plain.median, 1)} ms`, `${num(t.plain.p95, 1)} ms`,
      `${num(t.ratioOfMedians, 2)}×`, `${num(t.medianOfRatios, 2)}× (${t.pairedPages} pages)`,
    ]);
  }
  return ['== timing (ms per page: extraction only, file reading and DOM parsing excluded) ==', indent(table(rows), 2)];
}

// ---------------------------------------------------------------------------------------------
// Main

/** A score without its per-page list (summary.json keeps aggregates; the raw outputs have the rest). */
const withoutPerPage = <T extends { perPage: unknown }>(score: T): Omit<T, 'perPage'> =>
  Object.fromEntries(Object.entries(score).filter(([key]) => key !== 'perPage')) as Omit<T, 'perPage'>;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const limited = Number.isFinite(options.limit);
  mkdirSync(OUT, { recursive: true });
  const report: string[] = [];
  const summary: Record<string, unknown> = { date: new Date().toISOString(), limit: limited ? options.limit : null, corpora: {} };
  const corpora = summary.corpora as Record<string, unknown>;
  const timing: Partial<Record<CorpusName | 'all', TimingComparison>> = {};
  const allTimes: Record<Mode, Map<string, number>> = { full: new Map(), plain: new Map() };
  const allLines: Record<Mode, OutputLine[]> = { full: [], plain: [] };
  const totalStart = performance.now();

  const addTiming = (corpus: CorpusName, runs: Record<Mode, ModeRun>): void => {
    const times = { full: timesById(runs.full.lines.values()), plain: timesById(runs.plain.lines.values()) };
    timing[corpus] = compareTiming(times.full, times.plain);
    for (const mode of MODES) for (const [id, ms] of times[mode]) allTimes[mode].set(`${corpus}:${id}`, ms);
    for (const mode of MODES) allLines[mode].push(...runs[mode].lines.values());
  };

  for (const corpus of CORPORA.filter((c) => options.only.includes(c))) {
    if (corpus === 'seeds') {
      const { gold, entries } = await timed('seeds: build list', () => fixtureCorpus(options.limit));
      if (entries.length === 0) {
        report.push('== seed and extra fixtures: none yet (test/fixtures/seeds/<seed>/*.html, test/fixtures/extra/<name>.html) ==', '');
        continue;
      }
      const runs = await runModes(corpus, entries, options.workers);
      const scores = { full: [] as FixtureScore[], plain: [] as FixtureScore[] };
      for (const mode of MODES) for (const [id, g] of gold) scores[mode].push(scoreFixture(id, g, runs[mode].lines.get(id)));
      report.push(...fixtureReport(scores, runs, gold), '');
      corpora.seeds = { full: { totals: fixtureTotals(scores.full), fixtures: scores.full }, plain: { totals: fixtureTotals(scores.plain), fixtures: scores.plain } };
      addTiming(corpus, runs);
    } else if (corpus === 'trafilatura') {
      const { gold, entries } = await timed('trafilatura: build list', () => trafilaturaCorpus(options.limit));
      const runs = await runModes(corpus, entries, options.workers);
      const scores = await timed('trafilatura: score', () => ({ full: scoreTrafilatura(gold, runs.full.lines), plain: scoreTrafilatura(gold, runs.plain.lines) }));
      report.push(...trafilaturaReport(scores, runs, gold, limited), '');
      corpora.trafilatura = {
        full: withoutPerPage(scores.full),
        plain: withoutPerPage(scores.plain),
        worstFull: worstPages(scores.full.perPage, 10),
        errors: { full: scores.full.perPage.filter((p) => p.error).map((p) => ({ id: p.id, error: p.error })), plain: scores.plain.perPage.filter((p) => p.error).map((p) => ({ id: p.id, error: p.error })) },
      };
      addTiming(corpus, runs);
    } else if (corpus === 'wcxb') {
      const { gold, entries } = await timed('wcxb: build list', () => wcxbCorpus(options.limit, options.types));
      const runs = await runModes(corpus, entries, options.workers);
      const scores = await timed('wcxb: score', () => ({ full: scoreWcxb(gold, runs.full.lines), plain: scoreWcxb(gold, runs.plain.lines) }));
      report.push(...wcxbReport(scores, runs), '');
      corpora.wcxb = {
        averaging: 'word P/R/F1: mean over pages with reference text; snippets: micro',
        full: { all: scores.full.all, byType: scores.full.byType },
        plain: { all: scores.plain.all, byType: scores.plain.byType },
        perPage: { full: scores.full.perPage, plain: scores.plain.perPage },
      };
      addTiming(corpus, runs);
    } else {
      const { gold, entries } = await timed('daniel: build list', () => danielCorpus(options.limit));
      const runs = await runModes(corpus, entries, options.workers);
      const scores = { full: scoreDaniel(gold, runs.full.lines), plain: scoreDaniel(gold, runs.plain.lines) };
      report.push(...danielReport(scores, runs), '');
      corpora.daniel = {
        averaging: 'macro over pages',
        full: { overall: scores.full.overall, byLanguage: scores.full.byLanguage },
        plain: { overall: scores.plain.overall, byLanguage: scores.plain.byLanguage },
        perPage: { full: scores.full.perPage, plain: scores.plain.perPage },
      };
      addTiming(corpus, runs);
    }
  }

  if (Object.keys(timing).length > 1) timing.all = compareTiming(allTimes.full, allTimes.plain);
  report.push(...timingReport(timing), '', ...stepTable(allLines.full, allLines.plain));
  summary.timing = timing;
  writeFileSync(path.join(OUT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${report.join('\n')}\n`);
  log(`total: ${((performance.now() - totalStart) / 1000).toFixed(1)} s; raw outputs and summary.json in ${path.relative(process.cwd(), OUT) || OUT}`);
}

main().catch((error: unknown) => {
  if (error instanceof CliFailure) process.stdout.write(`bench: ${error.message}\n`);
  else process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
