/**
 * One row of the library list: title (bold with a dot while unread), an excerpt of the text, site,
 * date, reading time and language, and the article's lead picture — its copy from the library's own
 * pictures store as an object URL made by this page (revoked when the row goes away), never the
 * publisher's address. Rows have one fixed height (ROW_HEIGHT, style.css) for the VirtualList.
 */
import { useEffect, useState } from 'preact/hooks';
import { LanguageBadge } from '@/components/ArticleHeader';
import { formatDate, plural, t } from '@/lib/i18n';
import type { ArticleSummary, Library } from '@/lib/library/store';
import { articleHash } from './route';

/** The height of a row of the list, in CSS pixels (style.css gives the rows this height). */
export const ROW_HEIGHT = 112;

/** Resolves in a later task of the page. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * The rows' object URLs are made one per task, in turn: making one is a synchronous call to the
 * browser, and the 30 rows of a screen making theirs at once held the page's thread for 100–170 ms
 * (measured in Chromium with bench:library).
 */
let turn: Promise<void> = Promise.resolve();
function inTurn(work: () => void): void {
  turn = turn.then(nextTask).then(work).catch(() => undefined);
}

/** The object URL of an article's stored lead picture while the row is shown; null without one. */
function useLeadPicture(library: Library, summary: ArticleSummary): string | null {
  const [url, setUrl] = useState<string | null>(null);
  const saved = summary.pictures?.saved ?? 0;
  useEffect(() => {
    if (saved === 0) return undefined;
    let made: string | null = null;
    let gone = false;
    library.leadPicture(summary.id).then((picture) => {
      if (gone || !picture?.blob) return;
      const blob = picture.blob;
      inTurn(() => {
        if (gone) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      });
    }, () => undefined);
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [library, summary.id, summary.updatedAt, saved]);
  return url;
}

interface Props {
  library: Library;
  summary: ArticleSummary;
  style: { top: string; height: string };
  index: number;
  count: number;
}

export function ListItem({ library, summary: s, style, index, count }: Props) {
  const picture = useLeadPicture(library, s);
  const unread = !s.reading?.readAt;
  return (
    // The whole row opens the article (the title link is what keyboards and screen readers use).
    <li style={style} aria-setsize={count} aria-posinset={index + 1} data-testid="library-item"
      class={`${unread ? 'unread' : 'read'}${picture ? ' with-picture' : ''}`} onClick={() => { location.hash = articleHash(s.id); }}>
      {picture && <img class="item-picture" src={picture} alt="" decoding="async" data-testid="lead-picture" />}
      {/* Unread: said to screen readers here, shown as a dot before the title (style.css). */}
      {unread && <span class="visually-hidden" data-testid="unread">{t('unreadLabel')}</span>}
      <a href={articleHash(s.id)} dir="auto" class="item-title" title={s.title}>{s.title}</a>
      {s.excerpt && <span class="item-excerpt" dir="auto" lang={s.language.bcp47 === 'und' ? undefined : s.language.bcp47} data-testid="excerpt">{s.excerpt}</span>}
      <span class="muted">
        <bdi>{s.siteName ?? s.site}</bdi> · <bdi>{formatDate(new Date(s.savedAt))}</bdi> · <bdi>{plural('readingMinutes', s.readingMinutes)}</bdi>
      </span>
      <LanguageBadge language={s.language} />
    </li>
  );
}
