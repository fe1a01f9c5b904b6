/**
 * The library's errors in the interface's language (lib/error-text.ts): every problem the library can
 * report and every reason it refuses an article has a message in each of the five languages, with no
 * English word left in the translated ones; and the errors the library really throws carry their
 * problem (a backup file's, a storage failure's, a refused save's), so the UI never falls back to the
 * English message.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { errorText, problemText, whyText } from '../lib/error-text';
import { readBackup } from '../lib/library/backup';
import { LibraryError, type Problem, toLibraryError, unavailable } from '../lib/library/errors';
import { checkArticle, type Why } from '../lib/library/records';
import { englishIn } from './english-left';
import { useLocale } from './locales';
import { article, freshLibrary } from './library/helpers';

const WHY: Record<Why['problem'], Why> = {
  'not-object': { problem: 'not-object', field: 'the article' },
  'not-text': { problem: 'not-text', field: 'byline' },
  'not-whole-number': { problem: 'not-whole-number', field: 'wordCount' },
  'not-date': { problem: 'not-date', field: 'savedAt' },
  'not-list': { problem: 'not-list', field: 'removed' },
  'not-web-address': { problem: 'not-web-address', field: 'url' },
  'not-http-address': { problem: 'not-http-address', field: 'url' },
  'not-language-code': { problem: 'not-language-code', field: 'language' },
  'not-between-0-and-1': { problem: 'not-between-0-and-1', field: 'language confidence' },
  'not-picture-fields': { problem: 'not-picture-fields', field: 'picture #1' },
  'not-article-picture': { problem: 'not-article-picture', field: 'picture #1' },
  'picture-size': { problem: 'picture-size', field: 'picture #1' },
  'picture-empty': { problem: 'picture-empty', field: 'picture #1' },
  'picture-both': { problem: 'picture-both', field: 'picture #1' },
  'not-base64': { problem: 'not-base64', field: 'picture #1' },
  'not-picture-format': { problem: 'not-picture-format', field: 'picture #1' },
  'unknown-field': { problem: 'unknown-field', field: 'the article', name: 'extra' },
  'missing-field': { problem: 'missing-field', field: 'the article', name: 'html' },
  'too-long': { problem: 'too-long', field: 'title', max: 2000 },
  'too-many': { problem: 'too-many', field: 'removed', max: 500 },
  'not-one-of': { problem: 'not-one-of', field: 'removed #1 category', allowed: ['comments', 'horoscope', 'promo', 'chrome'] },
  'in-future': { problem: 'in-future', field: 'savedAt', date: '9999-12-31T23:59:59.999Z' },
  'updated-before-saved': { problem: 'updated-before-saved', savedAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-04-30T23:59:59.999Z' },
  'too-large': { problem: 'too-large', bytes: 16 * 1024 * 1024 },
  duplicate: { problem: 'duplicate', times: 3 },
  'id-mismatch': { problem: 'id-mismatch' },
  'reading-invalid': { problem: 'reading-invalid' },
  incomplete: { problem: 'incomplete' },
  'pictures-too-large': { problem: 'pictures-too-large' },
};

const PROBLEMS: Record<Problem['code'], Problem[]> = {
  quota: [{ code: 'quota', action: 'save' }, { code: 'quota', action: 'export' }],
  'newer-version': [{ code: 'newer-version', action: 'open' }],
  'connection-lost': (['open', 'read', 'save', 'delete', 'restore', 'import', 'export', 'search'] as const).map((action) => ({ code: 'connection-lost', action })),
  failed: [{ code: 'failed', action: 'delete' }],
  unavailable: [{ code: 'unavailable' }],
  blocked: [{ code: 'blocked' }],
  'upgrade-failed': [{ code: 'upgrade-failed' }],
  closed: [{ code: 'closed' }],
  cancelled: [{ code: 'cancelled' }],
  'invalid-article': Object.values(WHY).flatMap((why) => (['save', 'restore', 'import'] as const).map((action) => ({ code: 'invalid-article' as const, action, why }))),
  'backup-too-large': [{ code: 'backup-too-large', size: 73 * 1024 * 1024, max: 50 * 1024 * 1024 }],
  'backup-newer': [{ code: 'backup-newer', version: 9 }],
  'backup-unknown-field': [{ code: 'backup-unknown-field', field: 'extra' }],
  'backup-damaged': [{ code: 'backup-damaged' }],
  'backup-not-ours': [{ code: 'backup-not-ours' }],
  'backup-unknown-version': [{ code: 'backup-unknown-version' }],
  'backup-no-date': [{ code: 'backup-no-date' }],
  'backup-no-list': [{ code: 'backup-no-list' }],
};

/** The message without the fields it names in quotes (a file's own field names: "title", "removed #1 category"). */
const withoutFieldNames = (text: string): string => text.replace(/[“„«][^”»]*[”»]/g, '');
/** A message key shown instead of a message (t() falls back to the key). */
const KEY = /\b[a-z]+[A-Z][A-Za-z]+\b/;

