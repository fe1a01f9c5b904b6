/**
 * The library's IndexedDB connection: opening with migrations, giving way to another tab's upgrade,
 * reopening after the browser (or a failed write) closed it, and the transaction helpers that turn
 * every failure into a LibraryError. A failed write transaction is aborted as a whole, so a write
 * either happens completely or not at all.
 */
import { type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { type Action, LibraryError, toLibraryError, unavailable } from './errors';
import { type LibraryDatabase, type LibrarySchema, migrate, type UpgradeTransaction } from './schema';

export interface ConnectionOptions {
  /** Default: the page's `indexedDB`. Tests pass a fresh fake-indexeddb factory. */
  indexedDB?: IDBFactory;
  /** Default: 'clean-news-reader'. */
  name?: string;
  /** Called when opening has to wait for another tab that still has the library open at an older version. */
  onBlocked?: () => void;
  /** How long to wait for that tab before giving up with a 'blocked' LibraryError (default 10 s). */
  blockedTimeoutMs?: number;
}

const noop = (): void => undefined;

/** Opens (creating or upgrading) the database at `version`. */
export function openDatabase(factory: IDBFactory | undefined, name: string, version: number, options: ConnectionOptions = {}): Promise<LibraryDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      if (!factory) throw new Error('indexedDB is not available');
      request = factory.open(name, version);
    } catch (error) {
      reject(unavailable(error));
      return;
    }
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let migrationError: unknown;

    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      tx.done.catch(noop); // an abort is reported through the open request below
      migrate(tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
        migrationError = error;
        try {
          tx.abort();
        } catch {
          // already finished
        }
      });
    });
    request.addEventListener('blocked', () => {
      options.onBlocked?.();
      timer ??= setTimeout(() => {
        settled = true;
        reject(new LibraryError('blocked',
          'Another tab still has your library open with an older version of Clean News Reader. Close or reload the other Clean News Reader tabs, then try again.',
          { problem: { code: 'blocked' } }));
      }, options.blockedTimeoutMs ?? 10_000);
    });
    request.addEventListener('success', () => {
      clearTimeout(timer);
      const db = wrap(request.result) as LibraryDatabase;
      if (settled) db.close(); // it opened after we gave up waiting
      else resolve(db);
      settled = true;
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      const error = request.error;
      if (migrationError !== undefined) {
        reject(new LibraryError('upgrade-failed',
          'Your saved articles could not be upgraded for this version of Clean News Reader. They were left as they were; please report this problem.',
          { cause: migrationError, problem: { code: 'upgrade-failed' } }));
      } else if (error?.name === 'VersionError') {
        reject(toLibraryError(error, 'open'));
      } else {
        reject(unavailable(error));
      }
    });
  });
}

type Stores = StoreNames<LibrarySchema>[];

/**
 * One lazily opened connection. It closes itself when another tab asks to upgrade or delete the
 * database (`versionchange`), so that tab is not blocked, and reopens on the next call: a newer
 * schema then fails with a 'newer-version' error instead of this page reading a changed database.
 */
export class Connection {
  private current: Promise<LibraryDatabase> | null = null;
  private closed = false;

  constructor(private readonly open: () => Promise<LibraryDatabase>) {}

  /** The open database, opening it if needed. */
  database(): Promise<LibraryDatabase> {
    if (this.closed) return Promise.reject(new LibraryError('closed', 'The library was closed. Reload this page to continue.', { problem: { code: 'closed' } }));
    if (!this.current) {
      const opening = this.open().then((db) => {
        // Closed at once, inside the event: the other tab's request is blocked if it is still open afterwards.
        db.addEventListener('versionchange', () => {
          db.close();
          this.forget(opening);
        });
        db.addEventListener('close', () => this.forget(opening)); // the browser closed it (storage cleared…)
        return db;
      });
      opening.catch(() => this.forget(opening));
      this.current = opening;
    }
    return this.current;
  }

  /** Closes the connection for good: later calls reject with a 'closed' LibraryError. */
  close(): void {
    this.closed = true;
    if (this.current) this.drop(this.current);
  }

  /** Forgets the connection (closing it); the next call opens a new one. */
  private drop(which: Promise<LibraryDatabase>): void {
    this.forget(which);
    which.then((db) => db.close(), noop);
  }

  private forget(which: Promise<LibraryDatabase>): void {
    if (this.current === which) this.current = null;
  }

  /** A transaction on the current connection; if that was closed under us, on a new one (once). */
  private async transaction<Mode extends IDBTransactionMode>(stores: Stores, mode: Mode): Promise<IDBPTransaction<LibrarySchema, Stores, Mode>> {
    for (let attempt = 0; ; attempt++) {
      const opening = this.database();
      const db = await opening;
      try {
        return db.transaction(stores, mode);
      } catch (error) {
        if (attempt > 0 || (error as Error).name !== 'InvalidStateError') throw error;
        this.drop(opening);
      }
    }
  }

  /** Runs `body` in a read-only transaction. `body` may only await requests of that transaction. */
  async read<T>(action: Action, stores: Stores, body: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    try {
      const tx = await this.transaction(stores, 'readonly');
      tx.done.catch(noop); // a read aborted by a closing connection fails through its request instead
      return await body(tx);
    } catch (error) {
      throw toLibraryError(error, action);
    }
  }

  /**
   * Runs `body` in one read-write transaction and resolves once it is committed. On any failure the
   * transaction is aborted (nothing of it is kept) and the promise rejects with a LibraryError; the
   * connection is then reopened for the next call (Firefox can leave it read-only after a quota error).
   */
  async write<T>(action: Action, stores: Stores, body: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    let tx: WriteTransaction;
    try {
      tx = await this.transaction(stores, 'readwrite');
    } catch (error) {
      throw toLibraryError(error, action);
    }
    const done = tx.done;
    done.catch(noop); // awaited below; this only keeps an early failure from being reported as unhandled
    try {
      const result = await body(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already aborted by the browser
      }
      await done.catch(noop);
      // The transaction's own error (QuotaExceededError…) says more than a request's AbortError.
      const failure = toLibraryError(error instanceof LibraryError ? error : (tx.error ?? error), action);
      if (failure.kind !== 'invalid' && failure.kind !== 'cancelled' && this.current) this.drop(this.current);
      throw failure;
    }
  }
}

/**
 * One request per item, all in flight at once. If making a request throws part-way (the transaction
 * was aborted), the requests already made are still awaited, so that none rejects unobserved.
 */
export async function requestAll<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  try {
    for (const item of items) pending.push(request(item));
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  return Promise.all(pending);
}

type ReadTransaction = IDBPTransaction<LibrarySchema, Stores, 'readonly'>;
export type WriteTransaction = IDBPTransaction<LibrarySchema, Stores, 'readwrite'>;

// The Library's connection, for search.ts, without making it part of the Library's public API.
const connections = new WeakMap<object, Connection>();

export function registerConnection(owner: object, connection: Connection): void {
  connections.set(owner, connection);
}

export function connectionOf(owner: object): Connection {
  const connection = connections.get(owner);
  if (!connection) throw new Error('Not a library opened with openLibrary()');
  return connection;
}
