/**
 * Full-text search over the saved articles (title, byline, site name and body text) with MiniSearch
 * and the tokenizer of tokenize.ts: every script, accents and case ignored, prefix search on the last
 * word, all words required.
 *
 * How the index is built, measured with bench/library.ts (10,000 generated articles of 800–1,500
 * words in fifteen languages, Node 20, fake-indexeddb): indexing every article takes 35 s, while
 * loading the serialized index takes 3.3 s (writing it: 3.6 s); a query then takes 0.5 ms (median).
 * Building at each open is therefore out, and the index is persisted in IndexedDB (the `search`
 * store) with the change-log revision it includes. Saves and deletes, from any tab or the background,
 * only add an entry to the change log in their own transaction, so they stay cheap; a LibrarySearch
 * applies the entries written since its revision when it loads and on `refresh()`, and writes a new
 * snapshot (trimming the log up to it) once it is well behind. The snapshot is a cache: a missing or
 * damaged one is rebuilt from the articles.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { type Connection, connectionOf, requestAll } from './connection';
import { type LibraryFilters, matchesFilters } from './filters';
import { siteKey } from './records';
import type { SavedArticle, SearchSnapshot } from './schema';
import type { Library } from './store';
import { indexTerms, queryTerm, tokenize } from './tokenize';

/** Bump when the fields, the tokenizer or the term processing change: older snapshots are then rebuilt. */
const SEARCH_FORMAT = 1;

interface SearchDocument {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  text: string;
  code: string;
  bcp47: string;
  site: string;
}

const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'byline', 'siteName', 'text'],
  storeFields: ['code', 'bcp47', 'site'],
  tokenize: (text) => tokenize(text),
  processTerm: (word) => indexTerms(word),
  searchOptions: {
    processTerm: (word) => queryTerm(word),
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
    boost: { title: 3, byline: 1.5, siteName: 1.5 },
  },
};

function documentOf(record: SavedArticle): SearchDocument {
  return {
    id: record.id,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    text: record.text,
    code: record.language.code,
    bcp47: record.language.bcp47,
    site: siteKey(record.url),
  };
}

interface Loaded {
  index: MiniSearch<SearchDocument>;
  revision: number;
}

async function loadSnapshot(connection: Connection): Promise<Loaded | null> {
  const snapshot = await connection.read('search', ['search'], (tx) => tx.objectStore('search').get('snapshot'));
  if (typeof snapshot !== 'object' || snapshot.format !== SEARCH_FORMAT) return null;
  try {
    return { index: await MiniSearch.loadJSONAsync(snapshot.json, OPTIONS), revision: snapshot.revision };
  } catch {
    return null; // damaged: rebuilt from the articles
  }
}

/** Indexes every article, in one read that also gives the revision the index then includes. */
function buildIndex(connection: Connection): Promise<Loaded> {
  return connection.read('search', ['articles', 'changes', 'search'], async (tx) => {
    const last = await tx.objectStore('changes').openCursor(null, 'prev');
    const trimmed = await tx.objectStore('search').get('revision');
    const revision = Math.max(last?.key ?? 0, typeof trimmed === 'number' ? trimmed : 0);
    const index = new MiniSearch(OPTIONS);
    for await (const cursor of tx.objectStore('articles')) index.add(documentOf(cursor.value));
    return { index, revision };
  });
}

/** A snapshot is written once this many changes (at least) are not in it. */
const snapshotLag = (documents: number): number => Math.max(100, documents / 10);

export class LibrarySearch {
  private syncing: Promise<boolean> = Promise.resolve(false);
  private persisting: Promise<void> | null = null;
  private closed = false;

  private constructor(
    private readonly connection: Connection,
    private index: MiniSearch<SearchDocument>,
    /** The last change-log revision applied to the index. */
    private revision: number,
    /** The revision of the stored snapshot, null when there is none usable. */
    private snapshotRevision: number | null,
  ) {}