describe('library errors in the interface’s language', () => {
  for (const locale of ['en', 'ro', 'el', 'ar', 'it']) {
    it(`${locale}: every problem and every refusal has its message${locale === 'en' ? '' : ', with no English word left'}`, () => {
      useLocale(locale);
      const texts = [...Object.values(PROBLEMS).flat().map(problemText), ...Object.values(WHY).map(whyText)];
      for (const text of texts) {
        expect(text.trim(), text).not.toBe('');
        expect(withoutFieldNames(text), text).not.toMatch(KEY);
        if (locale !== 'en') expect(englishIn(withoutFieldNames(text), locale), text).toEqual([]);
      }
    });
  }

  it('says which action failed, and that nothing changed only for writes', () => {
    useLocale('en');
    expect(problemText({ code: 'connection-lost', action: 'delete' }))
      .toBe('Deleting the article: the connection to your library was lost. Nothing was changed. Try again; if it keeps failing, reload this page.');
    expect(problemText({ code: 'quota', action: 'export' })).toBe('There is no room left in the browser’s storage. Delete or export some saved articles, then try again.');
    useLocale('ro');
    expect(whyText(WHY['too-long'])).toBe('„title” este prea lung (maximum 2.000 caractere)');
    expect(problemText({ code: 'backup-too-large', size: 73 * 1024 * 1024, max: 50 * 1024 * 1024 }))
      .toBe('Acest fișier este prea mare pentru a fi o copie de rezervă: 73 MB, iar copiile de rezervă au cel mult 50 MB. Nu s-a importat nimic.');
  });

  it('the library’s real errors carry their problem: a bad backup file, a storage failure, a refused save', async () => {
    const bad = ['{"format": "clean-news-reader-backup"', '{"format": "other"}', '{"format": "clean-news-reader-backup", "version": 99}',
      '{"format": "clean-news-reader-backup", "version": 3, "exportedAt": "2026-01-01T00:00:00.000Z", "articles": [], "extra": 1}'];
    const errors: unknown[] = await Promise.all(bad.map((text) => readBackup(new Blob([text])).catch((error: unknown) => error)));
    errors.push(toLibraryError(new DOMException('full', 'QuotaExceededError'), 'save'), toLibraryError(new DOMException('gone', 'InvalidStateError'), 'read'),
      toLibraryError(new TypeError('odd'), 'import'), unavailable());
    const { library } = await freshLibrary();
    errors.push(await library.save(article({ url: 'ftp://files.example/a' })).catch((error: unknown) => error));
    library.close();
    errors.push(await library.list().catch((error: unknown) => error));

    expect(errors.map((error) => (error instanceof LibraryError ? error.problem?.code : error))).toEqual([
      'backup-damaged', 'backup-not-ours', 'backup-newer', 'backup-unknown-field', 'quota', 'connection-lost', 'failed', 'unavailable', 'invalid-article', 'closed',
    ]);
    useLocale('it');
    for (const error of errors) expect(englishIn(withoutFieldNames(errorText(error)), 'it'), errorText(error)).toEqual([]);
    expect(errorText(errors[8])).toMatch(/^Questo articolo non può essere salvato: \S/);
  });

  it('a refusal’s reason is the same in English and as data', () => {
    const refused = checkArticle({ ...article(), extra: 1 });
    expect(refused).toMatchObject({ ok: false, reason: 'the article has an unknown field "extra"', why: { problem: 'unknown-field', field: 'the article', name: 'extra' } });
  });

  it('anything else is said to be unexpected, with the browser’s words', () => {
    useLocale('ro');
    expect(errorText(new TypeError('x is undefined'))).toBe('Ceva nu a mers bine (x is undefined).');
  });
});
