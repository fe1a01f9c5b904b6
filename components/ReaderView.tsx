import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Article } from '@/core/types';
import { type MessageKey, t, uiDir, uiLocale } from '@/lib/i18n';
import { FONT_SIZE, LINE_WIDTH, type ReaderSettings, THEMES } from '@/lib/settings';
import { ArticleHeader } from './ArticleHeader';
import { dominantScript, fontStack, lineHeightFor } from './fonts';
import { ReadAloud } from './ReadAloud';
import { SanitizedHtml } from './SanitizedHtml';

export type ReaderArticle = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'language' | 'readingMinutes' | 'html' | 'text'>;

interface Props {
  article: ReaderArticle;
  settings: ReaderSettings;
  onSettings: (settings: ReaderSettings) => void;
  /** Toolbar buttons of the host (close, save, delete…) and their status, shown before the settings. */
  actions?: ComponentChildren;
}

const THEME_LABELS = { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const satisfies Record<(typeof THEMES)[number], MessageKey>;

/**
 * The reader view: a toolbar with the reader settings, then the article in its own direction and a
 * font that suits its script. Used by the in-page overlay (in a shadow root) and the library page.
 */
export function ReaderView({ article, settings, onSettings, actions }: Props) {
  const script = useMemo(() => dominantScript(article.text || article.title), [article.text, article.title]);
  const { language } = article;
  const change = (patch: Partial<ReaderSettings>) => onSettings({ ...settings, ...patch });
  const style = {
    '--body-font': fontStack(script, settings.fontFamily),
    '--font-size': `${settings.fontSize}px`,
    '--line-height': String(lineHeightFor(script)),
    '--line-width': `${settings.lineWidth}ch`,
  };
  return (
    <div class="cnr-reader" data-theme={settings.theme} data-testid="reader-view" style={style}>
      {/* The controls are in the interface's language and direction, whatever the article's. */}
      <div class="cnr-toolbar" role="toolbar" aria-label={t('readerToolbar')} dir={uiDir()} lang={uiLocale()}>
        {actions}
        <ReadAloud language={language} text={article.text} />
        <span class="cnr-spacer" />
        <span role="group" aria-label={t('themeGroup')}>
          {THEMES.map((theme) => (
            <button type="button" key={theme} aria-pressed={settings.theme === theme} onClick={() => change({ theme })}>
              {t(THEME_LABELS[theme])}
            </button>
          ))}
        </span>
        <select aria-label={t('fontLabel')} value={settings.fontFamily}
          onChange={(event) => change({ fontFamily: event.currentTarget.value === 'sans' ? 'sans' : 'serif' })}>
          <option value="serif">{t('fontSerif')}</option>
          <option value="sans">{t('fontSans')}</option>
        </select>
        <button type="button" aria-label={t('textSmaller')} disabled={settings.fontSize <= FONT_SIZE.min}
          onClick={() => change({ fontSize: settings.fontSize - FONT_SIZE.step })}>A−</button>
        <button type="button" aria-label={t('textLarger')} disabled={settings.fontSize >= FONT_SIZE.max}
          onClick={() => change({ fontSize: settings.fontSize + FONT_SIZE.step })}>A+</button>
        <button type="button" aria-label={t('linesNarrower')} disabled={settings.lineWidth <= LINE_WIDTH.min}
          onClick={() => change({ lineWidth: settings.lineWidth - LINE_WIDTH.step })}>⇥⇤</button>
        <button type="button" aria-label={t('linesWider')} disabled={settings.lineWidth >= LINE_WIDTH.max}
          onClick={() => change({ lineWidth: settings.lineWidth + LINE_WIDTH.step })}>⇤⇥</button>
      </div>
      <article class="cnr-page" dir={language.dir} lang={language.bcp47 === 'und' ? undefined : language.bcp47}>
        <ArticleHeader article={article} />
        <SanitizedHtml class="cnr-body" html={article.html} baseUrl={article.url} dir={language.dir}
          lang={language.bcp47 === 'und' ? undefined : language.bcp47} testId="reader-body" />
        <p class="cnr-source" dir="ltr">{article.url}</p>
      </article>
    </div>
  );
}
