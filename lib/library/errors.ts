/**
 * The one error type the library's functions reject with: a kind the UI can branch on, the problem as
 * data for the UI to say in the interface's language (lib/error-text.ts; the library runs where the
 * extension's i18n does not: its worker, Node), and the same in English as the message, for the
 * console and the tests. The original error stays in `cause`.
 */
import type { Why } from './records';


export type LibraryErrorKind =
  /** IndexedDB is missing or refused (private browsing, a browser setting). */
  | 'unavailable'
  /** The database was upgraded by a newer version of the extension (in another tab, say). */
  | 'newer-version'
  /** Opening waited too long for another tab that keeps an old connection open. */
  | 'blocked'
  /** A schema migration failed; the database was left at its old version. */
  | 'upgrade-failed'
  /** The browser refused to store more data. */
  | 'quota'
  /** The library was closed, or the browser closed the connection. */
  | 'closed'
  /** An article that breaks the limits or the schema (see records.ts). */
  | 'invalid'
  /** A backup file that cannot be imported (too large, damaged, not a backup, wrong version). */
  | 'invalid-backup'
  /** The user cancelled an import before it was written: nothing changed. */
  | 'cancelled'
  | 'unknown';

/** What the failed operation was doing, for the message; writes also say that nothing changed. */
export type Action = 'open' | 'read' | 'save' | 'delete' | 'restore' | 'import' | 'export' | 'search';

/** What went wrong, as the user is told it. */
export type Problem =
  | { code: 'quota' | 'newer-version' | 'connection-lost' | 'failed'; action: Action }
  | { code: 'unavailable' | 'blocked' | 'upgrade-failed' | 'closed' | 'cancelled' }
  | { code: 'invalid-article'; action: 'save' | 'restore' | 'import'; why: Why }
  | { code: 'backup-too-large'; size: number; max: number }
  | { code: 'backup-newer'; version: number }
  | { code: 'backup-unknown-field'; field: string }
  | { code: 'backup-damaged' | 'backup-not-ours' | 'backup-unknown-version' | 'backup-no-date' | 'backup-no-list' };

export class LibraryError extends Error {
  /** Absent only for a misuse of the library by the code itself (not something a user can cause). */
  readonly problem?: Problem;
  constructor(readonly kind: LibraryErrorKind, message: string, options?: { cause?: unknown; problem?: Problem }) {
    super(message, options);
    this.name = 'LibraryError';
    if (options?.problem) this.problem = options.problem;
  }
}

const WRITES = new Set<Action>(['save', 'delete', 'restore', 'import']);

const DOING: Record<Action, string> = {
  open: 'opening your saved articles',
  read: 'reading your saved articles',
  save: 'saving the article',
  delete: 'deleting the article',
  restore: 'restoring the article',
  import: 'importing the backup',
  export: 'exporting your saved articles',
  search: 'searching your saved articles',
};

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

/** Turns whatever IndexedDB threw into a LibraryError (LibraryErrors pass through unchanged). */
export function toLibraryError(error: unknown, action: Action): LibraryError {
  if (error instanceof LibraryError) return error;
  const unchanged = WRITES.has(action) ? ' Nothing was changed.' : '';
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return new LibraryError('quota',
        `There is no room left in the browser's storage.${unchanged} Delete or export some saved articles, then try again.`,
        { cause: error, problem: { code: 'quota', action } });
    case 'VersionError':
      return new LibraryError('newer-version',
        `Your library was updated by a newer version of Clean News Reader.${unchanged} Reload this page to continue.`,
        { cause: error, problem: { code: 'newer-version', action } });
    case 'InvalidStateError':
    case 'TransactionInactiveError':
    case 'AbortError':
      // Chrome and Firefox report a connection the browser closed (or a transaction it aborted) like this.
      return new LibraryError('closed',
        `The connection to your library was lost while ${DOING[action]}.${unchanged} Try again; if it keeps failing, reload this page.`,
        { cause: error, problem: { code: 'connection-lost', action } });
    case 'SecurityError':
      return unavailable(error);
    default:
      return new LibraryError('unknown', `Something went wrong while ${DOING[action]}.${unchanged}`, { cause: error, problem: { code: 'failed', action } });
  }
}

export function unavailable(cause?: unknown): LibraryError {
  return new LibraryError('unavailable',
    'Saved articles cannot be stored: this browser does not allow local storage here (private browsing or a browser setting).',
    { cause, problem: { code: 'unavailable' } });
}
