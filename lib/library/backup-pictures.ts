/**
 * Pictures in backups and exports: the stored Blobs as base64 in a JSON backup (checked on import like
 * everything else in the file), as data: URLs in a standalone HTML file, as files beside the Markdown.
 */
import { type NewPicture, PICTURE_LIMITS, pictureUrls } from './pictures';
import { MISSING_REASONS, pictureTypeOf } from './picture-fetch';
import { reasonOf, type Why } from './records';
import type { PictureRecord } from './schema';

/** A picture as a backup file holds it (field order fixed, like the article's). */
export interface BackupPicture {
  url: string;
  order: number;
  width: number;
  height: number;
  missing: string | null;
  /** The picture's bytes in base64, or null for a missing picture. */
  data: string | null;
}

const FIELDS = ['url', 'order', 'width', 'height', 'missing', 'data'] as const;
const MAX_REASON = 500;

export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}

function fromBase64(data: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 !== 0) return null;
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export async function toBackupPictures(records: readonly PictureRecord[]): Promise<BackupPicture[]> {
  const pictures: BackupPicture[] = [];
  for (const record of [...records].sort((a, b) => a.order - b.order)) {
    pictures.push({
      url: record.url, order: record.order, width: record.width, height: record.height,
      missing: record.blob ? null : (record.missing ?? MISSING_REASONS.notSaved),
      data: record.blob ? await toBase64(record.blob) : null,
    });
  }
  return pictures;
}

/**
 * The pictures of one article of a backup file, checked: a list of at most the per-article limit,
 * each with exactly the fields above, the address of a picture the article shows, data that decodes
 * to a JPEG, PNG, GIF, WebP or AVIF (typed by its bytes), within the article's byte limit. Returns
 * the pictures or the reason the article is refused.
 */
export function checkBackupPictures(value: unknown, html: string): { ok: true; pictures: NewPicture[] } | { ok: false; reason: string; why: Why } {
  const refuse = (why: Why) => ({ ok: false as const, reason: reasonOf(why), why });
  if (!Array.isArray(value)) return refuse({ problem: 'not-list', field: 'pictures' });
  if (value.length > PICTURE_LIMITS.perArticle) return refuse({ problem: 'too-many', field: 'pictures', max: PICTURE_LIMITS.perArticle });
  const shown = new Set(pictureUrls(html));
  const pictures: NewPicture[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  for (const [i, entry] of value.entries()) {
    const what = `picture #${i + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || Object.getPrototypeOf(entry) !== Object.prototype) {
      return refuse({ problem: 'not-object', field: what });
    }
    const fields = entry as Record<string, unknown>;
    const keys = Object.keys(fields);
    if (keys.length !== FIELDS.length || !FIELDS.every((key) => keys.includes(key))) return refuse({ problem: 'not-picture-fields', field: what });
    const { url, order, width, height, missing, data } = fields;
    if (typeof url !== 'string' || !shown.has(url) || seen.has(url)) return refuse({ problem: 'not-article-picture', field: what });
    seen.add(url);
    if (![order, width, height].every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 100_000)) {
      return refuse({ problem: 'picture-size', field: what });
    }
    if (data === null) {
      if (typeof missing !== 'string' || missing.length > MAX_REASON) return refuse({ problem: 'picture-empty', field: what });
      pictures.push({ url, order: order as number, width: 0, height: 0, blob: null, missing });
      continue;
    }
    if (missing !== null) return refuse({ problem: 'picture-both', field: what });
    const decoded = typeof data === 'string' ? fromBase64(data) : null;
    if (!decoded) return refuse({ problem: 'not-base64', field: what });
    const type = pictureTypeOf(decoded);
    if (!type) return refuse({ problem: 'not-picture-format', field: what });
    bytes += decoded.length;
    if (bytes > PICTURE_LIMITS.articleBytes) return refuse({ problem: 'pictures-too-large' });
    pictures.push({ url, order: order as number, width: width as number, height: height as number, blob: new Blob([decoded as BlobPart], { type }), missing: null });
  }
  return { ok: true, pictures };
}

/** Saved pictures as data: URLs, for a standalone HTML file. */
export async function pictureDataUrls(records: readonly PictureRecord[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const record of records) {
    if (record.blob) urls.set(record.url, `data:${record.blob.type};base64,${await toBase64(record.blob)}`);
  }
  return urls;
}

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' };

/** File names for the saved pictures beside a Markdown file: pictures/1.jpg, pictures/2.webp… */
export function pictureFileNames(records: readonly PictureRecord[]): Map<string, { name: string; blob: Blob }> {
  const files = new Map<string, { name: string; blob: Blob }>();
  for (const record of [...records].sort((a, b) => a.order - b.order)) {
    if (record.blob) files.set(record.url, { name: `pictures/${files.size + 1}.${EXTENSIONS[record.blob.type] ?? 'img'}`, blob: record.blob });
  }
  return files;
}
