import { t } from '@/lib/i18n';

/**
 * The library page's address: `#/article/<id>` opens an article, an empty hash (or `#`) is the list.
 * Anything else — a damaged percent-encoding (`#/article/%E0%A4%A`), an unknown path — is answered
 * with a message, never a blank page: the hash can come from a bookmark, a link or a typo.
 */
export type View =
  | { page: 'list' }
  | { page: 'article'; id: string }
  | { page: 'bad-address'; message: string };

export function viewFromHash(hash: string): View {
  if (hash === '' || hash === '#' || hash === '#/') return { page: 'list' };
  const article = /^#\/article\/(.+)$/s.exec(hash);
  if (!article) return { page: 'bad-address', message: t('libraryAddressNowhere') };
  try {
    return { page: 'article', id: decodeURIComponent(article[1]!) };
  } catch {
    return { page: 'bad-address', message: t('libraryAddressDamaged') };
  }
}

/** The hash of an article's page. */
export const articleHash = (id: string): string => `#/article/${encodeURIComponent(id)}`;
