import type { Article } from '@/core/types';

export type HeaderArticle = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'language' | 'readingMinutes'>;

/**
 * Title, byline, site, date, reading time and language badge. Every value comes from the page and is
 * rendered as text (JSX text children), never as HTML.
 */
export function ArticleHeader({ article }: { article: HeaderArticle }) {
  const { language } = article;
  const date = formatDate(article.publishedTime);
  const meta = [article.byline, article.siteName].filter((part): part is string => Boolean(part));
  return (
    <header class="cnr-header">
      <h1 data-testid="article-title" dir="auto" lang={language.bcp47 === 'und' ? undefined : language.bcp47}>{article.title}</h1>
      <p class="cnr-meta">
        {meta.length > 0 && <span dir="auto" data-testid="article-byline">{meta.join(' · ')}</span>}
        {date && <time dateTime={date.iso} dir="ltr" data-testid="article-date">{date.text}</time>}
        <span dir="ltr" data-testid="reading-time">{article.readingMinutes} min read</span>
        <LanguageBadge language={language} />
      </p>
    </header>
  );
}

export function LanguageBadge({ language }: { language: Article['language'] }) {
  const confidence = Math.round(language.confidence * 100);
  const label = language.bcp47 === 'und' ? 'Language undetermined' : `${language.name} (${language.bcp47}), ${confidence}% confident`;
  return (
    <span class="cnr-badge" dir="ltr" data-testid="language" data-lang={language.bcp47} data-dir={language.dir} title={label} aria-label={label}>
      {language.bcp47 === 'und' ? 'Undetermined' : language.nativeName} <small>{language.bcp47}{language.bcp47 === 'und' ? '' : ` · ${confidence}%`}</small>
    </span>
  );
}

/** The date in the reader's own locale; nothing when the page's value is not a date. */
function formatDate(value: string | null): { iso: string; text: string } | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), text: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date) };
}
