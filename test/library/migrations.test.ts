/**
 * One test per schema migration: a database created at the old version (by the migrations up to it,
 * as that version of the extension did) and filled with data is opened by the current code; the data
 * must survive and the new shape must be there. And a migration that fails leaves the old database
 * as it was.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/library/connection';
import { LibraryError } from '@/lib/library/errors';
import { excerptOf, summaryOf, toSavedArticle } from '@/lib/library/records';
import { type ArticleSummary, DB_NAME, DB_VERSION, type LibraryDatabase, type LibrarySchema, type SavedArticle } from '@/lib/library/schema';
import { LibrarySearch } from '@/lib/library/search';
import { openLibrary } from '@/lib/library/store';
import { article } from './helpers';

/** Three articles, in saved-date order; their ids sort otherwise. */
const records: SavedArticle[] = [
  toSavedArticle(article({ url: 'https://www.digi24.ro/stiri/1', title: 'Bugetul a fost aprobat' }), '2024-05-01T10:00:00.000Z'),
  toSavedArticle(article({ url: 'https://www.kathimerini.gr/2', title: 'Η Ελλάδα ψηφίζει', siteName: null }), '2024-05-02T10:00:00.000Z'),
  toSavedArticle(article({ url: 'https://www.aljazeera.net/3', title: 'الحكومة تعلن الميزانية' }), '2024-05-03T10:00:00.000Z'),
];

const byId = (list: readonly SavedArticle[]): SavedArticle[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Writes values the way the old version did: straight into its stores. */
async function put<Name extends 'articles' | 'summaries'>(db: LibraryDatabase, store: Name, values: readonly LibrarySchema[Name]['value'][]): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  await Promise.all([...values.map((value) => tx.store.put(value)), tx.done]);
}

