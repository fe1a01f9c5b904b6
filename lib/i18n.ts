/**
 * The interface's language: every string the user reads comes from `public/_locales/<lang>/messages.json`
 * through the extension's i18n (`browser.i18n.getMessage`, which picks the browser's UI language and
 * falls back to English, the manifest's default_locale). Plurals follow CLDR through Intl.PluralRules
 * (Romanian one/few/other, Arabic zero/one/two/few/many/other, Italian one/many/other): a plural
 * message is one key per category, `<key>_<category>`. Numbers and dates go through Intl in the
 * locale of the messages in use (each messages.json names its own `locale` and `dir`), so an
 * English interface never shows French dates and an Arabic one is right to left throughout.
 *
 * test/i18n.test.ts checks that every locale has exactly the keys the code uses, with the plural
 * categories its language has and the same placeholders as English.
 */
import { browser } from '#imports';
import type enMessages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
/** Keys of plural messages, without their `_<category>` suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
type Substitution = string | number;

/**
 * getMessage without WXT's generated key types: those list English's keys, and a plural form another
 * language has (`_few`, `_many`) is not among them. `MessageKey` types what the code asks for.
 */
const getMessage = (key: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions);

/** The locale of the messages in use ('en', 'ro', 'el', 'ar', 'it'). */
export function uiLocale(): string {
  return getMessage('locale') || 'en';
}

/** The interface's direction, from the messages in use. */
export function uiDir(): 'ltr' | 'rtl' {
  return getMessage('dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** A message named by data (such as a category's), or `fallback` when the messages have no such key. */
export function messageOr(key: string, fallback: string): string {
  return getMessage(key) || fallback;
}

/** A message with its substitutions ($1…$9); numbers are formatted in the interface's locale. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const text = getMessage(key, substitutions.map(formatSubstitution));
  return text || key;
}

/**
 * A plural message for `count`: `<key>_<category>` where the category is what Intl.PluralRules says
 * for the interface's locale. `$1` is the count, formatted; further substitutions are `$2`…
 */
export function plural(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const category = cached('plural', uiLocale(), undefined, (locale) => new Intl.PluralRules(locale)).select(count);
  const args = [formatNumber(count), ...substitutions.map(formatSubstitution)];
  return getMessage(`${key}_${category}`, args) || getMessage(`${key}_other`, args) || key;
}

/**
 * Intl's formatters, one per kind, locale and options: making one takes far longer than using it
 * (a list of 40 rows with a date, a count and a language name each spent tens of milliseconds on it).
 */
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object | undefined, make: (locale: string) => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) formatters.set(key, (formatter = make(locale)));
  return formatter;
}

/** Items joined as the interface's language joins a list ("a, b and c"; `disjunction`: "a, b or c"). */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'unit'): string {
  return cached('list', uiLocale(), { type }, (locale) => new Intl.ListFormat(locale, { type })).format(items);
}

/** The day of a date as the article header shows it (the page's own calendar day: in UTC). */
export const ARTICLE_DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

/**
 * Makes the formatters an article's header and removed list use (making one loads its locale data):
 * the popup does it while the page is read, so drawing the article does not wait for them.
 */
export function prepareArticleFormatters(): void {
  plural('readingMinutes', 1);
  languageName('en');
  formatDate(new Date(0), ARTICLE_DAY);
  formatList(['a', 'b']);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return cached('number', uiLocale(), options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** Bytes for people, in the interface's locale: "0 kB", "12 kB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return formatNumber(bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });
  }
  return formatNumber(bytes / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}

export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return cached('date', uiLocale(), options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatDateTime(date: Date): string {
  return formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A language's name in the interface's language ("greacă" for el in Romanian), or null when Intl does not know it. */
export function languageName(bcp47: string): string | null {
  try {
    const names = cached('language', uiLocale(), undefined, (locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
    const name = names.of(bcp47);
    return name ?? null;
  } catch {
    return null;
  }
}

function formatSubstitution(value: Substitution): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** Puts an extension page in the interface's language and direction (`<html lang dir>`), before it renders. */
export function applyUiLanguage(doc: Document, title = t('extName')): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDir();
  doc.title = title;
}
