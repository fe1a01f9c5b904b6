/**
 * The CLI as a child process, as the benchmark and users run it: single-file mode prints one article;
 * batch mode prints exactly one JSON line per list line, in the output contract, and nothing else,
 * whatever the pages are (gzipped, in a legacy charset, not articles, missing, malformed list lines).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../bench/score';
import { ARTICLE_TEXTS } from './article-texts';
import { articlePage, FIXTURES, readJson, ROOT } from './helpers';

const run = promisify(execFile);

interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

async function cli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/extract.ts', ...args], {
      cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 90_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', code: typeof failed.code === 'number' ? failed.code : -1 };
  }
}

// ---------------------------------------------------------------------------------------------
// Pages

/** windows-1251 bytes of a string: ASCII as is, Cyrillic by the code page's table (А-я at C0-FF, Ё A8, ё B8). */
function encodeWindows1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '–': 0x96, '№': 0xb9, '©': 0xa9, '\u00a0': 0xa0 };
  const bytes = Array.from(text, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = special[ch];
    if (byte === undefined) throw new Error(`no windows-1251 byte for ${ch}`);
    return byte;
  });
  return Buffer.from(bytes);
}

const RUSSIAN = ARTICLE_TEXTS.ru;
const russianPage = articlePage({ lang: 'ru', title: RUSSIAN.title, paragraphs: RUSSIAN.paragraphs, siteName: 'Городские новости' })
  .replace('<meta charset="utf-8">', '<meta charset="windows-1251">');

const EXTRA = 'en-disqus-outbrain-semantic';
const extraFile = path.join(FIXTURES, 'extra', `${EXTRA}.html`);
const extraGold = readJson<{ title: string; keep: string[]; language: { iso639_3: string; bcp47: string; dir: string } }>(path.join(FIXTURES, 'extra', `${EXTRA}.gold.json`));
const extraUrl = readJson<{ url: string }>(path.join(FIXTURES, 'extra', `${EXTRA}.json`)).url;

const SEED = '001_abf140b8d65e8e25';
const seedFile = path.join(FIXTURES, 'seeds', SEED, 'semantic.html');
const seedUrl = readJson<{ url: string }>(path.join(FIXTURES, 'seeds', SEED, 'page.json')).url;

// ---------------------------------------------------------------------------------------------
// The batch output contract

const ARTICLE_KEYS = ['byline', 'html', 'id', 'language', 'ms', 'publishedTime', 'removed', 'siteName', 'text', 'title'];
const LANGUAGE_KEYS = ['bcp47', 'code', 'confidence', 'dir', 'name'];
const REMOVED_KEYS = ['category', 'rule', 'text'];

type Line = Record<string, unknown>;

/** Problems with one batch output line: anything but an article or an error in the contract's exact shape. */
function contractProblems(line: Line): string[] {
  const keys = Object.keys(line).sort();
  if ('error' in line) {
    // errorName: the error's class (NotAnArticleError…), absent when what was thrown was not an Error.
    const shape = JSON.stringify(keys) === JSON.stringify(['error', 'id']) || (JSON.stringify(keys) === JSON.stringify(['error', 'errorName', 'id']) && typeof line.errorName === 'string');
    return shape && typeof line.error === 'string' && typeof line.id === 'string' ? [] : [`error line keys ${JSON.stringify(keys)}`];
  }
  const problems: string[] = [];
  // steps: each step's milliseconds, in full mode only (the benchmark's per-step table).
  const steps = line.steps as Line | undefined;
  if (JSON.stringify(keys.filter((key) => key !== 'steps')) !== JSON.stringify(ARTICLE_KEYS)) problems.push(`article line keys ${JSON.stringify(keys)}`);
  if (steps !== undefined && (typeof steps !== 'object' || steps === null || !Object.values(steps).every((ms) => typeof ms === 'number' && ms >= 0))) problems.push('steps is not an object of milliseconds');
  for (const key of ['id', 'title', 'text', 'html'] as const) if (typeof line[key] !== 'string') problems.push(`${key} is not a string`);
  for (const key of ['byline', 'siteName', 'publishedTime'] as const) if (line[key] !== null && typeof line[key] !== 'string') problems.push(`${key} is not a string or null`);
  if (typeof line.ms !== 'number' || !(line.ms >= 0)) problems.push('ms is not a number');
  const language = line.language as Line | undefined;
  if (!language || JSON.stringify(Object.keys(language).sort()) !== JSON.stringify(LANGUAGE_KEYS)) problems.push(`language keys ${JSON.stringify(language && Object.keys(language))}`);
  else if (typeof language.confidence !== 'number' || !['ltr', 'rtl'].includes(language.dir as string)) problems.push('language values');
  if (!Array.isArray(line.removed)) problems.push('removed is not an array');
  else for (const removal of line.removed as Line[]) {
    if (JSON.stringify(Object.keys(removal).sort()) !== JSON.stringify(REMOVED_KEYS)) problems.push(`removed keys ${JSON.stringify(Object.keys(removal))}`);
  }
  return problems;
}

/** stdout of a batch run as JSON lines; fails on anything that is not one JSON object per line. */
function parseLines(stdout: string): Line[] {
  const raw = stdout.split('\n').filter((line) => line !== '');
  return raw.map((line) => {
    expect(() => JSON.parse(line), `stdout line is not JSON: ${line.slice(0, 200)}`).not.toThrow();
    const parsed = JSON.parse(line) as unknown;
    expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), `not an object: ${line.slice(0, 200)}`).toBe(true);
    return parsed as Line;
  });
}

