/**
 * The library's IndexedDB schema: stores and one migration per version (the records are in records.ts).
 *
 * Versions (each migration has its own test in test/library/migrations.test.ts):
 *   1. `articles`: whole saved articles, keyed by id (the URL without its #fragment).
 *   2. `summaries`: the list's fields of each article (no text, no HTML) with an index by saved date,
 *      so that listing 10,000 articles does not read 10,000 article bodies; backfilled from `articles`,
 *      with the derived `site` (host name without "www.") used by the site filter.
 *   3. `changes` (a log of the ids each write touched, keyed by an increasing revision) and `search`
 *      (the serialized search index and the revision it includes): see search.ts.
 *   4. `pictures`: the pictures saved with an article, as Blobs, keyed by [article id, picture URL]
 *      (pictures.ts); a picture that could not be fetched is kept as a record without a Blob.
 *   5. `reading`: whether an article was read and where the reader left it (ReadingRecord), keyed by
 *      article id; apart from the article so that scrolling never rewrites it or its `updatedAt` (what
 *      a save compares). No record: unread, at the start — every article saved before version 5.
 *      And each summary gets the `excerpt` the list shows, backfilled from its article's text.
 *
 * A migration runs inside the upgrade transaction; if it throws, the transaction is aborted and the
 * database stays at its old version with every record as it was.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { type ArticleSummary, excerptOf, type PictureRecord, type ReadingRecord, type SavedArticle, summaryOf } from './records';

export type { ArticleSummary, PictureRecord, PictureStats, ReadingRecord, ReadingState, SavedArticle } from './records';

export const DB_NAME = 'clean-news-reader';

/** One entry of the change log: the id of an article that was saved, deleted or restored. */
export interface ChangeRecord {
  id: string;
  /** The entry's key, set by IndexedDB when it is added: increases with every change. */
  revision?: number;
}

/** The serialized search index and the last change-log revision it includes. */
export interface SearchSnapshot {
  /** Bumped when the indexed fields or the tokenizer change: older snapshots are rebuilt. */
  format: number;
  revision: number;
  json: string;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle };
  summaries: { key: string; value: ArticleSummary; indexes: { 'by-savedAt': string } };
  changes: { key: number; value: ChangeRecord };
  /** Two records: 'snapshot' (SearchSnapshot) and 'revision' (the snapshot's revision alone, cheap to read). */
  search: { key: string; value: SearchSnapshot | number };
  pictures: { key: [string, string]; value: PictureRecord };
  reading: { key: string; value: ReadingRecord };
}

export type LibraryDatabase = IDBPDatabase<LibrarySchema>;
export type UpgradeTransaction = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** MIGRATIONS[n] brings a database from version n to version n + 1. */
const MIGRATIONS: readonly ((tx: UpgradeTransaction) => Promise<void>)[] = [
  async (tx) => {
    tx.db.createObjectStore('articles', { keyPath: 'id' });
  },
  async (tx) => {
    const summaries = tx.db.createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('by-savedAt', 'savedAt');
    for await (const cursor of tx.objectStore('articles')) await summaries.put(summaryOf(cursor.value));
  },
  async (tx) => {
    tx.db.createObjectStore('changes', { keyPath: 'revision', autoIncrement: true });
    tx.db.createObjectStore('search');
  },
  async (tx) => {
    tx.db.createObjectStore('pictures', { keyPath: ['articleId', 'url'] });
  },
  async (tx) => {
    tx.db.createObjectStore('reading', { keyPath: 'id' });
    const articles = tx.objectStore('articles');
    for await (const cursor of tx.objectStore('summaries')) {
      const record = await articles.get(cursor.primaryKey);
      if (record) await cursor.update({ ...cursor.value, excerpt: excerptOf(record.text) });
    }
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migrations from `oldVersion` up to `newVersion`, in order. */
export async function migrate(tx: UpgradeTransaction, oldVersion: number, newVersion: number): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`No migration from version ${version}`);
    await migration(tx);
  }
}
