/**
 * The library store on fake-indexeddb: saving, updating, listing, deleting with undo, limits, two
 * connections writing at once, and failures (storage full, closed connection, another tab's
 * upgrade, a blocked upgrade) that must leave every saved article as it was with a clear message.
 */
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryError } from '@/lib/library/errors';
import { openDatabase } from '@/lib/library/connection';
import { DB_NAME, DB_VERSION } from '@/lib/library/schema';
import { toSavedArticle } from '@/lib/library/records';
import { openLibrary, type Library, type ReadingState } from '@/lib/library/store';
import { abortOn, article, freshLibrary, recordingFactory } from './helpers';

/** Everything the database holds, to compare before and after a failure. */
async function contents(library: Library) {
  const records: unknown[] = [];
  await library.forEachArticle((record) => records.push(record));
  return { records, summaries: await library.list(), count: await library.count() };
}

async function rejection(promise: Promise<unknown>): Promise<LibraryError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LibraryError);
  return error as LibraryError;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saving and reading', () => {
  it('adds an article, keyed by its URL without the fragment, and finds it by id or URL', async () => {
    const { library } = await freshLibrary();
    const input = article({ url: 'https://www.digi24.ro/stiri/buget?ref=home#comments' });
    const { status, article: saved } = await library.save(input);

    expect(status).toBe('added');
    expect(saved.id).toBe('https://www.digi24.ro/stiri/buget?ref=home');
    expect(saved.url).toBe(input.url);
    expect(saved.savedAt).toBe(saved.updatedAt);
    expect(saved).toEqual({ ...input, id: saved.id, savedAt: saved.savedAt, updatedAt: saved.updatedAt });
    expect(saved.savedAt).toBe('2025-01-01T00:00:01.000Z');

    expect(await library.get(saved.id)).toEqual(saved);
    expect(await library.get('https://www.digi24.ro/stiri/buget?ref=home#top')).toEqual(saved);
    expect(await library.findByUrl(input.url)).toEqual(saved);
    expect(await library.exists('https://www.digi24.ro/stiri/buget?ref=home')).toBe(true);
    expect(await library.exists('https://www.digi24.ro/stiri/buget')).toBe(false);
    expect(await library.get('not a url')).toBeUndefined();
    expect(await library.count()).toBe(1);
  });

  it('shortens over-long metadata instead of refusing the article (a page can make its byline anything)', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(article({ byline: 'Ș'.repeat(5_000), siteName: `${'x'.repeat(499)}😀yz`, title: 'T'.repeat(3_000) }));
    expect(saved.byline).toHaveLength(1_000);
    expect(saved.byline!.endsWith('Ș…')).toBe(true);
    expect(saved.siteName).toBe(`${'x'.repeat(499)}…`); // the emoji's surrogate pair is not split
    expect(saved.title).toHaveLength(2_000);
    expect(await library.get(saved.id)).toEqual(saved);
  });

  it('saving the same page again updates it, keeps the first saved date and says so', async () => {
    const { library } = await freshLibrary();
    const first = await library.save(article());
    const second = await library.save(article({ url: `${article().url}#later`, title: 'Bugetul, actualizat' }));

    expect(second.status).toBe('updated');
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.savedAt).toBe(first.article.savedAt);
    expect(second.article.updatedAt > first.article.updatedAt).toBe(true);
    expect((await library.get(first.article.id))?.title).toBe('Bugetul, actualizat');
    expect(await library.count()).toBe(1);
    expect((await library.list()).map((s) => s.title)).toEqual(['Bugetul, actualizat']);
  });

  it('lists light summaries, newest first, with the site for the filter', async () => {
    const { library } = await freshLibrary();
    await library.save(article({ url: 'https://www.digi24.ro/a', title: 'A' }));
    await library.save(article({ url: 'https://hotnews.ro/b', title: 'B', siteName: null }));
    await library.save(article({ url: 'https://www.digi24.ro/c', title: 'C' }));

    const list = await library.list();
    expect(list.map((s) => s.title)).toEqual(['C', 'B', 'A']);
    expect(list.map((s) => s.site)).toEqual(['digi24.ro', 'hotnews.ro', 'digi24.ro']);
    for (const summary of list) {
      expect(summary).not.toHaveProperty('text');
      expect(summary).not.toHaveProperty('html');
      expect(summary).not.toHaveProperty('removed');
    }
  });

  it('lists a library larger than one read (2,500 articles): every summary once, newest first, the same saved time by id, reading states from every read', async () => {
    const { library } = await freshLibrary();
    // Saved times out of id order, five articles per minute (the same savedAt), and every seventh one read.
    const records = Array.from({ length: 2_500 }, (_, i) => {
      const savedAt = new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 500) * 60_000).toISOString();
      return toSavedArticle(article({ url: `https://www.digi24.ro/stiri/${String(i).padStart(4, '0')}`, title: `Article ${i}` }), savedAt);
    });
    const reading = (i: number): ReadingState | undefined => (i % 7 === 0 ? { readAt: '2025-02-01T10:00:00.000Z', position: (i % 10) / 10 } : undefined);
    await library.putImported(records.map((record, i) => ({ record, expectedUpdatedAt: null, reading: reading(i) })));

    const list = await library.list();
    const expected = records.map((record, i) => ({ id: record.id, savedAt: record.savedAt, reading: reading(i) }))
      .sort((a, b) => (a.savedAt === b.savedAt ? (a.id < b.id ? 1 : -1) : a.savedAt < b.savedAt ? 1 : -1));
    expect(list.map((s) => s.id)).toEqual(expected.map((e) => e.id));
    expect(list.map((s) => s.reading)).toEqual(expected.map((e) => e.reading));
    expect(await library.newest(100)).toEqual(list.slice(0, 100));
  });

  it('deletes with undo: the deleted record comes back identical', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(article());
    await library.save(article({ url: 'https://www.digi24.ro/other', title: 'Other' }));

    const deleted = await library.delete(saved.id);
    expect(deleted).toEqual(saved);
    expect(await library.get(saved.id)).toBeUndefined();
    expect((await library.list()).map((s) => s.title)).toEqual(['Other']);
    expect(await library.delete(saved.id)).toBeUndefined();

    expect(await library.restore(deleted!)).toBe(true);
    expect(await library.get(saved.id)).toEqual(saved);
    expect((await library.list()).map((s) => s.title)).toEqual(['Other', saved.title]);
  });

  it('undo keeps a copy saved again in the meantime', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(article());
    const deleted = await library.delete(saved.id);
    const { article: newer } = await library.save(article({ title: 'Saved again' }));

    expect(await library.restore(deleted!)).toBe(false);
    expect(await library.get(saved.id)).toEqual(newer);
  });

  it('refuses articles that are not web pages or break the limits, saving nothing', async () => {
    const { library } = await freshLibrary();
    const refusals = [
      article({ url: 'javascript:alert(1)' }),
      article({ url: 'file:///home/me/page.html' }),
      article({ url: 'not a url' }),
      article({ text: 'x'.repeat(4_000_001) }),
      article({ wordCount: -1 }),
      { ...article(), removed: undefined } as unknown as ReturnType<typeof article>,
    ];
    for (const input of refusals) {
      const error = await rejection(library.save(input));
      expect(error.kind).toBe('invalid');
      expect(error.message).toMatch(/^This article cannot be saved: /);
    }
    expect(await library.count()).toBe(0);
  });
});

