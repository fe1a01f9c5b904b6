/**
 * Errors in the interface's language. The library (lib/library) has no UI and runs where the
 * extension's i18n does not (its search worker, Node): its errors carry what went wrong as data
 * (`LibraryError.problem`, `Why`), and their English message is for the console and the tests. This
 * module says the same to the user, in the messages of public/_locales. Tab errors (lib/tab-actions.ts)
 * are written in the interface's language already.
 */
import { type Action, LibraryError, type Problem } from './library/errors';
import type { Why } from './library/records';
import { formatBytes, formatDateTime, formatList, type MessageKey, plural, t } from './i18n';

const ACTIONS: Record<Action, MessageKey> = {
  open: 'libraryActionOpen',
  read: 'libraryActionRead',
  save: 'libraryActionSave',
  delete: 'libraryActionDelete',
  restore: 'libraryActionRestore',
  import: 'libraryActionImport',
  export: 'libraryActionExport',
  search: 'libraryActionSearch',
};

/** Writes that failed change nothing (one transaction each): the message says so. */
const WRITES = new Set<Action>(['save', 'delete', 'restore', 'import']);

const REFUSED: Record<'save' | 'restore' | 'import', MessageKey> = {
  save: 'articleCannotSave',
  restore: 'articleCannotRestore',
  import: 'articleCannotImport',
};

const sentences = (...parts: (string | false)[]): string => parts.filter(Boolean).join(' ');

/** What a library problem means to the user, in the interface's language. */
export function problemText(problem: Problem): string {
  switch (problem.code) {
    case 'quota':
      return sentences(t('libraryQuota'), WRITES.has(problem.action) && t('nothingChanged'), t('libraryQuotaAdvice'));
    case 'newer-version':
      return sentences(t('libraryNewerVersion'), WRITES.has(problem.action) && t('nothingChanged'), t('reloadToContinue'));
    case 'connection-lost':
      return sentences(t('libraryConnectionLost', t(ACTIONS[problem.action])), WRITES.has(problem.action) && t('nothingChanged'), t('libraryConnectionLostAdvice'));
    case 'failed':
      return sentences(t('libraryFailed', t(ACTIONS[problem.action])), WRITES.has(problem.action) && t('nothingChanged'));
    case 'unavailable': return t('libraryUnavailable');
    case 'blocked': return t('libraryBlocked');
    case 'upgrade-failed': return t('libraryUpgradeFailed');
    case 'closed': return sentences(t('libraryClosed'), t('reloadToContinue'));
    case 'cancelled': return t('importCancelled');
    case 'invalid-article': return t(REFUSED[problem.action], whyText(problem.why));
    case 'backup-too-large': return sentences(t('backupTooLarge', formatBytes(problem.size), formatBytes(problem.max)), t('nothingImported'));
    case 'backup-damaged': return sentences(t('backupDamaged'), t('nothingImported'));
    case 'backup-not-ours': return sentences(t('backupNotOurs'), t('nothingImported'));
    case 'backup-newer': return sentences(t('backupNewer', problem.version), t('nothingImported'));
    case 'backup-unknown-version': return sentences(t('backupUnknownVersion'), t('nothingImported'));
    case 'backup-unknown-field': return sentences(t('backupUnknownField', problem.field), t('nothingImported'));
    case 'backup-no-date': return sentences(t('backupNoDate'), t('nothingImported'));
    case 'backup-no-list': return sentences(t('backupNoList'), t('nothingImported'));
  }
}

/** A field of an article or a backup entry, by its name in the file ("title", "removed #2 category"); the article as a whole in words. */
function field(name: string): string {
  return name === 'the article' ? t('fieldArticle') : t('fieldName', name);
}

const WHY_MESSAGES = {
  'not-object': 'whyNotObject',
  'not-text': 'whyNotText',
  'not-whole-number': 'whyNotWholeNumber',
  'not-date': 'whyNotDate',
  'not-list': 'whyNotList',
  'not-web-address': 'whyNotWebAddress',
  'not-http-address': 'whyNotHttpAddress',
  'not-language-code': 'whyNotLanguageCode',
  'not-between-0-and-1': 'whyNotBetween0And1',
  'not-picture-fields': 'whyNotPictureFields',
  'not-article-picture': 'whyNotArticlePicture',
  'picture-size': 'whyPictureSize',
  'picture-empty': 'whyPictureEmpty',
  'picture-both': 'whyPictureBoth',
  'not-base64': 'whyNotBase64',
  'not-picture-format': 'whyNotPictureFormat',
} as const satisfies Record<string, MessageKey>;

/** Why an article is refused (saving, restoring, importing), in the interface's language. */
export function whyText(why: Why): string {
  switch (why.problem) {
    case 'unknown-field': return t('whyUnknownField', field(why.field), why.name);
    case 'missing-field': return t('whyMissingField', field(why.field), why.name);
    case 'too-long': return t('whyTooLong', field(why.field), why.max);
    case 'too-many': return t('whyTooMany', field(why.field), why.max);
    case 'not-one-of':
      return t('whyNotOneOf', field(why.field), formatList(why.allowed.map((value) => t('fieldName', value)), 'disjunction'));
    case 'id-mismatch': return t('whyIdMismatch');
    case 'too-large': return t('whyTooLarge', formatBytes(why.bytes));
    case 'in-future': return t('whyInFuture', field(why.field), formatDateTime(new Date(why.date)));
    case 'updated-before-saved': return t('whyUpdatedBeforeSaved', formatDateTime(new Date(why.updatedAt)), formatDateTime(new Date(why.savedAt)));
    case 'reading-invalid': return t('whyReadingInvalid');
    case 'incomplete': return t('whyIncomplete');
    case 'duplicate': return plural('whyDuplicate', why.times);
    case 'pictures-too-large': return t('whyPicturesTooLarge');
    default: return t(WHY_MESSAGES[why.problem], field(why.field));
  }
}

/**
 * Any error a user is shown: a library problem in the interface's language; a tab error as it is
 * (written in that language); anything else, unforeseen, with the browser's own words in brackets.
 */
export function errorText(error: unknown): string {
  if (error instanceof LibraryError && error.problem) return problemText(error.problem);
  if (error instanceof Error && error.name === 'TabError') return error.message;
  return t('errorUnexpected', error instanceof Error ? error.message : String(error));
}
