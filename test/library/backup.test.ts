/**
 * Backups: export → import of 1,000 generated articles is lossless (byte-identical files), imports
 * report what they would add or update and never overwrite unless asked, and bad files — too large,
 * truncated, not a backup, another version, hostile or malformed articles — are refused with a clear
 * message and change nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport, type Backup, exportBackup, MAX_BACKUP_BYTES, planImport, readBackup } from '@/lib/library/backup';
import { LibraryError } from '@/lib/library/errors';
import { toSavedArticle } from '@/lib/library/records';
import type { Library } from '@/lib/library/store';
import { generateArticles } from './generate';
import { abortOn, article, freshLibrary } from './helpers';

const EXPORTED_AT = new Date('2026-01-02T03:04:05.678Z');

async function exportText(library: Library, options: { maxBytes?: number } = {}): Promise<string[]> {
  const files = await exportBackup(library, { now: EXPORTED_AT, ...options });
  return Promise.all(files.map((file) => file.blob.text()));
}

const file = (text: string): Blob => new Blob([text], { type: 'application/json' });

async function importText(library: Library, text: string, overwrite = false) {
  const plan = await planImport(library, await readBackup(file(text)));
  return { plan, result: await applyImport(library, plan, { overwrite }) };
}

/** Everything the library holds, for before/after comparisons. */
async function snapshot(library: Library) {
  return { files: await exportText(library), summaries: await library.list() };
}

async function refusal(text: string | Blob): Promise<LibraryError> {
  const error = await readBackup(typeof text === 'string' ? file(text) : text).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LibraryError);
  expect((error as LibraryError).kind).toBe('invalid-backup');
  expect((error as LibraryError).message).toMatch(/Nothing was imported\.$/);
  return error as LibraryError;
}