describe('two tabs', () => {
  it('saves from two connections at once lose nothing', async () => {
    const indexedDB = new IDBFactory();
    const [tabA, tabB] = await Promise.all([openLibrary({ indexedDB }), openLibrary({ indexedDB })]);
    const saves: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      saves.push(tabA.save(article({ url: `https://a.example/${i}`, title: `A${i}` })));
      saves.push(tabB.save(article({ url: `https://b.example/${i}`, title: `B${i}` })));
    }
    // Both tabs save the same page too: one record, the last write wins, nothing else is touched.
    saves.push(tabA.save(article({ title: 'from A' })), tabB.save(article({ title: 'from B' })));
    const results = (await Promise.all(saves)) as { status: string }[];

    expect(results.slice(-2).map((r) => r.status).sort()).toEqual(['added', 'updated']);
    expect(await tabA.count()).toBe(81);
    expect(await tabB.count()).toBe(81);
    const titles = new Set((await tabB.list()).map((s) => s.title));
    for (let i = 0; i < 40; i++) {
      expect(titles.has(`A${i}`) && titles.has(`B${i}`)).toBe(true);
    }
    expect((await tabA.get(article().url))?.title).toBe('from B');
  });
});

describe('compare and set', () => {
  it('a save that expects the page unsaved adds it once; the second finds it saved and writes nothing', async () => {
    const indexedDB = new IDBFactory();
    const [tabA, tabB] = await Promise.all([openLibrary({ indexedDB }), openLibrary({ indexedDB })]);
    const results = await Promise.all([
      tabA.saveUnlessChanged(article({ title: 'from A' }), null),
      tabB.saveUnlessChanged(article({ title: 'from B' }), null),
    ]);
    const added = results.filter((r) => r.status === 'added');
    const conflicts = results.filter((r) => r.status === 'conflict');
    expect(added).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const winner = (added[0] as { article: { title: string; updatedAt: string } }).article;
    expect((conflicts[0] as { current: { title: string; updatedAt: string } }).current).toMatchObject({ title: winner.title, updatedAt: winner.updatedAt });
    expect((await tabA.get(article().url))?.title).toBe(winner.title);
    expect(await tabA.count()).toBe(1);
  });

  it('an update replaces only the copy the user was shown', async () => {
    const { library } = await freshLibrary();
    const first = await library.saveUnlessChanged(article({ title: 'first' }), null);
    expect(first.status).toBe('added');
    const shown = (first as { article: { updatedAt: string; savedAt: string } }).article;

    // Another tab updates the page after the user was asked "Update it?".
    const other = await library.saveUnlessChanged(article({ title: 'other tab' }), shown.updatedAt);
    expect(other.status).toBe('updated');

    const late = await library.saveUnlessChanged(article({ title: 'late confirmation' }), shown.updatedAt);
    expect(late.status).toBe('conflict');
    expect((late as { current: { title: string } }).current.title).toBe('other tab');
    expect((await library.get(article().url))?.title).toBe('other tab');

    const current = (other as { article: { updatedAt: string } }).article.updatedAt;
    const confirmed = await library.saveUnlessChanged(article({ title: 'confirmed again' }), current);
    expect(confirmed).toMatchObject({ status: 'updated', article: { title: 'confirmed again', savedAt: shown.savedAt } });
  });

  it('every write names its copy: two updates within one millisecond get different updatedAt', async () => {
    const frozen = new Date(Date.UTC(2025, 0, 1));
    const { library } = await freshLibrary({ now: () => frozen });
    const first = await library.saveUnlessChanged(article({ title: 'first' }), null);
    const seen = (first as { article: { updatedAt: string } }).article.updatedAt;
    const second = await library.saveUnlessChanged(article({ title: 'second' }), seen);
    expect(second).toMatchObject({ status: 'updated', article: { updatedAt: '2025-01-01T00:00:00.001Z' } });
    // A confirmation against the first copy no longer matches, though the clock has not moved.
    expect((await library.saveUnlessChanged(article({ title: 'late' }), seen)).status).toBe('conflict');
  });

  it('an update of a copy deleted in the meantime writes nothing and says it is gone', async () => {
    const { library } = await freshLibrary();
    const first = await library.saveUnlessChanged(article(), null);
    await library.delete(article().url);
    const late = await library.saveUnlessChanged(article({ title: 'late' }), (first as { article: { updatedAt: string } }).article.updatedAt);
    expect(late).toEqual({ status: 'conflict', current: null });
    expect(await library.count()).toBe(0);
  });
});

