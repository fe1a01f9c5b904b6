/**
 * Saving an article, for the popup and the background (on behalf of the reader overlay). A save says
 * what it expects the library to hold — nothing yet, or the saved copy the user agreed to replace —
 * and writes only if that still holds (one transaction); otherwise the answer says what is saved now
 * and the UI asks again.
 */
import type { SaveReply } from '@/lib/protocol';
import type { Article } from '@/core/types';
import { t } from './i18n';
import { openLibrary, type SaveExpectation } from './library/store';

export async function saveToLibrary(article: Article, expected: SaveExpectation): Promise<SaveReply> {
  const library = await openLibrary();
  try {
    const result = await library.saveUnlessChanged(article, expected);
    if (result.status !== 'conflict') return { ok: true, status: result.status };
    if (result.current) return { ok: true, status: 'exists', savedAt: result.current.savedAt, updatedAt: result.current.updatedAt };
    return { ok: false, message: t('saveCopyDeleted') };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    library.close();
  }
}
