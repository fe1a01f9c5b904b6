/**
 * One article as a file to download, with its saved pictures: standalone HTML with the pictures
 * embedded as data: URLs, or Markdown — alone when the article has no saved picture, else in a zip
 * (fflate) with its pictures beside it in `pictures/`.
 */
import { strToU8, zipSync } from 'fflate';
import { pictureDataUrls, pictureFileNames } from './backup-pictures';
import { articleToHtml, articleToMarkdown, type ExportableArticle } from './export-article';
import type { PictureRecord } from './schema';

type SanitizerWindow = Parameters<typeof articleToHtml>[1];

/** The standalone HTML page; the saved pictures inside it, so it needs nothing from any site. */
export async function htmlFile(article: ExportableArticle, pictures: readonly PictureRecord[], window: SanitizerWindow): Promise<Blob> {
  const saved = pictures.some((p) => p.blob);
  const html = articleToHtml(article, window, saved ? { pictures: await pictureDataUrls(pictures) } : {});
  return new Blob([html], { type: 'text/html' });
}

/** Markdown: `article.md` and `pictures/…` in a zip when there are saved pictures, else the .md alone. */
export async function markdownFile(article: ExportableArticle, pictures: readonly PictureRecord[], window: SanitizerWindow): Promise<{ blob: Blob; extension: 'md' | 'zip' }> {
  const files = pictureFileNames(pictures);
  if (files.size === 0) return { blob: new Blob([articleToMarkdown(article, window)], { type: 'text/markdown' }), extension: 'md' };
  const text = articleToMarkdown(article, window, { pictures: new Map([...files].map(([url, file]) => [url, file.name])) });
  const entries: Record<string, Uint8Array> = { 'article.md': strToU8(text) };
  for (const file of files.values()) entries[file.name] = new Uint8Array(await file.blob.arrayBuffer());
  // Pictures are compressed already: stored as they are.
  const zipped = zipSync(entries, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') });
  return { blob: new Blob([zipped as BlobPart], { type: 'application/zip' }), extension: 'zip' };
}
