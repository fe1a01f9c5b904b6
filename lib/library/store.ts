/**
 * The offline library: saved articles in IndexedDB, in the extension's own origin (extension pages
 * and the background only: a content script's IndexedDB belongs to the web page).
 *
 * Every write is one transaction over the article, its summary and the change log: it happens
 * completely or not at all, and writes from several tabs are serialized by IndexedDB, so two tabs
 * saving at once lose nothing. Every failure rejects with a LibraryError whose message can be shown.
 */
import type { Article } from '@/core/types';
import { Connection, type ConnectionOptions, openDatabase, registerConnection, requestAll, type WriteTransaction } from './connection';
import { LibraryError } from './errors';
import { type NewPicture, picturesOfArticle, syncPictures } from './pictures';
import { checkArticle, idFor, summaryOf, toSavedArticle } from './records';
import { type ArticleSummary, DB_NAME, DB_VERSION, type PictureRecord, type PictureStats, type ReadingState, type SavedArticle } from './schema';

export type { ArticleSummary, PictureRecord, PictureStats, ReadingState, SavedArticle } from './schema';
export { LibraryError, type LibraryErrorKind } from './errors';

export interface OpenLibraryOptions extends ConnectionOptions {
  /** Default: `navigator.storage` where there is one. */
  storage?: Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;
  /** The clock for savedAt / updatedAt (tests). */
  now?: () => Date;
}

export interface SaveResult {
  status: 'added' | 'updated';
  article: SavedArticle;
}

/**
 * What a conditional save expects the library to hold for the page: null, "not saved"; a date, "the
 * saved copy the user was shown", by its `updatedAt`.
 */
export type SaveExpectation = string | null;

/** A conditional save that found something else than it expected, and wrote nothing. */
export interface SaveConflict {
  status: 'conflict';
  /** What is saved now; null when the expected copy was deleted in the meantime. */
  current: ArticleSummary | null;
}

/** Bytes used by the extension's storage and the most it may use (Storage API estimates). */
export interface StorageUsage {
  usage: number;
  quota: number;
}

/** An article to write during an import, if the library still holds what the import plan saw. */
export interface ImportEntry {
  record: SavedArticle;
  /** null: only if the page is not saved; a date: only if the saved copy still has this updatedAt. */
  expectedUpdatedAt: string | null;
  /** Its pictures from the backup. */
  pictures?: readonly NewPicture[];
  /** Its reading state from the backup (absent: the library's is kept, or unread for a new page). */
  reading?: ReadingState;
}

/** Progress and cancellation of an import (`putImported`). */
export interface ImportOptions {
  /** Called after each chunk: articles written so far in the import's transaction, and how many it writes. */
  onProgress?: (written: number, total: number) => void;
  /** Aborting it cancels the import before its next chunk: nothing is written. */
  signal?: AbortSignal;
}

const WRITE_STORES = ['articles', 'summaries', 'changes', 'pictures', 'reading'] as const;
/** Articles an import writes between two progress reports (and chances to cancel). */
const IMPORT_CHUNK = 250;

/**
 * Writes a record, its pictures (`pictures`: fresh ones; the ones stored before are kept where the
 * article still shows them), its summary and a change-log entry, in the caller's transaction.
 */
async function putRecord(tx: WriteTransaction, record: SavedArticle, pictures?: readonly NewPicture[]): Promise<void> {
  await tx.objectStore('articles').put(record);
  const stats = await syncPictures(tx, record, pictures);
  await tx.objectStore('summaries').put(withPictures(summaryOf(record), stats));
  await tx.objectStore('changes').add({ id: record.id });
}

/** `now`, or a millisecond after `previous` if the clock has not moved past it. */
function after(previous: string, now: string): string {
  const earliest = Date.parse(previous) + 1;
  return Date.parse(now) >= earliest ? now : new Date(earliest).toISOString();
}

function withPictures(summary: ArticleSummary, stats: PictureStats): ArticleSummary {
  return stats.saved + stats.missing > 0 ? { ...summary, pictures: stats } : summary;
}

/** The pictures of articles `delete` returned, for `restore` (undo) to put back with them. */
const deletedPictures = new WeakMap<SavedArticle, PictureRecord[]>();
const deletedReading = new WeakMap<SavedArticle, ReadingState>();

const readingState = ({ readAt, position }: ReadingState): ReadingState => ({ readAt, position });

