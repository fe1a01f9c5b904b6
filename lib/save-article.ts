/**
 * Saving an article, for the popup and the background (on behalf of the reader overlay): a URL saved
 * before is only updated when the caller says so (the UI asks the user first).
 */
import type { SaveReply } from '@/core/messages';
import type { Article } from '@/core/types';
import { openLibrary } from './library/store';

export async function saveToLibrary(article: Article, overwrite: boolean): Promise<SaveReply> {
  const library = await openLibrary();
  try {
    const existing = await library.findByUrl(article.url);
    if (existing && !overwrite) return { ok: true, status: 'exists', savedAt: existing.savedAt };
    const { status } = await library.save(article);
    return { ok: true, status };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    library.close();
  }
}
