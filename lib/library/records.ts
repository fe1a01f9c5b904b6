/**
 * Saved-article records: ids, summaries, a canonical field order, and the one validation that every
 * record passes before it is written (a save from the UI or an article from a backup file), so that
 * whatever can be saved can also be exported and imported back.
 */
import { hostOf } from '@/core/dom';
import type { LanguageInfo } from '@/core/language';
import { categoryIds } from '@/core/categories';
import type { Article, Removal, RemovalPlace } from '@/core/types';

/** An article as the library keeps it: the article the popup showed, plus where and when. */
export interface SavedArticle extends Article {
  /** The URL without its #fragment (normalised by the URL parser): one saved copy per page. */
  id: string;
  /** ISO 8601, when it was first saved. */
  savedAt: string;
  /** ISO 8601, when it was last saved (equal to savedAt until it is saved again). */
  updatedAt: string;
}

/** What the library list shows of an article: no text, no HTML. */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Host name without "www.": the key of the site filter. */
  site: string;
  language: LanguageInfo;
  publishedTime: string | null;
  wordCount: number;
  readingMinutes: number;
  savedAt: string;
  updatedAt: string;
  /** The start of the article's text for the list (excerptOf), whitespace collapsed. */
  excerpt: string;
  /** The article's saved pictures (absent: none saved or missing). */
  pictures?: PictureStats;
  /** Added by `Library.list()` from the reading store; absent: never opened (unread, at the start). */
  reading?: ReadingState;
}

/** Whether an article was read, and where its reader left it. */
export interface ReadingState {
  /** When it was marked read (opened, or marked by hand); null: unread. */
  readAt: string | null;
  /** How far into the article the reader was: the share of the article above the window's top, 0–1. */
  position: number;
}

/** A record of the `reading` store (schema v5). */
export interface ReadingRecord extends ReadingState {
  id: string;
}

/** A reading state as stored and exported, or null for anything else (backups are checked with it). */
export function checkReading(value: unknown): ReadingState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { readAt, position, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (readAt !== null && (typeof readAt !== 'string' || !ISO_DATE.test(readAt) || Number.isNaN(Date.parse(readAt)))) return null;
  if (typeof position !== 'number' || !Number.isFinite(position) || position < 0 || position > 1) return null;
  return { readAt, position };
}

/** What the pictures saved with an article take. */
export interface PictureStats {
  saved: number;
  missing: number;
  /** Bytes of the saved pictures. */
  bytes: number;
}

/** A picture of a saved article: the picture itself, or why it is missing. */
export interface PictureRecord {
  articleId: string;
  /** The picture's address as the article's HTML holds it (its src). */
  url: string;
  /** Its place among the article's pictures, from 0 (the first is the lead picture). */
  order: number;
  /** null when it could not be fetched; `missing` says why. */
  blob: Blob | null;
  /** Width and height of the stored picture in pixels (0 when unknown). */
  width: number;
  height: number;
  missing: string | null;
}

/** Limits on what one saved article may hold, in characters (UTF-16 units) unless said otherwise. */
export const LIMITS = {
  url: 8_192,
  title: 2_000,
  byline: 1_000,
  siteName: 500,
  publishedTime: 200,
  declaredLanguages: 32,
  declaredLanguage: 100,
  text: 4_000_000,
  html: 8_000_000,
  removed: 2_000,
  ruleName: 200,
  removedText: 200_000,
  removedHtml: 500_000,
  placeText: 200,
  notes: 100,
  note: 2_000,
  languageField: 200,
  /** The whole record as UTF-8 JSON: keeps every article well inside one backup file (backup.ts). */
  recordBytes: 16 * 1024 * 1024,
} as const;

