/**
/**
 * Saving an article, for the popup and the background (on behalf of the reader overlay). A save says
 * what it expects the library to hold — nothing yet, or the saved copy the user agreed to replace —
 * and writes only if that still holds (one transaction); otherwise the answer says what is saved now
 * and the UI asks again. Its pictures are fetched and saved with it when the user allowed the
 * extension to download them (lib/picture-permission.ts) and the pictures setting is not "never"
 * (lib/settings.ts); without that the text is saved and the reply says so.
 */
import type { SaveReply } from '@/lib/protocol';
import type { Article } from '@/core/types';
import { errorText } from './error-text';
import { t } from './i18n';
import { fetchPictures } from './library/picture-fetch';
import { pictureUrls } from './library/pictures';
import { openLibrary, type SaveExpectation } from './library/store';
import { canFetchPictures } from './picture-permission';
import { loadSettings } from './settings';

export async function saveToLibrary(article: Article, expected: SaveExpectation): Promise<SaveReply> {
  const library = await openLibrary();
  try {
    // Pictures take a while to fetch: not for a save that would be refused anyway.
    const existing = await library.findByUrl(article.url);
    if ((existing?.updatedAt ?? null) !== expected && existing) return { ok: true, status: 'exists', savedAt: existing.savedAt, updatedAt: existing.updatedAt };
    const urls = pictureUrls(article.html);
    // "No pictures" means no request to the pictures' sites, saving included.
    const off = urls.length > 0 && (await loadSettings()).pictures === 'never';
    const allowed = urls.length > 0 && !off && (await canFetchPictures(urls.flatMap((url) => [url, variantOf(article, url) ?? url])));
    const pictures = allowed ? await fetchPictures(article.html, article.pictureVariants) : undefined;
    const result = await library.saveUnlessChanged(article, expected, pictures);
    if (result.status === 'conflict') {
      if (result.current) return { ok: true, status: 'exists', savedAt: result.current.savedAt, updatedAt: result.current.updatedAt };
      return { ok: false, message: t('saveCopyDeleted') };
    }
    const { status, article: stored } = result;
    if (urls.length === 0) return { ok: true, status, updatedAt: stored.updatedAt };
    const saved = pictures?.filter((p) => p.blob).length ?? 0;
    return { ok: true, status, updatedAt: stored.updatedAt, pictures: { allowed, saved, missing: urls.length - saved, ...(off && { off: true as const }) } };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  } finally {
    library.close();
  }
}

function variantOf(article: Article, url: string): string | undefined {
  return article.pictureVariants?.find((v) => v.src === url)?.variant;
}