  /**
   * The search index of the library, up to date: loaded from its snapshot (or built, the first time)
   * plus the changes since. Rejects with a LibraryError when the database cannot be read.
   */
  static async load(library: Library): Promise<LibrarySearch> {
    const connection = connectionOf(library);
    const snapshot = await loadSnapshot(connection);
    const { index, revision } = snapshot ?? (await buildIndex(connection));
    const search = new LibrarySearch(connection, index, revision, snapshot ? snapshot.revision : null);
    await search.refresh();
    return search;
  }

  /** Number of articles in the index. */
  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Ids of the articles matching every word of the query (the last one as a prefix), best first,
   * within the filters. Nothing for an empty query. Call `refresh()` first to see changes made
   * since the index was loaded.
   */
  search(query: string, filters: LibraryFilters = {}): string[] {
    if (!query.trim()) return [];
    const filter = filters.language || filters.site
      ? (result: SearchResult) => matchesFilters(result as SearchResult & SearchDocument, filters)
      : undefined;
    return this.index.search(query, filter ? { filter } : {}).map((result) => result.id as string);
  }

  /**
   * Applies the saves and deletes made since the last refresh, in this page or elsewhere (other tabs,
   * the background). Resolves true when something changed. Cheap when nothing did.
   */
  refresh(): Promise<boolean> {
    this.syncing = this.syncing.catch(() => false).then(() => this.applyChanges());
    return this.syncing;
  }

  /** Waits for a snapshot being written, and writes no more. The index stays usable. */
  async close(): Promise<void> {
    this.closed = true;
    await this.persisting;
  }

  private async applyChanges(): Promise<boolean> {
    const since = this.revision;
    const read = await this.connection.read('search', ['search', 'changes', 'articles'], async (tx) => {
      const trimmed = await tx.objectStore('search').get('revision');
      // Another page wrote a newer snapshot and dropped the log entries this index has not seen.
      if (typeof trimmed === 'number' && trimmed > since) return null;
      const changes = await tx.objectStore('changes').getAll(IDBKeyRange.lowerBound(since, true));
      const ids = [...new Set(changes.map((change) => change.id))];
      const records = await requestAll(ids, (id) => tx.objectStore('articles').get(id));
      return { revision: changes.at(-1)?.revision ?? since, ids, records };
    });
    if (!read) return this.reload();
    read.ids.forEach((id, i) => {
      if (this.index.has(id)) this.index.discard(id);
      const record = read.records[i];
      if (record) this.index.add(documentOf(record));
    });
    this.revision = read.revision;
    if (this.snapshotRevision === null || this.revision - this.snapshotRevision > snapshotLag(this.index.documentCount)) {
      this.schedulePersist();
    }
    return read.ids.length > 0;
  }

  private async reload(): Promise<boolean> {
    const snapshot = await loadSnapshot(this.connection);
    const { index, revision } = snapshot ?? (await buildIndex(this.connection));
    this.index = index;
    this.revision = revision;
    this.snapshotRevision = snapshot ? revision : null;
    await this.applyChanges();
    return true;
  }

  /** Writes the snapshot after the current task, so that the search results show first. */
  private schedulePersist(): void {
    if (this.persisting || this.closed) return;
    this.persisting = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => this.persist())
      // The snapshot is a cache: when it cannot be written (storage full…) the next load applies more changes.
      .catch(() => undefined)
      .finally(() => {
        this.persisting = null;
      });
  }

  private async persist(): Promise<void> {
    const revision = this.revision;
    const snapshot: SearchSnapshot = { format: SEARCH_FORMAT, revision, json: JSON.stringify(this.index) };
    await this.connection.write('search', ['search', 'changes'], async (tx) => {
      const stored = await tx.objectStore('search').get('revision');
      if (typeof stored === 'number' && stored >= revision) return; // another page wrote a newer one
      await tx.objectStore('search').put(snapshot, 'snapshot');
      await tx.objectStore('search').put(revision, 'revision');
      await tx.objectStore('changes').delete(IDBKeyRange.upperBound(revision));
    });
    this.snapshotRevision = revision;
  }
}
