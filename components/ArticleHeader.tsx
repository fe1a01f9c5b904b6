import { bylineAndSite } from '@/core/text';
import type { Article } from '@/core/types';
import { ARTICLE_DAY, formatDate, formatNumber, languageName, plural, t, uiDir } from '@/lib/i18n';

export type HeaderArticle = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'language' | 'readingMinutes'>;

/**
 * Title, byline, site, date, reading time and language badge. Every value comes from the page and is
 * rendered as text (JSX text children), never as HTML.
 */
export function ArticleHeader({ article, titleId }: { article: HeaderArticle; titleId?: string }) {
  const { language } = article;
  const date = dateOf(article.publishedTime);
  const meta = bylineAndSite(article.byline, article.siteName);
  return (
    <header class="cnr-header">
      <h1 id={titleId} data-testid="article-title" dir="auto" lang={language.bcp47 === 'und' ? undefined : language.bcp47}>{article.title}</h1>
      <p class="cnr-meta">
        {meta.length > 0 && <span dir="auto" data-testid="article-byline">{meta.join(' · ')}</span>}
        {date && <time dateTime={date.iso} dir={uiDir()} data-testid="article-date">{date.text}</time>}
        <span dir={uiDir()} data-testid="reading-time" data-minutes={article.readingMinutes}>{plural('readingMinutes', article.readingMinutes)}</span>
        <LanguageBadge language={language} />
      </p>
    </header>
  );
}

export function LanguageBadge({ language }: { language: Article['language'] }) {
  const undetermined = language.bcp47 === 'und';
  const confidence = formatNumber(Math.round(language.confidence * 100) / 100, { style: 'percent' });
  const label = undetermined
    ? t('languageUndeterminedLabel')
    : t('languageBadgeLabel', languageName(language.bcp47) ?? language.name, language.bcp47, confidence);
  return (
    <span class="cnr-badge" dir={uiDir()} data-testid="language" data-lang={language.bcp47} data-dir={language.dir} title={label} aria-label={label}>
      {undetermined ? t('languageUndetermined') : <bdi>{language.nativeName}</bdi>}{' '}
      <small>{undetermined ? 'und' : <><bdi>{language.bcp47}</bdi> · {confidence}</>}</small>
    </span>
  );
}

/**
 * The page's own calendar day in the interface's locale: a "2025-03-04T00:30:00+02:00" is the 4th
 * wherever the reader is (read as an instant, it is the 3rd west of Athens). Nothing when the page's
 * value is not a date.
 */
export function dateOf(value: string | null): { iso: string; text: string } | null {
  if (!value) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) {
    const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return null;
    return { iso: day[0], text: formatDate(date, ARTICLE_DAY) };
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), text: formatDate(date) };
}