/** The id of a page: its URL as the URL parser normalises it, without the #fragment. */
export function idFor(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** The site filter's key: host name without "www.", or '' for a URL that is not http(s) (records from an old, buggy version). */
export function siteKey(url: string): string {
  return hostOf(url) ?? '';
}

const canonicalLanguage = (language: LanguageInfo): LanguageInfo => ({
  code: language.code,
  bcp47: language.bcp47,
  name: language.name,
  nativeName: language.nativeName,
  dir: language.dir,
  confidence: language.confidence,
  source: language.source,
});

const canonicalRemoval = (removal: Removal): Removal => ({
  rule: removal.rule,
  category: removal.category,
  text: removal.text,
  html: removal.html,
  stage: removal.stage,
  ...(removal.place && { place: 'after' in removal.place ? { after: removal.place.after } : { before: removal.place.before } }),
});

/**
 * The record with its fields in one fixed order and nothing else: two records with the same content
 * serialize to the same bytes, whichever way they were built.
 */
export function canonical(record: SavedArticle): SavedArticle {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    publishedTime: record.publishedTime,
    declaredLanguages: [...record.declaredLanguages],
    language: canonicalLanguage(record.language),
    text: record.text,
    html: record.html,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    removed: record.removed.map(canonicalRemoval),
    notes: [...record.notes],
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * The record for an article saved at `now` (throws for a URL that does not parse). Over-long metadata
 * (a page can make its byline or site name anything) is shortened rather than refused: the user asked
 * to keep the article, and these lines are only labels.
 */
export function toSavedArticle(article: Article, now: string): SavedArticle {
  return canonical({
    ...article,
    title: clipLabel(article.title, LIMITS.title),
    byline: article.byline === null ? null : clipLabel(article.byline, LIMITS.byline),
    siteName: article.siteName === null ? null : clipLabel(article.siteName, LIMITS.siteName),
    id: idFor(article.url),
    savedAt: now,
    updatedAt: now,
  });
}

/** At most `max` UTF-16 units, cut at a code point boundary, with an ellipsis when cut. */
export function clipLabel(text: string, max: number): string {
  if (typeof text !== 'string' || text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--; // never split a surrogate pair
  return `${text.slice(0, end)}…`;
}

export function summaryOf(record: SavedArticle): ArticleSummary {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    site: siteKey(record.url),
    language: canonicalLanguage(record.language),
    publishedTime: record.publishedTime,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    excerpt: excerptOf(record.text),
  };
}

/** Characters (UTF-16 units) of text the list shows under an article's title, at most. */
export const EXCERPT_LENGTH = 240;

/** The start of an article's text, whitespace collapsed, cut at a space (or a code point, for text without spaces) with an ellipsis. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const space = flat.lastIndexOf(' ', EXCERPT_LENGTH - 1);
  return space > EXCERPT_LENGTH / 2 ? `${flat.slice(0, space)}…` : clipLabel(flat, EXCERPT_LENGTH);
}

/** UTF-8 length of a string without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Validation: nothing from outside is trusted, field by field.

/**
 * Why an article (or a backup entry) is refused, as data: `field` names the field as the file does
 * ("title", "removed #2 category", "picture #1"; "the article" for the whole). The interface says it
 * in its language (lib/error-text.ts); `reasonOf` says it in English, for the console and the tests.
 */
export type Why =
  | { problem: 'not-object' | 'not-text' | 'not-whole-number' | 'not-date' | 'not-list' | 'not-web-address' | 'not-http-address'
      | 'not-language-code' | 'not-between-0-and-1' | 'not-picture-fields' | 'not-article-picture' | 'picture-size' | 'picture-empty'
      | 'picture-both' | 'not-base64' | 'not-picture-format'; field: string }
  | { problem: 'unknown-field' | 'missing-field'; field: string; name: string }
  | { problem: 'too-long' | 'too-many'; field: string; max: number }
  | { problem: 'not-one-of'; field: string; allowed: readonly string[] }
  | { problem: 'in-future'; field: 'savedAt' | 'updatedAt'; date: string }
  | { problem: 'updated-before-saved'; savedAt: string; updatedAt: string }
  | { problem: 'too-large'; bytes: number }
  | { problem: 'duplicate'; times: number }
  | { problem: 'id-mismatch' | 'reading-invalid' | 'incomplete' | 'pictures-too-large' };

/** Why an article is refused, in English. */
export function reasonOf(why: Why): string {
  switch (why.problem) {
    case 'not-object': return `${why.field} is not an object`;
    case 'not-text': return `${why.field} is not text`;
    case 'not-whole-number': return `${why.field} is not a whole number`;
    case 'not-date': return `${why.field} is not a date`;
    case 'not-list': return `${why.field} is not a list`;
    case 'not-web-address': return `${why.field} is not a web address`;
    case 'not-http-address': return `${why.field} is not an http or https address`;
    case 'not-language-code': return `${why.field} is not a language code`;
    case 'not-between-0-and-1': return `${why.field} is not between 0 and 1`;
    case 'not-picture-fields': return `${why.field} does not have the fields of a picture`;
    case 'not-article-picture': return `${why.field} is not a picture of the article`;
    case 'picture-size': return `${why.field} has a size or place that is not a whole number`;
    case 'picture-empty': return `${why.field} has neither data nor a reason it is missing`;
    case 'picture-both': return `${why.field} has data and a reason it is missing`;
    case 'not-base64': return `${why.field} has data that is not base64`;
    case 'not-picture-format': return `${why.field} is not a picture format the library keeps`;
    case 'unknown-field': return `${why.field} has an unknown field "${why.name}"`;
    case 'missing-field': return `${why.field} has no "${why.name}"`;
    case 'too-long': return `${why.field} is longer than ${why.max.toLocaleString('en')} characters`;
    case 'too-many': return `${why.field} has more than ${why.max} entries`;
    case 'not-one-of': return `${why.field} is not one of ${why.allowed.join(', ')}`;
    case 'in-future': return `${why.field} (${why.date}) is more than a day in the future`;
    case 'updated-before-saved': return `updatedAt (${why.updatedAt}) is before savedAt (${why.savedAt})`;
    case 'too-large': return `the article is larger than ${why.bytes / 1024 / 1024} MB`;
    case 'duplicate': return `the same page appears ${why.times} times in the file`;
    case 'id-mismatch': return 'id does not match the url';
    case 'reading-invalid': return 'its reading state is not valid';
    case 'incomplete': return 'its address or content is incomplete';
    case 'pictures-too-large': return 'the pictures are larger than the limit for one article';
  }
}

export type Checked = { ok: true; record: SavedArticle } | { ok: false; reason: string; why: Why };

/** How far ahead of this device's clock an imported date may be: clocks of two devices differ, by less than a day. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Dates an imported article cannot truly have, or null: saved or updated more than a day after `now`
 * (a date in the year 9999 would keep it at the top of the list forever), or updated before it was
 * saved. Saves made here cannot produce either (store.ts keeps updatedAt after savedAt).
 */
export function datesProblem(record: SavedArticle, now: Date): Why | null {
  const latest = now.getTime() + CLOCK_SKEW_MS;
  if (Date.parse(record.savedAt) > latest) return { problem: 'in-future', field: 'savedAt', date: record.savedAt };
  if (Date.parse(record.updatedAt) > latest) return { problem: 'in-future', field: 'updatedAt', date: record.updatedAt };
  if (record.updatedAt < record.savedAt) return { problem: 'updated-before-saved', savedAt: record.savedAt, updatedAt: record.updatedAt };
  return null;
}

/** Thrown inside the checks below and turned into `{ ok: false, reason, why }`. */
class Invalid extends Error {
  constructor(readonly why: Why) {
    super(reasonOf(why));
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const LANGUAGE_CODE = /^[a-z]{2,8}$/;
const BCP47 = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const SOURCES: readonly LanguageInfo['source'][] = ['text', 'declared', 'text+declared', 'none'];

function object(value: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new Invalid({ problem: 'not-object', field: what });
  }
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) throw new Invalid({ problem: 'unknown-field', field: what, name: unknown.slice(0, 40) });
  const missing = keys.find((key) => !Object.prototype.hasOwnProperty.call(value, key));
  if (missing !== undefined) throw new Invalid({ problem: 'missing-field', field: what, name: missing });
  return value as Record<string, unknown>;
}

function string(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw new Invalid({ problem: 'not-text', field: what });
  if (value.length > max) throw new Invalid({ problem: 'too-long', field: what, max });
  return value;
}

const nullableString = (value: unknown, what: string, max: number): string | null =>
  value === null ? null : string(value, what, max);

function oneOf<T extends string>(value: unknown, what: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new Invalid({ problem: 'not-one-of', field: what, allowed });
  return value as T;
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Invalid({ problem: 'not-whole-number', field: what });
  return value;
}

function date(value: unknown, what: string): string {
  const text = string(value, what, 24);
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text)) || new Date(text).toISOString() !== text) {
    throw new Invalid({ problem: 'not-date', field: what });
  }
  return text;
}