/**
 * Records read per request by readInPages. The page decodes each request's result in a task of its
 * own: 10,000 summaries in one getAll took ~100 ms of the library page's thread in Chromium, 1,000 take ~10.
 */
const LIST_PAGE = 1_000;

/** Every record of a store keyed by `id`, in key order, LIST_PAGE records per request (in the caller's transaction). */
async function readInPages<T extends { id: string }>(store: { getAll(query?: IDBKeyRange | null, count?: number): Promise<T[]> }): Promise<T[]> {
  let page = await store.getAll(null, LIST_PAGE);
  const records = [...page];
  while (page.length === LIST_PAGE) {
    page = await store.getAll(IDBKeyRange.lowerBound(records.at(-1)!.id, true), LIST_PAGE);
    records.push(...page);
  }
  return records;
}

/** The key for an id or a URL; undefined for text that is neither. */
function keyFor(idOrUrl: string): string | undefined {
  try {
    return idFor(idOrUrl);
  } catch {
    return undefined;
  }
}

/** The page's IndexedDB; undefined where it is missing or refused (Firefox throws when site data is blocked). */
function pageIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

export class Library {
  private readonly connection: Connection;
  private readonly storage: OpenLibraryOptions['storage'];
  private readonly now: () => Date;

  /** Use `openLibrary()`. */
  constructor(options: OpenLibraryOptions = {}) {
    const factory = 'indexedDB' in options ? options.indexedDB : pageIndexedDB();
    this.connection = new Connection(() => openDatabase(factory, options.name ?? DB_NAME, DB_VERSION, options));
    registerConnection(this, this.connection);
    this.storage = 'storage' in options ? options.storage : globalThis.navigator?.storage;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens the database now (running migrations), so that open errors surface here. */
  async ready(): Promise<this> {
    await this.connection.database();
    return this;
  }

  /** The saved article with this id, or saved from this URL (the #fragment does not matter). */
  async get(idOrUrl: string): Promise<SavedArticle | undefined> {
    const key = keyFor(idOrUrl);
    if (key === undefined) return undefined;
    return this.connection.read('read', ['articles'], (tx) => tx.objectStore('articles').get(key));
  }

  /** Several saved articles by id, from one consistent read (undefined for ids not saved). */
  getMany(ids: readonly string[]): Promise<(SavedArticle | undefined)[]> {
    return this.connection.read('read', ['articles'], (tx) => requestAll(ids, (id) => tx.objectStore('articles').get(id)));
  }

  /** The saved copy of the page at this URL, if any (`savedAt` tells the user when it was saved). */
  findByUrl(url: string): Promise<SavedArticle | undefined> {
    return this.get(url);
  }

  /** Whether this page is saved: the UI asks the user before saving it again (which updates it). */
  async exists(url: string): Promise<boolean> {
    const key = keyFor(url);
    if (key === undefined) return false;
    const found = await this.connection.read('read', ['summaries'], (tx) => tx.objectStore('summaries').getKey(key));
    return found !== undefined;
  }

  /**
   * Saves the article: 'added' for a new page; 'updated' when the page was saved before (its content
   * is replaced, `savedAt` is kept). `pictures` are stored with it in the same transaction (pictures.ts).
   * Rejects with an 'invalid' LibraryError for an article that breaks the limits (records.ts), and
   * leaves the library as it was on any failure (a full disk while storing a picture included).
   */
  async save(article: Article, pictures?: readonly NewPicture[]): Promise<SaveResult> {
    return this.write(article, () => true, pictures) as Promise<SaveResult>;
  }

  /**
   * Compare and set: saves the article only if the library still holds what `expected` says (nothing,
   * or the copy with that `updatedAt`), checked and written in one transaction, so that two saves of
   * the same page at once cannot both think it new. Otherwise writes nothing and resolves with what
   * is saved now, for the UI to ask the user again.
   */
  saveUnlessChanged(article: Article, expected: SaveExpectation, pictures?: readonly NewPicture[]): Promise<SaveResult | SaveConflict> {
    return this.write(article, (current) => (current?.updatedAt ?? null) === expected, pictures);
  }

  private async write(article: Article, expectedHolds: (current: ArticleSummary | undefined) => boolean,
    pictures?: readonly NewPicture[]): Promise<SaveResult | SaveConflict> {
    let candidate: SavedArticle;
    try {
      candidate = toSavedArticle(article, this.now().toISOString());
    } catch {
      throw new LibraryError('invalid', 'This article cannot be saved: its address or content is incomplete.',
        { problem: { code: 'invalid-article', action: 'save', why: { problem: 'incomplete' } } });
    }
    const checked = checkArticle(candidate);
    if (!checked.ok) throw new LibraryError('invalid', `This article cannot be saved: ${checked.reason}.`, { problem: { code: 'invalid-article', action: 'save', why: checked.why } });
    const record = checked.record;
    return this.connection.write('save', [...WRITE_STORES], async (tx) => {
      const previous = await tx.objectStore('summaries').get(record.id);
      if (!expectedHolds(previous)) return { status: 'conflict', current: previous ?? null };
      // updatedAt names the copy a later save may replace: each write gets its own, even within a millisecond.
      const saved = previous ? { ...record, savedAt: previous.savedAt, updatedAt: after(previous.updatedAt, record.updatedAt) } : record;
      await putRecord(tx, saved, pictures);
      return { status: previous ? 'updated' : 'added', article: saved };
    });
  }

  /**
   * Every saved article's summary, newest first, with its reading state where it has one. Read in
   * pages (readInPages) from one transaction, so that no single task of the page decodes them all.
   */
  async list(): Promise<ArticleSummary[]> {
    const { summaries, reading } = await this.connection.read('read', ['summaries', 'reading'], async (tx) => ({
      summaries: await readInPages(tx.objectStore('summaries')),
      reading: await readInPages(tx.objectStore('reading')),
    }));
    const byId = new Map(reading.map((record) => [record.id, readingState(record)]));
    // Newest first; the same saved time by id, descending (the order of the by-savedAt index, reversed).
    summaries.sort((a, b) => (a.savedAt === b.savedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.savedAt < b.savedAt ? 1 : -1));
    return summaries.map((summary) => {
      const state = byId.get(summary.id);
      return state ? { ...summary, reading: state } : summary;
    });
  }

  /** Whether the article was read and where its reader left it (unread, at the start, when never opened). */
  async reading(id: string): Promise<ReadingState> {
    const record = await this.connection.read('read', ['reading'], (tx) => tx.objectStore('reading').get(id));
    return record ? readingState(record) : { readAt: null, position: 0 };
  }

  /** Marks a saved article read (now, unless it already was) or unread; its new state, or null when it is not saved. */
  markRead(id: string, read: boolean): Promise<ReadingState | null> {
    return this.updateReading(id, (state) => ({ ...state, readAt: read ? (state.readAt ?? this.now().toISOString()) : null }));
  }

  /** Keeps where the reader is in a saved article (0–1, see ReadingState); null when it is not saved. */
  savePosition(id: string, position: number): Promise<ReadingState | null> {
    if (!Number.isFinite(position)) throw new LibraryError('invalid', 'A reading position must be a number.');
    const clamped = Math.min(1, Math.max(0, position));
    return this.updateReading(id, (state) => ({ ...state, position: clamped }));
  }

  /** Every reading state, by article id (for backups). */
  allReading(): Promise<Map<string, ReadingState>> {
    return this.connection.read('export', ['reading'], async (tx) =>
      new Map((await tx.objectStore('reading').getAll()).map((record) => [record.id, readingState(record)])));
  }

  /** Reading records whose article is not saved (none, unless something is wrong). */
  orphanReading(): Promise<string[]> {
    return this.connection.read('read', ['articles', 'reading'], async (tx) => {
      const saved = new Set(await tx.objectStore('articles').getAllKeys());
      return (await tx.objectStore('reading').getAllKeys()).filter((id) => !saved.has(id));
    });
  }

  /** The reading state of a saved article changed in one transaction (nothing for a page not saved). */
  private updateReading(id: string, change: (state: ReadingState) => ReadingState): Promise<ReadingState | null> {
    return this.connection.write('save', ['summaries', 'reading'], async (tx) => {
      if ((await tx.objectStore('summaries').getKey(id)) === undefined) return null;
      const stored = await tx.objectStore('reading').get(id);
      const next = change(stored ? readingState(stored) : { readAt: null, position: 0 });
      await tx.objectStore('reading').put({ id, ...next });
      return next;
    });
  }

  /** Deletes a saved article; resolves with what was deleted (for `restore`, the undo), or undefined. */
  async delete(idOrUrl: string): Promise<SavedArticle | undefined> {
    const key = keyFor(idOrUrl);
    if (key === undefined) return undefined;
    return this.connection.write('delete', [...WRITE_STORES], async (tx) => {
      const record = await tx.objectStore('articles').get(key);
      if (!record) return undefined;
      const pictures = await tx.objectStore('pictures').getAll(picturesOfArticle(key));
      const reading = await tx.objectStore('reading').get(key);
      await tx.objectStore('articles').delete(key);
      await tx.objectStore('summaries').delete(key);
      await tx.objectStore('pictures').delete(picturesOfArticle(key));
      await tx.objectStore('reading').delete(key);
      if (reading) deletedReading.set(record, readingState(reading));
      await tx.objectStore('changes').add({ id: key });
      deletedPictures.set(record, pictures);
      return record;
    });
  }

  /**
   * Puts back an article `delete` returned (undo). Resolves false, changing nothing, when the page was
   * saved again in the meantime: the newer copy is kept.
   */
  async restore(record: SavedArticle): Promise<boolean> {
    const checked = checkArticle(record);
    if (!checked.ok) throw new LibraryError('invalid', `This article cannot be restored: ${checked.reason}.`, { problem: { code: 'invalid-article', action: 'restore', why: checked.why } });
    return this.connection.write('restore', [...WRITE_STORES], async (tx) => {
      if ((await tx.objectStore('articles').getKey(checked.record.id)) !== undefined) return false;
      await putRecord(tx, checked.record, deletedPictures.get(record));
      const reading = deletedReading.get(record);
      if (reading) await tx.objectStore('reading').put({ id: checked.record.id, ...reading });
      return true;
    });
  }

  /** The pictures saved with an article, in their order in the article. */
  async pictures(idOrUrl: string): Promise<PictureRecord[]> {
    const key = keyFor(idOrUrl);
    if (key === undefined) return [];
    const records = await this.connection.read('read', ['pictures'], (tx) => tx.objectStore('pictures').getAll(picturesOfArticle(key)));
    return records.sort((a, b) => a.order - b.order);
  }

  /** The first saved picture of an article (its lead picture, for the list), or undefined. */
  async leadPicture(id: string): Promise<PictureRecord | undefined> {
    const records = await this.connection.read('read', ['pictures'], (tx) => tx.objectStore('pictures').getAll(picturesOfArticle(id)));
    return records.filter((record) => record.blob).sort((a, b) => a.order - b.order)[0];
  }

  /**
   * Stores pictures fetched later for a saved article (older saves, missing pictures): only if the
   * article is still the copy that was read (`updatedAt`), else nothing is written and it resolves null.
   */
  async putPictures(id: string, updatedAt: string, pictures: readonly NewPicture[]): Promise<PictureStats | null> {
    return this.connection.write('save', ['articles', 'summaries', 'pictures'], async (tx) => {
      const record = await tx.objectStore('articles').get(id);
      if (!record || record.updatedAt !== updatedAt) return null;
      const stats = await syncPictures(tx, record, pictures);
      await tx.objectStore('summaries').put(withPictures(summaryOf(record), stats));
      return stats;
    });
  }

  /** Every stored picture, by article id, from one read (for backups; the Blobs are read later, when used). */
  allPictures(): Promise<Map<string, PictureRecord[]>> {
    return this.connection.read('export', ['pictures'], async (tx) => {
      const byArticle = new Map<string, PictureRecord[]>();
      for (const picture of await tx.objectStore('pictures').getAll()) {
        const list = byArticle.get(picture.articleId);
        if (list) list.push(picture);
        else byArticle.set(picture.articleId, [picture]);
      }
      return byArticle;
    });
  }

  /** Keys of stored pictures whose article is not saved (none, unless something is wrong). */
  orphanPictures(): Promise<[string, string][]> {
    return this.connection.read('read', ['articles', 'pictures'], async (tx) => {
      const [articleIds, pictureKeys] = await Promise.all([tx.objectStore('articles').getAllKeys(), tx.objectStore('pictures').getAllKeys()]);
      const saved = new Set(articleIds);
      return pictureKeys.filter(([articleId]) => !saved.has(articleId));
    });
  }

  /**
   * The `limit` most recently saved articles' summaries, newest first: the list's first screen, read
   * without reading every summary (at 100,000 articles the whole list takes a while longer).
   */
  newest(limit: number): Promise<ArticleSummary[]> {
    return this.connection.read('read', ['summaries', 'reading'], async (tx) => {
      const found: ArticleSummary[] = [];
      let cursor = await tx.objectStore('summaries').index('by-savedAt').openCursor(null, 'prev');
      while (cursor && found.length < limit) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
      const reading = await requestAll(found, (summary) => tx.objectStore('reading').get(summary.id));
      return found.map((summary, i) => {
        const state = reading[i];
        return state ? { ...summary, reading: readingState(state) } : summary;
      });
    });
  }

  /** How many articles are saved. */
  count(): Promise<number> {
    return this.connection.read('read', ['summaries'], (tx) => tx.objectStore('summaries').count());
  }

  /** Storage used and available, or null where the browser does not say. */
  async usage(): Promise<StorageUsage | null> {
    const estimate = await this.storage?.estimate?.().catch(() => undefined);
    if (estimate?.usage === undefined || estimate.quota === undefined) return null;
    return { usage: estimate.usage, quota: estimate.quota };
  }

  /**
   * Asks the browser to keep the library even when storage runs low (navigator.storage.persist).
   * Resolves with its answer: true when the data is persistent; false when the browser declined or
   * has no Storage API (then it may evict the library under storage pressure).
   */
  async requestPersistence(): Promise<boolean> {
    if (!this.storage?.persist) return false;
    try {
      return (await this.storage.persisted?.()) === true || (await this.storage.persist());
    } catch {
      return false;
    }
  }

  /**
   * Calls `visit` with every saved article, in id order, from one consistent read. `visit` must be
   * synchronous (the transaction ends at the first await on anything else). Resolves with the count.
   */
  forEachArticle(visit: (record: SavedArticle) => void): Promise<number> {
    return this.connection.read('export', ['articles'], async (tx) => {
      let visited = 0;
      for await (const cursor of tx.objectStore('articles')) {
        visit(cursor.value);
        visited++;
      }
      return visited;
    });
  }

  /**
   * Writes imported articles in one transaction (backup.ts `applyImport`). Each is checked again, and
   * written only if the library still holds what the plan saw; the others are skipped, not
   * overwritten. Resolves with the entries written and skipped. The writes go in chunks: `onProgress`
   * hears after each how many are written (in the transaction, not yet kept), and an aborted `signal`
   * stops before the next chunk, aborting the transaction: then nothing at all is written, and the
   * promise rejects with a 'cancelled' LibraryError.
   */
  async putImported(entries: readonly ImportEntry[], options: ImportOptions = {}): Promise<{ written: ImportEntry[]; skipped: ImportEntry[] }> {
    const checkedEntries = entries.map((entry) => {
      const checked = checkArticle(entry.record);
      if (!checked.ok) {
        throw new LibraryError('invalid', `An article in the backup cannot be imported: ${checked.reason}.`, { problem: { code: 'invalid-article', action: 'import', why: checked.why } });
      }
      return { record: checked.record, expectedUpdatedAt: entry.expectedUpdatedAt, pictures: entry.pictures, reading: entry.reading };
    });
    const stopIfCancelled = (): void => {
      if (options.signal?.aborted) throw new LibraryError('cancelled', 'The import was cancelled: nothing was imported.', { problem: { code: 'cancelled' } });
    };
    stopIfCancelled();
    return this.connection.write('import', [...WRITE_STORES], async (tx) => {
      const current = await requestAll(checkedEntries, (entry) => tx.objectStore('summaries').get(entry.record.id));
      const written: ImportEntry[] = [];
      const skipped: ImportEntry[] = [];
      checkedEntries.forEach((entry, i) => {
        const updatedAt = current[i]?.updatedAt ?? null;
        (updatedAt === entry.expectedUpdatedAt ? written : skipped).push(entry);
      });
      for (let start = 0; start < written.length; start += IMPORT_CHUNK) {
        stopIfCancelled();
        await Promise.all(written.slice(start, start + IMPORT_CHUNK).map(async (entry) => {
          await putRecord(tx, entry.record, entry.pictures);
          if (entry.reading) await tx.objectStore('reading').put({ id: entry.record.id, ...readingState(entry.reading) });
        }));
        options.onProgress?.(Math.min(start + IMPORT_CHUNK, written.length), written.length);
      }
      stopIfCancelled();
      return { written, skipped };
    });
  }

  /** Closes the connection; later calls reject with a 'closed' LibraryError. */
  close(): void {
    this.connection.close();
  }
}

/**
 * Opens the library (creating or migrating the database). Rejects with a LibraryError:
 * 'unavailable' (no IndexedDB here), 'newer-version', 'blocked' or 'upgrade-failed'.
 */
export function openLibrary(options: OpenLibraryOptions = {}): Promise<Library> {
  return new Library(options).ready();
}
