/**
 * Backups: every saved article with its full content in JSON files, and importing them back.
 *
 * File format (version 3):
 *   {"format":"clean-news-reader-backup","version":3,"exportedAt":"<ISO date>","articles":[
 *   <one SavedArticle per line, fields in the canonical order of records.ts, plus "pictures" (a list of
 *   backup-pictures.ts BackupPicture, the picture's bytes in base64) for an article with saved pictures,
 *   plus "reading" ({"readAt": ISO date or null, "position": 0–1}) for an article opened or marked>
 *   ]}
 * Version 2 files (no reading state) and version 1 files (no pictures either) are imported as before:
 * their articles come in unread.
 * A file is at most MAX_BACKUP_BYTES: a larger library is exported as several files ("part 2 of 3"),
 * each a complete backup of some of the articles, so that whatever is exported can be imported back.
 *
 * Importing never trusts the file: it is refused by its size before it is read, then parsed, then
 * checked field by field (records.ts `checkArticle`). Articles that fail are listed with the reason
 * and left out. Nothing is written until the caller applies the plan, in one transaction; an article
 * already saved with different content is replaced only when the caller says so. HTML is stored as
 * the data it is: every place that renders it sanitizes it again (SanitizedHtml, export-article.ts).
 */
import { checkBackupPictures, toBackupPictures } from './backup-pictures';
import { LibraryError, type Problem } from './errors';
import type { NewPicture } from './pictures';
import { canonical, checkArticle, checkReading, datesProblem, reasonOf, summaryOf, type Why } from './records';
import type { ArticleSummary, ReadingState, SavedArticle } from './schema';
import type { ImportEntry, ImportOptions, Library } from './store';

export const BACKUP_FORMAT = 'clean-news-reader-backup';
export const BACKUP_VERSION = 3;
/** The largest file imported, and exported (larger libraries are split). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface BackupFile {
  /** A file name to offer: clean-news-reader-backup-2026-11-22.json (…-part-1-of-2.json when split). */
  name: string;
  blob: Blob;
  /** Number of articles in this file. */
  articles: number;
}

const header = (exportedAt: string): string =>
  `{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":"${exportedAt}","articles":[\n`;
const SEPARATOR = ',\n';
type Bytes = ReturnType<TextEncoder['encode']>;
const FOOTER = '\n]}\n';

/**
 * Exports every saved article with its pictures, as one backup file or, for a library larger than
 * MAX_BACKUP_BYTES, several (an article and its pictures always in the same file). The articles are one
 * consistent read, their pictures another. `now` (exportedAt) and `maxBytes` are for tests.
 */
export async function exportBackup(library: Library, options: { now?: Date; maxBytes?: number } = {}): Promise<BackupFile[]> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const maxBytes = Math.min(options.maxBytes ?? MAX_BACKUP_BYTES, MAX_BACKUP_BYTES);
  const encoder = new TextEncoder();
  const start = encoder.encode(header(exportedAt));
  const separator = encoder.encode(SEPARATOR);
  const end = encoder.encode(FOOTER);
  const files: Bytes[][] = [];
  let current: Bytes[] = [];
  let size = 0;
  let articles: number[] = [];

  const records: SavedArticle[] = [];
  await library.forEachArticle((record) => records.push(record));
  const pictures = await library.allPictures();
  const reading = await library.allReading();
  for (const record of records) {
    const saved = pictures.get(record.id);
    const state = reading.get(record.id);
    const line = {
      ...canonical(record),
      ...(saved && { pictures: await toBackupPictures(saved) }),
      ...(state && { reading: state }),
    };
    const bytes = encoder.encode(JSON.stringify(line));
    // Records are at most LIMITS.recordBytes (16 MB), so one always fits in an empty file of MAX_BACKUP_BYTES.
    if (current.length > 0 && size + separator.length + bytes.length + end.length > maxBytes) {
      files.push(current);
      current = [];
    }
    if (current.length === 0) {
      current.push(start);
      size = start.length;
      articles.push(0);
    } else {
      current.push(separator);
      size += separator.length;
    }
    current.push(bytes);
    size += bytes.length;
    articles[articles.length - 1]!++;
  }
  if (current.length === 0) {
    current.push(start);
    articles = [0];
  }
  files.push(current);

  const date = exportedAt.slice(0, 10);
  return files.map((parts, i) => ({
    name: files.length === 1
      ? `clean-news-reader-backup-${date}.json`
      : `clean-news-reader-backup-${date}-part-${i + 1}-of-${files.length}.json`,
    blob: new Blob([...parts, end], { type: 'application/json' }),
    articles: articles[i] ?? 0,
  }));
}

// ---------------------------------------------------------------------------------------------
// Import

