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

/** How far loading has come: a stored index being read, or articles indexed one by one. */
export type SearchProgress = { phase: 'loading' } | { phase: 'indexing'; done: number; total: number };

/** Progress is reported every this many articles indexed. */
const PROGRESS_STEP = 250;

/** Indexes every article, in one read that also gives the revision the index then includes. */
function buildIndex(connection: Connection, onProgress: (progress: SearchProgress) => void): Promise<Loaded> {
  return connection.read('search', ['articles', 'changes', 'search'], async (tx) => {
    const last = await tx.objectStore('changes').openCursor(null, 'prev');
    const trimmed = await tx.objectStore('search').get('revision');
    const revision = Math.max(last?.key ?? 0, typeof trimmed === 'number' ? trimmed : 0);
    const total = await tx.objectStore('articles').count();
    const index = new MiniSearch(OPTIONS);
    onProgress({ phase: 'indexing', done: 0, total });
    for await (const cursor of tx.objectStore('articles')) {
      index.add(documentOf(cursor.value));
      if (index.documentCount % PROGRESS_STEP === 0) onProgress({ phase: 'indexing', done: index.documentCount, total });
    }
    return { index, revision };
  });
}

export interface LoadOptions {
  onProgress?: (progress: SearchProgress) => void;
  /**
   * How long after it is due the snapshot is written (default: after the current task). Writing it
   * serializes the whole index in one go (seconds at 10,000 articles), during which a worker answers
   * no query: the library page's worker waits, so that the first searches are not held up.
   */
  persistDelayMs?: number;
}

/** A snapshot is written once this many changes (at least) are not in it. */
const snapshotLag = (documents: number): number => Math.max(100, documents / 10);

export class LibrarySearch {
  private syncing: Promise<boolean> = Promise.resolve(false);
  private persisting: Promise<void> | null = null;
  /** Starts a snapshot write that is waiting for its delay. */
  private persistNow: (() => void) | null = null;
  private closed = false;

  private constructor(
    private readonly connection: Connection,
    private index: MiniSearch<SearchDocument>,
    /** The last change-log revision applied to the index. */
    private revision: number,
    /** The revision of the stored snapshot, null when there is none usable. */
    private snapshotRevision: number | null,
    private readonly persistDelayMs: number,
  ) {}

  /**
   * The search index of the library, up to date: loaded from its snapshot (or built, the first time)
   * plus the changes since. Rejects with a LibraryError when the database cannot be read. Building
   * takes seconds for a large library: the library page does it in a worker (search-worker.ts).
   */
  static async load(library: Library, options: LoadOptions = {}): Promise<LibrarySearch> {
    const onProgress = options.onProgress ?? (() => undefined);
    const connection = connectionOf(library);
    onProgress({ phase: 'loading' });
    const snapshot = await loadSnapshot(connection);
    const { index, revision } = snapshot ?? (await buildIndex(connection, onProgress));
    const search = new LibrarySearch(connection, index, revision, snapshot ? snapshot.revision : null, options.persistDelayMs ?? 0);
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

  /** Writes a snapshot that is due now and waits for it, and writes no more. The index stays usable. */
  async close(): Promise<void> {
    this.closed = true;
    this.persistNow?.();
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
    const { index, revision } = snapshot ?? (await buildIndex(this.connection, () => undefined));
    this.index = index;
    this.revision = revision;
    this.snapshotRevision = snapshot ? revision : null;
    await this.applyChanges();
    return true;
  }

  /** Writes the snapshot after the current task (or the delay), so that the search results show first. */
  private schedulePersist(): void {
    if (this.persisting || this.closed) return;
    this.persisting = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.persistDelayMs);
      this.persistNow = () => {
        clearTimeout(timer);
        resolve();
      };
    })
      .then(() => this.persist())
      // The snapshot is a cache: when it cannot be written (storage full…) the next load applies more changes.
      .catch(() => undefined)
      .finally(() => {
        this.persisting = null;
        this.persistNow = null;
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
