/**
 * Files the library hands to the user: the whole backup, or one article as Markdown or standalone
 * HTML. A download is a Blob behind an object URL and a temporary <a download>; no permission needed.
 */
import { t } from '@/lib/i18n';
import { exportBackup } from '@/lib/library/backup';
import { htmlFile, markdownFile } from '@/lib/library/export-files';
import type { Library, SavedArticle } from '@/lib/library/store';

/** One file, or several for a library larger than one backup file may be. */
export async function downloadBackup(library: Library): Promise<void> {
  for (const file of await exportBackup(library)) save(file.blob, file.name);
}

/** Markdown, with the article's saved pictures in a zip beside it. */
export async function downloadMarkdown(library: Library, article: SavedArticle): Promise<void> {
  const { blob, extension } = await markdownFile(article, await library.pictures(article.id), window);
  save(blob, `${fileName(article.title)}.${extension}`);
}

/** Standalone HTML with the saved pictures inside. */
export async function downloadHtml(library: Library, article: SavedArticle): Promise<void> {
  save(await htmlFile(article, await library.pictures(article.id), window), `${fileName(article.title)}.html`);
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL; it can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters of any script kept, path and control characters out, bounded. */
function fileName(title: string): string {
  const name = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
  return name || t('fileNameArticle');
}