/** A backup file read and checked: the articles that passed, and the others with the reason. */
export interface Backup {
  exportedAt: string;
  articles: SavedArticle[];
  /** The pictures of the articles that have some, by article id. */
  pictures: Map<string, NewPicture[]>;
  /** The reading state of the articles that have one, by article id. */
  reading: Map<string, ReadingState>;
  rejected: Rejected[];
}

export interface Rejected {
  /** Position in the file's article list, from 0. */
  index: number;
  /** The article's title (or address) when the file gives one, to name it in the plan. */
  name?: string;
  /** Why, in English (the interface says `why` in its language: lib/error-text.ts). */
  reason: string;
  why: Why;
}

function invalidBackup(problem: Problem, message: string, cause?: unknown): LibraryError {
  return new LibraryError('invalid-backup', `${message} Nothing was imported.`, { cause, problem });
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Reads a backup file (a File from an <input type=file>, or any Blob). Rejects with an
 * 'invalid-backup' LibraryError, before reading anything, for a file over MAX_BACKUP_BYTES; then for
 * a file that is not complete JSON, not a Clean News Reader backup, or of another format version.
 * Articles whose dates cannot be true at `now` (records.ts `datesProblem`) are rejected one by one.
 */
export async function readBackup(file: Blob, options: { now?: Date } = {}): Promise<Backup> {
  if (file.size > MAX_BACKUP_BYTES) {
    throw invalidBackup({ code: 'backup-too-large', size: file.size, max: MAX_BACKUP_BYTES },
      `This file is too large to be a backup: ${megabytes(file.size)}, and backups are at most ${megabytes(MAX_BACKUP_BYTES)}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (error) {
    throw invalidBackup({ code: 'backup-damaged' }, 'This file is damaged or incomplete: it is not a complete backup (its JSON cannot be read).', error);
  }
  return checkBackup(data, options.now ?? new Date());
}

const ENVELOPE = ['format', 'version', 'exportedAt', 'articles'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The article's title, else its address, if the file gives it as text: to name a rejected entry. */
function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, url } = value as { title?: unknown; url?: unknown };
  const name = typeof title === 'string' && title.trim() ? title : typeof url === 'string' ? url : undefined;
  return name === undefined ? undefined : name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

function checkBackup(data: unknown, now: Date): Backup {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw invalidBackup({ code: 'backup-not-ours' }, 'This file is not a Clean News Reader backup.');
  }
  const envelope = data as Record<string, unknown>;
  const { version, exportedAt, articles } = envelope;
  if (version !== BACKUP_VERSION && version !== 1 && version !== 2) {
    throw typeof version === 'number' && version > BACKUP_VERSION
      ? invalidBackup({ code: 'backup-newer', version },
        `This backup was made by a newer version of Clean News Reader (backup format ${version}). Update the extension, then import it again.`)
      : invalidBackup({ code: 'backup-unknown-version' }, 'This backup has an unknown format version.');
  }
  const unknown = Object.keys(envelope).find((key) => !ENVELOPE.includes(key));
  if (unknown !== undefined) throw invalidBackup({ code: 'backup-unknown-field', field: unknown.slice(0, 40) }, `This backup has an unknown field "${unknown.slice(0, 40)}".`);
  if (typeof exportedAt !== 'string' || !ISO_DATE.test(exportedAt) || Number.isNaN(Date.parse(exportedAt))) {
    throw invalidBackup({ code: 'backup-no-date' }, 'This backup has no valid export date.');
  }
  if (!Array.isArray(articles)) throw invalidBackup({ code: 'backup-no-list' }, 'This backup has no list of articles.');

  const rejected: Rejected[] = [];
  const checked: { index: number; record: SavedArticle; pictures?: NewPicture[]; reading?: ReadingState }[] = [];
  const reject = (index: number, why: Why): void => {
    const name = nameOf(articles[index]);
    const reason = reasonOf(why);
    rejected.push(name === undefined ? { index, reason, why } : { index, name, reason, why });
  };
  articles.forEach((value: unknown, index) => {
    const { article, pictures, reading } = extras(value, version);
    const result = checkArticle(article);
    if (!result.ok) {
      reject(index, result.why);
      return;
    }
    const problem = datesProblem(result.record, now);
    if (problem !== null) {
      reject(index, problem);
      return;
    }
    const state = reading === undefined ? undefined : checkReading(reading);
    if (state === null) {
      reject(index, { problem: 'reading-invalid' });
      return;
    }
    if (pictures === undefined) {
      checked.push({ index, record: result.record, reading: state });
      return;
    }
    const picturesChecked = checkBackupPictures(pictures, result.record.html);
    if (picturesChecked.ok) checked.push({ index, record: result.record, pictures: picturesChecked.pictures, reading: state });
    else reject(index, picturesChecked.why);
  });

  // The same page twice: which copy is right cannot be told, so neither is imported.
  const occurrences = new Map<string, number>();
  for (const { record } of checked) occurrences.set(record.id, (occurrences.get(record.id) ?? 0) + 1);
  const accepted: SavedArticle[] = [];
  const acceptedPictures = new Map<string, NewPicture[]>();
  const acceptedReading = new Map<string, ReadingState>();
  for (const { index, record, pictures, reading } of checked) {
    const times = occurrences.get(record.id) ?? 0;
    if (times > 1) {
      reject(index, { problem: 'duplicate', times });
      continue;
    }
    accepted.push(record);
    if (pictures && pictures.length > 0) acceptedPictures.set(record.id, pictures);
    if (reading) acceptedReading.set(record.id, reading);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { exportedAt, articles: accepted, pictures: acceptedPictures, reading: acceptedReading, rejected };
}

/**
 * An entry split into the article and what its format version adds to it: the pictures (version 2 on)
 * and the reading state (version 3); undefined where the entry has none. A field its version does not
 * have stays with the article, whose check rejects it as unknown.
 */
function extras(value: unknown, version: number): { article: unknown; pictures: unknown; reading: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || version === 1) {
    return { article: value, pictures: undefined, reading: undefined };
  }
  if (version === 2) {
    const { pictures, ...article } = value as Record<string, unknown>;
    return { article, pictures, reading: undefined };
  }
  const { pictures, reading, ...article } = value as Record<string, unknown>;
  return { article, pictures, reading };
}

/** What importing a backup would do. Nothing is written until `applyImport`. */
export interface ImportPlan {
  exportedAt: string;
  /** Pages not in the library. */
  add: SavedArticle[];
  /** Pages saved with different content: replaced only with `overwrite`. */
  update: { article: SavedArticle; current: ArticleSummary }[];
  /** Pages saved with exactly this content (and at least as many saved pictures). */
  unchanged: number;
  /** The pictures that come with the articles to add or update, by article id. */
  pictures: Map<string, NewPicture[]>;
  /** The reading state that comes with them, by article id. */
  reading: Map<string, ReadingState>;
  rejected: Rejected[];
}

const sameContent = (a: SavedArticle, b: SavedArticle): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Compares a checked backup with the library (one consistent read). */
export async function planImport(library: Library, backup: Backup): Promise<ImportPlan> {
  const saved = await library.getMany(backup.articles.map((article) => article.id));
  const plan: ImportPlan = {
    exportedAt: backup.exportedAt, add: [], update: [], unchanged: 0, pictures: backup.pictures, reading: backup.reading, rejected: backup.rejected,
  };
  const summaries = backup.pictures.size > 0 ? new Map((await library.list()).map((s) => [s.id, s])) : new Map<string, ArticleSummary>();
  backup.articles.forEach((article, i) => {
    const current = saved[i];
    const pictures = backup.pictures.get(article.id)?.filter((p) => p.blob).length ?? 0;
    if (!current) plan.add.push(article);
    else if (sameContent(current, article) && (summaries.get(article.id)?.pictures?.saved ?? 0) >= pictures) plan.unchanged++;
    else plan.update.push({ article, current: summaries.get(article.id) ?? summaryOf(current) });
  });
  return plan;
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Articles saved or changed in the library since the plan was made: left as they are now. */
  skipped: number;
}

/**
 * Applies a plan in one transaction: adds the new pages and, only when `overwrite` is true, replaces
 * the saved copies that differ. Rejects with a LibraryError, changing nothing, if the write fails or
 * is cancelled (`signal`, see store.ts `putImported`, which also reports progress).
 */
export async function applyImport(library: Library, plan: ImportPlan, options: { overwrite?: boolean } & ImportOptions = {}): Promise<ImportResult> {
  const entries: ImportEntry[] = plan.add.map((record) =>
    ({ record, expectedUpdatedAt: null, pictures: plan.pictures.get(record.id), reading: plan.reading.get(record.id) }));
  if (options.overwrite === true) {
    for (const { article, current } of plan.update) {
      entries.push({ record: article, expectedUpdatedAt: current.updatedAt, pictures: plan.pictures.get(article.id), reading: plan.reading.get(article.id) });
    }
  }
  if (entries.length === 0) return { added: 0, updated: 0, skipped: 0 };
  const { written, skipped } = await library.putImported(entries, { onProgress: options.onProgress, signal: options.signal });
  const added = written.filter((entry) => entry.expectedUpdatedAt === null).length;
  return { added, updated: written.length - added, skipped: skipped.length };
}