async function storeNames(indexedDB: IDBFactory): Promise<string[]> {
  const db = await openDatabase(indexedDB, DB_NAME, DB_VERSION);
  const names = [...db.objectStoreNames];
  db.close();
  return names;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('migrations', () => {
  it('version 1 → 2: summaries with the saved-date index are backfilled from the articles', async () => {
    const indexedDB = new IDBFactory();
    const v1 = await openDatabase(indexedDB, DB_NAME, 1);
    expect([...v1.objectStoreNames]).toEqual(['articles']);
    await put(v1, 'articles', records);
    v1.close();

    const v2 = await openDatabase(indexedDB, DB_NAME, 2);
    expect([...v2.objectStoreNames].sort()).toEqual(['articles', 'summaries']);
    expect([...v2.transaction('summaries').store.indexNames]).toEqual(['by-savedAt']);
    expect(await v2.getAll('articles')).toEqual(byId(records));
    const summaries = await v2.getAllFromIndex('summaries', 'by-savedAt');
    expect(summaries).toEqual(records.map(summaryOf));
    expect(summaries.map((s) => s.site)).toEqual(['digi24.ro', 'kathimerini.gr', 'aljazeera.net']);
    v2.close();
  });

  it('version 2 → 3: the change log and the search store are added; articles and summaries survive', async () => {
    const indexedDB = new IDBFactory();
    const v2 = await openDatabase(indexedDB, DB_NAME, 2);
    await put(v2, 'articles', records);
    await put(v2, 'summaries', records.map(summaryOf));
    v2.close();

    const library = await openLibrary({ indexedDB });
    expect(await storeNames(indexedDB)).toEqual(['articles', 'changes', 'pictures', 'reading', 'search', 'summaries']);
    expect(await library.getMany(records.map((r) => r.id))).toEqual(records);
    expect((await library.list()).map((s) => s.title)).toEqual(records.map((r) => r.title).reverse());

    // The search index is built from the articles that were there before the change log existed.
    const search = await LibrarySearch.load(library);
    expect(search.search('ελλαδα')).toEqual([records[1]!.id]);
    // ...and writes now go to the log.
    await library.save(article({ url: 'https://www.digi24.ro/stiri/4', title: 'Alegeri locale' }));
    expect(await search.refresh()).toBe(true);
    expect(search.search('alegeri')).toEqual(['https://www.digi24.ro/stiri/4']);
    await search.close();
  });

  it('version 1 → latest in one go', async () => {
    const indexedDB = new IDBFactory();
    const v1 = await openDatabase(indexedDB, DB_NAME, 1);
    await put(v1, 'articles', records);
    v1.close();

    const library = await openLibrary({ indexedDB });
    expect(await library.count()).toBe(3);
    expect(await library.list()).toEqual(records.map(summaryOf).reverse());
    expect(await storeNames(indexedDB)).toEqual(['articles', 'changes', 'pictures', 'reading', 'search', 'summaries']);
  });

  it('version 3 → 4: the pictures store is added; articles, summaries, the change log and the index survive', async () => {
    const indexedDB = new IDBFactory();
    // A version 3 library as that version left it: articles written through its stores and a stored index.
    const v3 = await openDatabase(indexedDB, DB_NAME, 3);
    await put(v3, 'articles', records);
    await put(v3, 'summaries', records.map(summaryOf));
    const log = v3.transaction('changes', 'readwrite');
    await Promise.all([...records.map((r) => log.store.add({ id: r.id })), log.done]);
    v3.close();

    const library = await openLibrary({ indexedDB });
    expect(await storeNames(indexedDB)).toEqual(['articles', 'changes', 'pictures', 'reading', 'search', 'summaries']);
    expect(await library.getMany(records.map((r) => r.id))).toEqual(records);
    expect(await library.list()).toEqual(records.map(summaryOf).reverse());
    expect(await library.pictures(records[0]!.id)).toEqual([]);
    const search = await LibrarySearch.load(library);
    expect(search.search('ελλαδα')).toEqual([records[1]!.id]);
    await search.close();

    // An old article gets its pictures later, and they are kept with it.
    const html = '<p>Text</p><img src="https://cdn.example/a.jpg">';
    const old = records[0]!;
    const db = await openDatabase(indexedDB, DB_NAME, DB_VERSION);
    await put(db, 'articles', [{ ...old, html }]);
    db.close();
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0])], { type: 'image/jpeg' });
    const stats = await library.putPictures(old.id, old.updatedAt, [{ url: 'https://cdn.example/a.jpg', order: 0, blob, width: 1, height: 1, missing: null }]);
    expect(stats).toEqual({ saved: 1, missing: 0, bytes: 4 });
    expect((await library.pictures(old.id)).map((p) => p.url)).toEqual(['https://cdn.example/a.jpg']);
    library.close();
  });

  it('version 4 → 5: the reading store is added and the summaries get their excerpt; articles, pictures and the change log survive, and every article is unread', async () => {
    const indexedDB = new IDBFactory();
    // A version 4 library as that version left it: articles (one with a saved picture) and the change log.
    const html = '<p>Text</p><img src="https://cdn.example/a.jpg">';
    const saved = records.map((r, i) => (i === 0 ? { ...r, html } : r));
    // Summaries as version 4 wrote them: no excerpt.
    const summaries = saved.map((r, i) => {
      const summary: Partial<ArticleSummary> = summaryOf(r);
      delete summary.excerpt;
      return (i === 0 ? { ...summary, pictures: { saved: 1, missing: 0, bytes: 4 } } : summary) as ArticleSummary;
    });
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0])], { type: 'image/jpeg' });
    const v4 = await openDatabase(indexedDB, DB_NAME, 4);
    await put(v4, 'articles', saved);
    await put(v4, 'summaries', summaries);
    const tx = v4.transaction(['changes', 'pictures'], 'readwrite');
    await Promise.all([
      ...saved.map((r) => tx.objectStore('changes').add({ id: r.id })),
      tx.objectStore('pictures').put({ articleId: saved[0]!.id, url: 'https://cdn.example/a.jpg', order: 0, blob, width: 1, height: 1, missing: null }),
      tx.done,
    ]);
    v4.close();

    const library = await openLibrary({ indexedDB });
    expect(await storeNames(indexedDB)).toEqual(['articles', 'changes', 'pictures', 'reading', 'search', 'summaries']);
    expect(await library.getMany(saved.map((r) => r.id))).toEqual(saved);
    // Each summary has its excerpt now (its picture stats kept); unread, at the start: no reading state in the list.
    expect(await library.list()).toEqual(summaries.map((s, i) => ({ ...s, excerpt: excerptOf(saved[i]!.text) })).reverse());
    expect(await library.reading(saved[1]!.id)).toEqual({ readAt: null, position: 0 });
    expect((await library.pictures(saved[0]!.id)).map((p) => p.url)).toEqual(['https://cdn.example/a.jpg']);
    const search = await LibrarySearch.load(library);
    expect(search.search('ελλαδα')).toEqual([records[1]!.id]);
    await search.close();

    // The old articles can now be read and their place kept.
    expect(await library.markRead(saved[1]!.id, true)).toEqual({ readAt: expect.any(String), position: 0 });
    expect(await library.savePosition(saved[1]!.id, 0.4)).toEqual({ readAt: expect.any(String), position: 0.4 });
    expect((await library.list()).find((s) => s.id === saved[1]!.id)?.reading?.position).toBe(0.4);
    library.close();
  });

  it('a migration that fails leaves the database at its old version with its data', async () => {
    const indexedDB = new IDBFactory();
    const v1 = await openDatabase(indexedDB, DB_NAME, 1);
    await put(v1, 'articles', records);
    v1.close();

    vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementationOnce(() => {
      throw new DOMException('disk error', 'UnknownError');
    });
    const error = await openLibrary({ indexedDB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).kind).toBe('upgrade-failed');
    expect((error as LibraryError).message).toMatch(/could not be upgraded.*left as they were/);

    const still = await openDatabase(indexedDB, DB_NAME, 1);
    expect(still.version).toBe(1);
    expect([...still.objectStoreNames]).toEqual(['articles']);
    expect(await still.getAll('articles')).toEqual(byId(records));
    still.close();

    // Once the cause is gone, the upgrade goes through.
    expect(await (await openLibrary({ indexedDB })).count()).toBe(3);
  });
});