function list<T>(value: unknown, what: string, max: number, item: (value: unknown, what: string) => T): T[] {
  if (!Array.isArray(value)) throw new Invalid({ problem: 'not-list', field: what });
  if (value.length > max) throw new Invalid({ problem: 'too-many', field: what, max });
  return value.map((entry, i) => item(entry, `${what} #${i + 1}`));
}

function webUrl(value: unknown): string {
  const url = string(value, 'url', LIMITS.url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Invalid({ problem: 'not-web-address', field: 'url' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Invalid({ problem: 'not-http-address', field: 'url' });
  return url;
}

function language(value: unknown): LanguageInfo {
  const fields = object(value, 'language', ['code', 'bcp47', 'name', 'nativeName', 'dir', 'confidence', 'source']);
  const code = string(fields.code, 'language code', 8);
  const bcp47 = string(fields.bcp47, 'language tag', 64);
  if (!LANGUAGE_CODE.test(code) || !BCP47.test(bcp47)) throw new Invalid({ problem: 'not-language-code', field: 'language' });
  const { confidence } = fields;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) throw new Invalid({ problem: 'not-between-0-and-1', field: 'language confidence' });
  return {
    code,
    bcp47,
    name: string(fields.name, 'language name', LIMITS.languageField),
    nativeName: string(fields.nativeName, 'language native name', LIMITS.languageField),
    dir: oneOf(fields.dir, 'language direction', ['ltr', 'rtl'] as const),
    confidence,
    source: oneOf(fields.source, 'language source', SOURCES),
  };
}

const REMOVAL_FIELDS = ['rule', 'category', 'text', 'html', 'stage'] as const;

function removal(value: unknown, what: string): Removal {
  // The place is optional: removals saved before it was recorded, and blocks that had none, lack it.
  const hasPlace = typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'place');
  const fields = object(value, what, hasPlace ? [...REMOVAL_FIELDS, 'place'] : REMOVAL_FIELDS);
  return {
    rule: string(fields.rule, `${what} rule`, LIMITS.ruleName),
    category: oneOf(fields.category, `${what} category`, categoryIds()),
    text: string(fields.text, `${what} text`, LIMITS.removedText),
    html: string(fields.html, `${what} html`, LIMITS.removedHtml),
    stage: oneOf(fields.stage, `${what} stage`, ['page', 'article'] as const),
    ...(hasPlace && { place: removalPlace(fields.place, `${what} place`) }),
  };
}

function removalPlace(value: unknown, what: string): RemovalPlace {
  const side = typeof value === 'object' && value !== null && 'after' in value ? 'after' : 'before';
  const fields = object(value, what, [side]);
  const text = string(fields[side], what, LIMITS.placeText);
  return side === 'after' ? { after: text } : { before: text };
}

const FIELDS = [
  'id', 'url', 'title', 'byline', 'siteName', 'publishedTime', 'declaredLanguages', 'language', 'text', 'html',
  'wordCount', 'readingMinutes', 'removed', 'notes', 'savedAt', 'updatedAt',
] as const satisfies readonly (keyof SavedArticle)[];

/**
 * Checks a value field by field (types, http(s) URL, id matching the URL, lengths, dates, no unknown
 * fields) and returns a fresh canonical record built from the checked values only.
 */
export function checkArticle(value: unknown): Checked {
  try {
    const fields = object(value, 'the article', FIELDS);
    const url = webUrl(fields.url);
    const id = string(fields.id, 'id', LIMITS.url);
    if (id !== idFor(url)) throw new Invalid({ problem: 'id-mismatch' });
    const record: SavedArticle = {
      id,
      url,
      title: string(fields.title, 'title', LIMITS.title),
      byline: nullableString(fields.byline, 'byline', LIMITS.byline),
      siteName: nullableString(fields.siteName, 'siteName', LIMITS.siteName),
      publishedTime: nullableString(fields.publishedTime, 'publishedTime', LIMITS.publishedTime),
      declaredLanguages: list(fields.declaredLanguages, 'declaredLanguages', LIMITS.declaredLanguages,
        (entry, what) => string(entry, what, LIMITS.declaredLanguage)),
      language: language(fields.language),
      text: string(fields.text, 'text', LIMITS.text),
      html: string(fields.html, 'html', LIMITS.html),
      wordCount: count(fields.wordCount, 'wordCount'),
      readingMinutes: count(fields.readingMinutes, 'readingMinutes'),
      removed: list(fields.removed, 'removed', LIMITS.removed, removal),
      notes: list(fields.notes, 'notes', LIMITS.notes, (entry, what) => string(entry, what, LIMITS.note)),
      savedAt: date(fields.savedAt, 'savedAt'),
      updatedAt: date(fields.updatedAt, 'updatedAt'),
    };
    if (utf8Length(JSON.stringify(record)) > LIMITS.recordBytes) {
      throw new Invalid({ problem: 'too-large', bytes: LIMITS.recordBytes });
    }
    return { ok: true, record };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message, why: error.why };
    throw error;
  }
}