describe('failures leave everything as it was', () => {
  it('storage full while writing the summary: the whole save is rolled back, with a clear message', async () => {
    const { library } = await freshLibrary();
    await library.save(article());
    await library.save(article({ url: 'https://www.digi24.ro/other', title: 'Other' }));
    const before = await contents(library);

    abortOn('put', (store) => store === 'summaries');
    const error = await rejection(library.save(article({ title: 'An update that does not fit' })));
    expect(error.kind).toBe('quota');
    expect(error.message).toBe("There is no room left in the browser's storage. Nothing was changed. Delete or export some saved articles, then try again.");
    expect(await contents(library)).toEqual(before);

    // The library reconnects and works after the failure.
    expect((await library.save(article({ url: 'https://www.digi24.ro/new' }))).status).toBe('added');
    expect(await library.count()).toBe(3);
  });

  it('storage full while deleting or restoring: nothing is lost', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(article());
    const before = await contents(library);

    abortOn('add', (store) => store === 'changes'); // the change-log entry comes after the article's deletion in the transaction
    expect((await rejection(library.delete(saved.id))).kind).toBe('quota');
    expect(await contents(library)).toEqual(before);

    const deleted = await library.delete(saved.id);
    const empty = await contents(library);
    abortOn('put', (store) => store === 'summaries');
    expect((await rejection(library.restore(deleted!))).kind).toBe('quota');
    expect(await contents(library)).toEqual(empty);
  });

  it('the connection lost in the middle of a save: nothing is kept, the message says so, the next save works', async () => {
    const { library } = await freshLibrary();
    await library.save(article());
    const before = await contents(library);

    abortOn('put', (store) => store === 'summaries', 'AbortError',
      (db) => forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]));
    const error = await rejection(library.save(article({ title: 'Lost' })));
    expect(error.kind).toBe('closed');
    expect(error.message).toBe('The connection to your library was lost while saving the article. Nothing was changed. Try again; if it keeps failing, reload this page.');
    expect(await contents(library)).toEqual(before);
    expect((await library.save(article({ title: 'Saved after reconnecting' }))).status).toBe('updated');
  });

  it('a closed library refuses reads and writes with a message and changes nothing', async () => {
    const { library, indexedDB } = await freshLibrary();
    await library.save(article());
    library.close();

    const error = await rejection(library.save(article({ url: 'https://www.digi24.ro/x' })));
    expect(error.kind).toBe('closed');
    expect(error.message).toMatch(/closed/);
    expect((await rejection(library.list())).kind).toBe('closed');

    const reopened = await openLibrary({ indexedDB });
    expect((await reopened.list()).map((s) => s.title)).toEqual([article().title]);
  });

  it('reconnects when the browser closes the connection under it', async () => {
    const { indexedDB, opened } = recordingFactory();
    const { library } = await freshLibrary({ indexedDB });
    await library.save(article());
    forceCloseDatabase(opened[0] as unknown as Parameters<typeof forceCloseDatabase>[0]);

    expect((await library.save(article({ url: 'https://www.digi24.ro/after' }))).status).toBe('added');
    expect(await library.count()).toBe(2);
    expect(opened).toHaveLength(2);
  });

  it('gives way to a newer version opened in another tab, then says so without writing', async () => {
    const indexedDB = new IDBFactory();
    const { library } = await freshLibrary({ indexedDB });
    await library.save(article());

    // Another tab with a newer extension upgrades the database: it must not be blocked by us.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onblocked = () => reject(new Error('blocked by the old connection'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

    const error = await rejection(library.save(article({ url: 'https://www.digi24.ro/x' })));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toBe('Your library was updated by a newer version of Clean News Reader. Reload this page to continue.');
    const count = await new Promise<number>((resolve) => {
      const request = newer.transaction('articles').objectStore('articles').count();
      request.onsuccess = () => resolve(request.result);
    });
    expect(count).toBe(1);
    newer.close();
  });

  it('opening a database of a newer version is refused with a message', async () => {
    const indexedDB = new IDBFactory();
    await new Promise((resolve) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 3);
      request.onsuccess = () => resolve(request.result.close());
    });
    const error = await rejection(openLibrary({ indexedDB }));
    expect(error.kind).toBe('newer-version');
  });

  it('reports a blocked upgrade and gives up after a while; the late connection is closed', async () => {
    const { indexedDB, opened } = recordingFactory();
    const old = await openDatabase(indexedDB, DB_NAME, 1);
    old.addEventListener('versionchange', () => undefined); // an old tab that does not let go
    const onBlocked = vi.fn();

    const error = await rejection(openLibrary({ indexedDB, onBlocked, blockedTimeoutMs: 20 }));
    expect(onBlocked).toHaveBeenCalled();
    expect(error.kind).toBe('blocked');
    expect(error.message).toMatch(/Close or reload the other Clean News Reader tabs/);

    old.close(); // the upgrade now runs and the connection we gave up on opens...
    await vi.waitFor(() => expect(opened).toHaveLength(2));
    // ...and is closed at once: a later upgrade is not blocked by it.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onblocked = () => reject(new Error('blocked by the abandoned connection'));
      request.onsuccess = () => resolve(request.result.close());
    });
  });

  it('says when IndexedDB is not available', async () => {
    const error = await rejection(openLibrary({ indexedDB: undefined }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/cannot be stored/);
  });
});

describe('storage', () => {
  it('reports usage and the answer to the persistence request', async () => {
    const persist = vi.fn(async () => true);
    const { library } = await freshLibrary({
      storage: { estimate: async () => ({ usage: 1_234, quota: 5_678 }), persisted: async () => false, persist },
    });
    expect(await library.usage()).toEqual({ usage: 1_234, quota: 5_678 });
    expect(await library.requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();

    const declined = (await freshLibrary({ storage: { estimate: async () => ({}), persisted: async () => false, persist: async () => false } })).library;
    expect(await declined.usage()).toBeNull();
    expect(await declined.requestPersistence()).toBe(false);

    const none = (await freshLibrary({ storage: undefined })).library;
    expect(await none.usage()).toBeNull();
    expect(await none.requestPersistence()).toBe(false);
  });
});
