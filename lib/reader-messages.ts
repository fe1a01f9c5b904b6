/**
 * The one message the extension accepts: "save this article" from our reader overlay. Anything else,
 * from anyone else, or of another shape, is ignored (no reply at all), so a page — or another
 * extension — cannot drive the library.
 */
import type { ReaderMessage, SaveReply } from '@/core/messages';
import type { Article } from '@/core/types';
import { t } from './i18n';

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

export type SaveArticle = (article: Article, overwrite: boolean) => Promise<SaveReply>;

/** The reply to send, or null when the message is not ours to answer. */
export function handleReaderMessage(message: unknown, sender: MessageSender, extensionId: string, save: SaveArticle): Promise<SaveReply> | null {
  // Our content scripts send with our extension id, from a tab.
  if (sender.id !== extensionId || sender.tab?.id === undefined) return null;
  if (!isReaderMessage(message)) return null;
  return save(withNulls(message.article), message.overwrite).catch((error: unknown) => ({
    ok: false as const, message: t('saveFailed', error instanceof Error ? error.message : String(error)),
  }));
}

function isReaderMessage(value: unknown): value is ReaderMessage {
  if (!isRecord(value) || value.type !== 'save-article' || typeof value.overwrite !== 'boolean') return false;
  return looksLikeArticle(value.article);
}

/** The shape check of an article from a content script; the library validates each field again. */
export function looksLikeArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false;
  const strings = ['url', 'title', 'text', 'html'] as const;
  if (!strings.every((key) => typeof value[key] === 'string')) return false;
  if (!/^https?:/i.test(value.url as string)) return false;
  return isRecord(value.language) && typeof value.language.bcp47 === 'string' && Array.isArray(value.removed);
}

/**
 * Chrome's extension messaging drops object fields whose value is null; the article's empty byline,
 * site name and date arrive missing and are null again here.
 */
function withNulls(article: Article): Article {
  return { ...article, byline: article.byline ?? null, siteName: article.siteName ?? null, publishedTime: article.publishedTime ?? null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
