/**
 * The one message the extension accepts: "save this article" from our reader overlay. Anything else,
 * from anyone else, or of another shape, is ignored (no reply at all), so a page — or another
 * extension — cannot drive the library. A save is bound to the tab that sent it: the article must be
 * the page that tab shows (its address, the #fragment aside), so a content-script context, however it
 * is driven, can save only its own page, and only under the compare-and-set rule of save-article.ts.
 */
import type { ReaderMessage, SaveReply } from '@/lib/protocol';
import type { Article } from '@/core/types';
import { errorText } from './error-text';
import { t } from './i18n';

export interface MessageSender {
  id?: string;
  tab?: { id?: number; url?: string };
  /** 0 for the tab's top frame. */
  frameId?: number;
  url?: string;
}

export type SaveArticle = (article: Article, expected: string | null) => Promise<SaveReply>;

/** The reply to send, or null when the message is not ours to answer. */
export function handleReaderMessage(message: unknown, sender: MessageSender, extensionId: string, save: SaveArticle): Promise<SaveReply> | null {
  // Our content scripts send with our extension id, from a tab; the reader lives in the top frame only.
  if (sender.id !== extensionId || sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return null;
  if (!isReaderMessage(message)) return null;
  const article = withNulls(message.article);
  if (!samePage(article.url, sender.tab.url)) {
    return Promise.resolve({ ok: false, message: t('saveTabChanged') });
  }
  // Messaging may drop a null field (see withNulls): a missing expectation is "not saved yet", the safe one.
  return save(article, message.expected ?? null).catch((error: unknown) => ({
    ok: false as const, message: t('saveFailed', errorText(error)),
  }));
}

/**
 * Whether the article's address is the tab's, the #fragment aside. A tab without an address (the
 * browser withholds it when the extension has no access to the tab) is no one's page.
 */
export function samePage(articleUrl: string, tabUrl: string | undefined): boolean {
  if (tabUrl === undefined) return false;
  try {
    const article = new URL(articleUrl);
    const tab = new URL(tabUrl);
    article.hash = '';
    tab.hash = '';
    return article.href === tab.href;
  } catch {
    return false;
  }
}

function isReaderMessage(value: unknown): value is ReaderMessage {
  if (!isRecord(value) || value.type !== 'save-article') return false;
  if (value.expected !== undefined && value.expected !== null && typeof value.expected !== 'string') return false;
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