/** A valid one-article backup as a JS object, to break in the tests. */
function backupObject(count = 1): { format: string; version: number; exportedAt: string; articles: Record<string, unknown>[] } {
  return {
    format: 'clean-news-reader-backup',
    version: 1,
    exportedAt: EXPORTED_AT.toISOString(),
    articles: Array.from({ length: count }, (_, i) =>
      toSavedArticle(article({ url: `https://www.digi24.ro/stiri/${i}` }), '2025-05-01T10:00:00.000Z') as unknown as Record<string, unknown>),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('round trip', () => {
  it('export → import of 1,000 articles in many scripts is lossless and byte-identical', async () => {
    const { library } = await freshLibrary();
    const articles = generateArticles(1_000, { seed: 7, minWords: 150, maxWords: 600, longEvery: 250 });
    // Characters that trip up encoders: a lone surrogate, NUL, line and paragraph separators, BOM, RTL marks.
    articles.push(article({ url: 'https://odd.example/chars', title: 'Lone \ud800 surrogate \u0000 NUL \u2028\u2029 \ufeff \u200f‏ end', text: '👩🏽‍💻 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ١٢٣ e\u0301' }));
    for (const input of articles) await library.save(input);
    expect(await library.count()).toBe(1_001);

    const [exported, ...more] = await exportText(library);
    expect(more).toHaveLength(0);
    const scripts = ['\u0600-\u06ff', '\u0370-\u03ff', '\u4e00-\u9fff', '\u3040-\u309f', '\u0400-\u04ff', '\u0590-\u05ff', '\u0e00-\u0e7f'];
    for (const range of scripts) expect(exported).toMatch(new RegExp(`[${range}]`));
    expect(exported).toMatch(/\p{Extended_Pictographic}/u);
    expect(exported!.length).toBeGreaterThan(5_000_000);

    const { library: other } = await freshLibrary();
    const { plan, result } = await importText(other, exported!);
    expect(plan.rejected).toEqual([]);
    expect(plan.add).toHaveLength(1_001);
    expect(result).toEqual({ added: 1_001, updated: 0, skipped: 0 });

    const [again] = await exportText(other);
    expect(again === exported).toBe(true);
    expect(await other.list()).toEqual(await library.list());
    const ids = (await library.list()).map((s) => s.id);
    expect(await other.getMany(ids)).toEqual(await library.getMany(ids));
  });

  it('importing a backup of the same library again changes nothing', async () => {
    const { library } = await freshLibrary();
    for (const input of generateArticles(20, { minWords: 20, maxWords: 40 })) await library.save(input);
    const before = await snapshot(library);
    const { plan, result } = await importText(library, before.files[0]!);
    expect(plan).toMatchObject({ add: [], update: [], unchanged: 20, rejected: [] });
    expect(result).toEqual({ added: 0, updated: 0, skipped: 0 });
    expect(await snapshot(library)).toEqual(before);
  });

  it('splits a large library into several files that each import, and together restore everything', async () => {
    const { library } = await freshLibrary();
    for (const input of generateArticles(60, { minWords: 200, maxWords: 300 })) await library.save(input);
    const files = await exportText(library, { maxBytes: 100_000 });
    expect(files.length).toBeGreaterThan(2);
    for (const text of files) expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(100_000);
    const names = (await exportBackup(library, { now: EXPORTED_AT, maxBytes: 100_000 })).map((f) => f.name);
    expect(names[0]).toBe(`clean-news-reader-backup-2026-01-02-part-1-of-${files.length}.json`);

    const { library: other } = await freshLibrary();
    let added = 0;
    for (const text of files) added += (await importText(other, text)).result.added;
    expect(added).toBe(60);
    expect(await exportText(other, { maxBytes: 100_000 })).toEqual(files);
  });

  it('exports an empty library as a valid, empty backup', async () => {
    const { library } = await freshLibrary();
    const [files] = [await exportBackup(library, { now: EXPORTED_AT })];
    expect(files.map((f) => [f.name, f.articles])).toEqual([['clean-news-reader-backup-2026-01-02.json', 0]]);
    const backup = await readBackup(files[0]!.blob);
    expect(backup).toEqual({ exportedAt: EXPORTED_AT.toISOString(), articles: [], pictures: new Map(), reading: new Map(), rejected: [] });
  });
});

describe('updates are applied only when asked', () => {
  it('reports changed articles as updates and replaces them only with overwrite', async () => {
    const { library } = await freshLibrary();
    await library.save(article());
    await library.save(article({ url: 'https://www.digi24.ro/second', title: 'Second' }));
    const data = JSON.parse((await exportText(library))[0]!) as ReturnType<typeof backupObject>;
    data.articles[0]!.title = 'Changed on another computer';
    data.articles.push({ ...data.articles[1]!, id: 'https://www.digi24.ro/third', url: 'https://www.digi24.ro/third' });
    const text = JSON.stringify(data);

    const keep = await importText(library, text);
    expect(keep.plan.update.map((u) => [u.article.title, u.current.title])).toEqual([['Changed on another computer', 'Second']]);
    expect(keep.plan.unchanged).toBe(1);
    expect(keep.result).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect((await library.get('https://www.digi24.ro/second'))?.title).toBe('Second');

    const replace = await importText(library, text, true);
    expect(replace.result).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await library.get('https://www.digi24.ro/second'))?.title).toBe('Changed on another computer');
  });

  it('skips pages saved or changed after the plan was made instead of overwriting them', async () => {
    const { library } = await freshLibrary();
    await library.save(article({ url: 'https://www.digi24.ro/old', title: 'Old' }));
    const data = backupObject(0);
    data.articles.push(
      toSavedArticle(article({ url: 'https://www.digi24.ro/new', title: 'From the file' }), '2025-01-01T00:00:00.000Z') as unknown as Record<string, unknown>,
      toSavedArticle(article({ url: 'https://www.digi24.ro/old', title: 'Old, from the file' }), '2025-01-01T00:00:00.000Z') as unknown as Record<string, unknown>,
    );
    const plan = await planImport(library, await readBackup(file(JSON.stringify(data))));
    expect([plan.add.length, plan.update.length]).toEqual([1, 1]);

    // Meanwhile, in another tab:
    await library.save(article({ url: 'https://www.digi24.ro/new', title: 'Saved meanwhile' }));
    await library.save(article({ url: 'https://www.digi24.ro/old', title: 'Edited meanwhile' }));

    expect(await applyImport(library, plan, { overwrite: true })).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect((await library.list()).map((s) => s.title).sort()).toEqual(['Edited meanwhile', 'Saved meanwhile']);
  });

  it('an import that fails to write (storage full) adds nothing at all', async () => {
    const { library } = await freshLibrary();
    await library.save(article());
    const data = backupObject(50);
    const plan = await planImport(library, await readBackup(file(JSON.stringify(data))));
    const before = await snapshot(library);

    abortOn('put', (_store, call) => call === 60); // well into the transaction: dozens already written
    const error = await applyImport(library, plan).catch((e: unknown) => e);
    expect((error as LibraryError).kind).toBe('quota');
    expect((error as LibraryError).message).toMatch(/Nothing was changed/);
    expect(await snapshot(library)).toEqual(before);
  });
});

