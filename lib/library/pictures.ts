/**
 * The pictures saved with an article: which pictures an article has, the limits on what one article
 * keeps, and their records in the `pictures` store, written in the same transaction as the article.
 *
 * The article's HTML keeps the pictures' original addresses (so backups and exports stay ordinary
 * HTML); where a saved article is shown, the library swaps them for object URLs of the stored Blobs
 * (see `sanitize(…, { pictures })` in core/sanitize.ts) and drops every other remote address.
 */
import { requestAll, type WriteTransaction } from './connection';
import type { PictureRecord, PictureStats, SavedArticle } from './schema';

export const PICTURE_LIMITS = {
  /** Pictures kept per article (the 90th percentile of news articles has 18). */
  perArticle: 30,
  /** Bytes fetched for one picture at most; larger ones are not kept. */
  download: 15 * 1024 * 1024,
  /** Bytes stored for one article's pictures: with the article itself, one backup file still holds it. */
  articleBytes: 20 * 1024 * 1024,
} as const;

/** A picture to store with an article: its Blob, or why there is none. */
export type NewPicture = Omit<PictureRecord, 'articleId'>;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The http(s) addresses of the article's pictures (`<img src>`), in order, each once, at most
 * `PICTURE_LIMITS.perArticle`. Read from the serialized HTML without a DOM (the background has none):
 * the article's HTML is serialized by the sanitizer, with double-quoted attributes.
 */
export function pictureUrls(html: string): string[] {
  const urls: string[] = [];
  const tag = /<img\b((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
  for (const match of html.matchAll(tag)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(match[1]!);
    const raw = src ? (src[1] ?? src[2] ?? src[3] ?? '') : '';
    const url = decodeAttribute(raw).trim();
    if (!/^https?:\/\//i.test(url) || urls.includes(url)) continue;
    urls.push(url);
    if (urls.length >= PICTURE_LIMITS.perArticle) break;
  }
  return urls;
}

export function statsOf(records: readonly Pick<PictureRecord, 'blob'>[]): PictureStats {
  let saved = 0;
  let bytes = 0;
  for (const record of records) {
    if (record.blob) {
      saved++;
      bytes += record.blob.size;
    }
  }
  return { saved, missing: records.length - saved, bytes };
}

/** The key range of one article's pictures. */
export function picturesOfArticle(articleId: string): IDBKeyRange {
  return IDBKeyRange.bound([articleId, ''], [articleId, []]);
}

/**
 * Brings the article's pictures in line with its HTML, in the caller's transaction: `fresh` pictures
 * are written; a picture stored before is kept if the article still shows it and `fresh` has nothing
 * better (a saved Blob is never replaced by a "missing" record); every other picture of the article
 * is deleted. Resolves with the stats of what is stored now.
 */
export async function syncPictures(tx: WriteTransaction, record: SavedArticle, fresh: readonly NewPicture[] = []): Promise<PictureStats> {
  const store = tx.objectStore('pictures');
  const range = picturesOfArticle(record.id);
  const stored = await store.getAll(range);
  const order = new Map(pictureUrls(record.html).map((url, i) => [url, i]));
  const kept = new Map<string, PictureRecord>();
  for (const old of stored) {
    if (order.has(old.url)) kept.set(old.url, { ...old, order: order.get(old.url)! });
  }
  for (const picture of fresh) {
    if (!order.has(picture.url)) continue;
    const old = kept.get(picture.url);
    if (old?.blob && !picture.blob) continue;
    kept.set(picture.url, { ...picture, articleId: record.id, order: order.get(picture.url)! });
  }
  await store.delete(range);
  await requestAll([...kept.values()], (picture) => store.put(picture));
  return statsOf([...kept.values()]);
}