// ---------------------------------------------------------------------------------------------

describe('single-file mode', () => {
  it('prints one JSON article with title, text and language', async () => {
    const { stdout, code } = await cli(extraFile, '--url', extraUrl);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as { title: string; text: string; language: { code: string; bcp47: string; dir: string }; url: string };
    expect(article.url).toBe(extraUrl);
    expect(normalize(article.title)).toBe(normalize(extraGold.title));
    expect(normalize(article.text)).toContain(normalize(extraGold.keep[0]!));
    const gold = extraGold.language;
    expect(article.language).toMatchObject({ code: gold.iso639_3, bcp47: gold.bcp47, dir: gold.dir });
  });

  it('refuses a page without article text: message on stderr, nothing on stdout, exit code 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cnr-cli-'));
    try {
      const file = path.join(dir, 'empty.html');
      writeFileSync(file, '<!doctype html><html><head><title>Nothing</title></head><body></body></html>');
      const { stdout, stderr, code } = await cli(file);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^extract: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a sign-in page (a form and three labels are not an article)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cnr-cli-'));
    try {
      const file = path.join(dir, 'login.html');
      writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in - Example News</title></head>
        <body><header><a href="/">Example News</a></header><main><h1>Sign in</h1>
        <form action="/login" method="post"><label>Email <input name="email" type="email"></label>
        <label>Password <input name="password" type="password"></label><button>Sign in</button></form>
        <p><a href="/forgot">Forgot your password?</a></p></main></body></html>`);
      const { stdout, code } = await cli(file, '--url', 'https://www.example-news.com/account/login');
      const extracted = stdout ? (JSON.parse(stdout) as { text: string }).text : null;
      expect(extracted, 'a sign-in page came out as an article').toBeNull();
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('batch mode', () => {
  let dir: string;
  let list: string;
  const ids = ['seed', 'gzipped', 'cp1251', 'empty', 'missing', 'malformed', 'nofile'];

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cnr-batch-'));
    writeFileSync(path.join(dir, 'extra.html.gz'), gzipSync(readFileSync(extraFile)));
    writeFileSync(path.join(dir, 'russian.html'), encodeWindows1251(russianPage));
    writeFileSync(path.join(dir, 'empty.html'), '<!doctype html><html><head><title>Nothing here</title></head><body></body></html>');
    list = path.join(dir, 'list.jsonl');
    writeFileSync(list, [
      JSON.stringify({ id: 'seed', file: seedFile, url: seedUrl }),
      JSON.stringify({ id: 'gzipped', file: 'extra.html.gz', url: extraUrl }), // relative to the list
      JSON.stringify({ id: 'cp1251', file: 'russian.html', url: 'https://www.example-news.ru/city/2025/budget' }),
      JSON.stringify({ id: 'empty', file: 'empty.html', url: 'https://www.example-news.com/empty' }),
      JSON.stringify({ id: 'missing', file: 'no-such-page.html', url: 'https://www.example-news.com/missing' }),
      '{"id": "malformed", "file": ', // a truncated line
      JSON.stringify({ id: 'nofile', url: 'https://www.example-news.com/nofile' }),
    ].join('\n') + '\n');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints exactly one contract line per list line, and nothing else', async () => {
    const { stdout, code } = await cli('--batch', list, '--workers', '2');
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(ids.length);
    for (const line of lines) expect(contractProblems(line), JSON.stringify(line).slice(0, 300)).toEqual([]);

    const byId = new Map(lines.map((line) => [line.id as string, line]));
    // The malformed line has no readable id: it is reported under its line number (0-based).
    expect([...byId.keys()].sort()).toEqual(['5', ...ids.filter((id) => id !== 'malformed')].sort());
    for (const id of ['empty', 'missing', '5', 'nofile']) expect(byId.get(id), id).toHaveProperty('error');
    // The benchmark counts "not an article" answers by the error's class.
    expect(byId.get('empty')?.errorName).toBe('NotAnArticleError');
    expect(byId.get('missing')?.errorName).not.toBe('NotAnArticleError');

    const seed = byId.get('seed')!;
    expect(seed.error).toBeUndefined();
    expect((seed.language as Line).code).toBe('ell');

    // The gzipped copy gives the same article as the plain file in single mode.
    const gzipped = byId.get('gzipped')!;
    expect(normalize(gzipped.title as string)).toBe(normalize(extraGold.title));
    for (const keep of extraGold.keep) expect(normalize(gzipped.text as string)).toContain(normalize(keep));

    // The windows-1251 page is decoded by its <meta charset>: Cyrillic text, detected as Russian.
    const russian = byId.get('cp1251')!;
    expect(russian.title).toBe(RUSSIAN.title);
    for (const p of RUSSIAN.paragraphs) expect(russian.text as string).toContain(p);
    expect(russian.language).toMatchObject({ code: 'rus', bcp47: 'ru', dir: 'ltr' });
    expect(russian.siteName).toBe('Городские новости');
  });

  it('--plain prints lines of the same shape', async () => {
    const { stdout, code } = await cli('--batch', list, '--plain', '--workers', '2');
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(ids.length);
    for (const line of lines) expect(contractProblems(line), JSON.stringify(line).slice(0, 300)).toEqual([]);
    const russian = lines.find((line) => line.id === 'cp1251')!;
    expect(russian.text as string).toContain(RUSSIAN.paragraphs[0]);
    expect(lines.find((line) => line.id === 'missing')).toHaveProperty('error');
    expect(lines.find((line) => line.id === 'empty')?.errorName).toBe('NotAnArticleError');
  });
});