describe('bad files are refused and change nothing', () => {
  it('refuses a 100 MB file by its size, without reading it', async () => {
    const huge = new Blob([new Uint8Array(100 * 1024 * 1024)]);
    const reads = [vi.spyOn(huge, 'text'), vi.spyOn(huge, 'arrayBuffer'), vi.spyOn(huge, 'stream'), vi.spyOn(huge, 'slice')];
    const parse = vi.spyOn(JSON, 'parse');
    const started = performance.now();
    const error = await refusal(huge);
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.message).toBe('This file is too large to be a backup: 100 MB, and backups are at most 50 MB. Nothing was imported.');
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();

    // Any object with a size will do: nothing else of it is touched.
    const sizeOnly = { size: MAX_BACKUP_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect((await refusal(sizeOnly)).message).toMatch(/too large/);
  });

  it('refuses truncated and non-JSON files with a clear message', async () => {
    const { library } = await freshLibrary();
    await library.save(article());
    const [text] = await exportText(library);
    for (const damaged of [text!.slice(0, text!.length / 2), text!.slice(0, -3), '', '\u0000\u0001', '{"format":']) {
      expect((await refusal(damaged)).message).toBe('This file is damaged or incomplete: it is not a complete backup (its JSON cannot be read). Nothing was imported.');
    }
  });

  it.each([
    ['another JSON file', '{"items":[]}', 'This file is not a Clean News Reader backup.'],
    ['a list', '[{"format":"clean-news-reader-backup"}]', 'This file is not a Clean News Reader backup.'],
    ['null', 'null', 'This file is not a Clean News Reader backup.'],
    ['a Pocket export', '{"format":"pocket","version":1,"exportedAt":"2026-01-02T03:04:05.678Z","articles":[]}', 'This file is not a Clean News Reader backup.'],
    ['a newer version', '{"format":"clean-news-reader-backup","version":4,"exportedAt":"2026-01-02T03:04:05.678Z","articles":[]}',
      'This backup was made by a newer version of Clean News Reader (backup format 4). Update the extension, then import it again.'],
    ['a version as text', '{"format":"clean-news-reader-backup","version":"1","exportedAt":"2026-01-02T03:04:05.678Z","articles":[]}',
      'This backup has an unknown format version.'],
    ['an unknown field', '{"format":"clean-news-reader-backup","version":1,"exportedAt":"2026-01-02T03:04:05.678Z","articles":[],"code":"x"}',
      'This backup has an unknown field "code".'],
    ['no date', '{"format":"clean-news-reader-backup","version":1,"exportedAt":"yesterday","articles":[]}', 'This backup has no valid export date.'],
    ['no article list', '{"format":"clean-news-reader-backup","version":1,"exportedAt":"2026-01-02T03:04:05.678Z","articles":{}}',
      'This backup has no list of articles.'],
  ])('refuses %s', async (_name, text, message) => {
    expect((await refusal(text)).message).toBe(`${message} Nothing was imported.`);
  });

  it('checks every article field by field and leaves out the bad ones, saying why', async () => {
    const base = backupObject(1).articles[0]!;
    const at = (url: string) => ({ ...base, id: url, url });
    const bad: [Record<string, unknown>, string][] = [
      [{ ...at('javascript:alert(1)') }, 'url is not an http or https address'],
      [{ ...at('data:text/html,<script>alert(1)</script>') }, 'url is not an http or https address'],
      [{ ...at('https://ok.example/1'), id: 'https://evil.example/' }, 'id does not match the url'],
      [{ ...at('https://ok.example/2'), wordCount: '12' }, 'wordCount is not a whole number'],
      [{ ...at('https://ok.example/3'), title: 'x'.repeat(2_001) }, 'title is longer than 2,000 characters'],
      [{ ...at('https://ok.example/4'), savedAt: '2025-13-45T00:00:00.000Z' }, 'savedAt is not a date'],
      [{ ...at('https://ok.example/5'), extra: true }, 'the article has an unknown field "extra"'],
      [{ ...at('https://ok.example/6'), html: undefined }, 'the article has no "html"'],
      [{ ...at('https://ok.example/7'), language: { ...(base.language as object), confidence: 2 } }, 'language confidence is not between 0 and 1'],
      [{ ...at('https://ok.example/8'), removed: [{ rule: 'x', category: 'ads', text: '', html: '', stage: 'page' }] }, 'removed #1 category is not one of comments, horoscope, promo, chrome'],
      [{ ...at('https://ok.example/9'), byline: { toString: 'x' } }, 'byline is not text'],
      [JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(at('https://ok.example/10')).slice(1)}`) as Record<string, unknown>, 'the article has an unknown field "__proto__"'],
      [{ ...at('https://ok.example/11'), removed: [{ rule: 'x', category: 'promo', text: 't', html: '', stage: 'page', place: { after: 1 } }] }, 'removed #1 place is not text'],
      [{ ...at('https://ok.example/12'), removed: [{ rule: 'x', category: 'promo', text: 't', html: '', stage: 'page', place: { after: 'a', before: 'b' } }] }, 'removed #1 place has an unknown field "before"'],
      [{ ...at('https://ok.example/13'), removed: [{ rule: 'x', category: 'promo', text: 't', html: '', stage: 'page', place: 'top' }] }, 'removed #1 place is not an object'],
      [[] as unknown as Record<string, unknown>, 'the article is not an object'],
    ];
    const data = backupObject(0);
    data.articles.push(at('https://ok.example/good'), ...bad.map(([value]) => value));
    const { library } = await freshLibrary();
    const { plan, result } = await importText(library, JSON.stringify(data));

    expect(plan.rejected).toEqual(bad.map(([, reason], i) => expect.objectContaining({ index: i + 1, reason })));
    // Each is named by its title where the file gives one as text, else by its address.
    expect(plan.rejected.map((r) => r.name)).toEqual([
      ...Array(2).fill('Consiliul Local a aprobat bugetul'), ...Array(9).fill(expect.any(String)), ...Array(4).fill('Consiliul Local a aprobat bugetul'), undefined,
    ]);
    expect(plan.rejected[4]!.name).toBe(`${'x'.repeat(119)}…`);
    expect(plan.add.map((a) => a.url)).toEqual(['https://ok.example/good']);
    expect(result.added).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await library.list()).map((s) => s.url)).toEqual(['https://ok.example/good']);
  });

  it('leaves out every copy of a page that appears twice', async () => {
    const data = backupObject(2);
    data.articles.push({ ...data.articles[0]!, title: 'A different copy' });
    const backup: Backup = await readBackup(file(JSON.stringify(data)));
    expect(backup.articles.map((a) => a.url)).toEqual(['https://www.digi24.ro/stiri/1']);
    expect(backup.rejected).toEqual([
      { index: 0, name: 'Consiliul Local a aprobat bugetul', reason: 'the same page appears 2 times in the file', why: { problem: 'duplicate', times: 2 } },
      { index: 2, name: 'A different copy', reason: 'the same page appears 2 times in the file', why: { problem: 'duplicate', times: 2 } },
    ]);
  });

  it('keeps script payloads as inert data, exactly as they were in the file', async () => {
    const data = backupObject(1);
    const payload = '<p>Text</p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';
    Object.assign(data.articles[0]!, { html: payload, title: '<img src=x onerror=alert(4)>', byline: '"><svg onload=alert(5)>' });
    const { library } = await freshLibrary();
    await importText(library, JSON.stringify(data));
    const stored = await library.get('https://www.digi24.ro/stiri/0');
    expect(stored?.html).toBe(payload);
    expect(stored?.title).toBe('<img src=x onerror=alert(4)>');
  });
});

describe('dates that cannot be true', () => {
  const NOW = new Date('2026-06-01T12:00:00.000Z');

  it('refuses an article saved or updated more than a day ahead of the clock, or updated before it was saved; imports the rest', async () => {
    const data = backupObject(0);
    const dated = (n: number, savedAt: string, updatedAt: string, title = `Article ${n}`) => ({
      ...(backupObject(1).articles[0]!), id: `https://dates.example/${n}`, url: `https://dates.example/${n}`, title, savedAt, updatedAt,
    });
    data.articles.push(
      dated(0, '2026-05-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z'),
      dated(1, '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z', 'Forever on top'),
      dated(2, '2026-05-01T00:00:00.000Z', '2026-04-30T23:59:59.999Z', 'Updated before saved'),
      dated(3, '2026-05-01T00:00:00.000Z', '2026-06-02T12:00:00.001Z', 'Updated tomorrow and a bit'),
      dated(4, '2026-06-02T11:59:59.999Z', '2026-06-02T11:59:59.999Z', 'Another time zone\'s clock'),
    );
    const backup = await readBackup(file(JSON.stringify(data)), { now: NOW });
    expect(backup.rejected).toEqual([
      { index: 1, name: 'Forever on top', reason: 'savedAt (9999-12-31T23:59:59.999Z) is more than a day in the future',
        why: { problem: 'in-future', field: 'savedAt', date: '9999-12-31T23:59:59.999Z' } },
      { index: 2, name: 'Updated before saved', reason: 'updatedAt (2026-04-30T23:59:59.999Z) is before savedAt (2026-05-01T00:00:00.000Z)',
        why: { problem: 'updated-before-saved', savedAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-04-30T23:59:59.999Z' } },
      { index: 3, name: 'Updated tomorrow and a bit', reason: 'updatedAt (2026-06-02T12:00:00.001Z) is more than a day in the future',
        why: { problem: 'in-future', field: 'updatedAt', date: '2026-06-02T12:00:00.001Z' } },
    ]);
    const { library } = await freshLibrary();
    const result = await applyImport(library, await planImport(library, backup));
    expect(result).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect((await library.list()).map((s) => s.url).sort()).toEqual(['https://dates.example/0', 'https://dates.example/4']);
  });

  it('with the real clock, a backup dated in the year 9999 is refused article by article', async () => {
    const data = backupObject(2);
    Object.assign(data.articles[1]!, { savedAt: '9999-01-01T00:00:00.000Z', updatedAt: '9999-01-01T00:00:00.000Z' });
    const backup = await readBackup(file(JSON.stringify(data)));
    expect(backup.articles.map((a) => a.url)).toEqual(['https://www.digi24.ro/stiri/0']);
    expect(backup.rejected).toEqual([expect.objectContaining({ index: 1, reason: expect.stringMatching(/future/) })]);
  });
});

describe('progress and cancel', () => {
  async function planOf(count: number) {
    const { library } = await freshLibrary();
    const data = backupObject(count);
    return { library, plan: await planImport(library, await readBackup(file(JSON.stringify(data)))) };
  }

  it('reports progress in chunks up to the whole import', async () => {
    const { library, plan } = await planOf(600);
    const reports: [number, number][] = [];
    const result = await applyImport(library, plan, { onProgress: (done, total) => reports.push([done, total]) });
    expect(result.added).toBe(600);
    expect(reports).toEqual([[250, 600], [500, 600], [600, 600]]);
  });

  it('Cancel during the write stops it: nothing at all is imported, and the library works on', async () => {
    const { library, plan } = await planOf(600);
    await library.save(article({ url: 'https://kept.example/1' }));
    const before = await snapshot(library);
    const controller = new AbortController();
    let reports = 0;
    const error = await applyImport(library, plan, {
      signal: controller.signal,
      onProgress: () => {
        reports++;
        controller.abort(); // the user clicks Cancel after the first chunk was written in the transaction
      },
    }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).kind).toBe('cancelled');
    expect((error as LibraryError).message).toBe('The import was cancelled: nothing was imported.');
    expect(reports).toBe(1);
    expect(await snapshot(library)).toEqual(before);
    // The same plan imports whole afterwards.
    expect((await applyImport(library, plan)).added).toBe(600);
  });

  it('Cancel after the last chunk, before the commit, still writes nothing', async () => {
    const { library, plan } = await planOf(100);
    const controller = new AbortController();
    const error = await applyImport(library, plan, { signal: controller.signal, onProgress: () => controller.abort() })
      .then(() => undefined, (e: unknown) => e);
    expect((error as LibraryError).kind).toBe('cancelled');
    expect(await library.count()).toBe(0);
  });
});
