import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Article } from '@/core/types';
import { type MessageKey, t, uiDir, uiLocale } from '@/lib/i18n';
import { DEFAULT_SETTINGS, FONT_SIZE, LINE_WIDTHS, type Pictures, PICTURES, type ReaderSettings, THEMES } from '@/lib/settings';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { dominantScript, fontStack, lineHeightFor } from './fonts';
import { ReadAloud } from './ReadAloud';
import { averageCharWidth, columnWidth, measureSample } from './measure';

export type ReaderArticle = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'language' | 'readingMinutes' | 'html' | 'text'>
  & { removed?: Article['removed'] };

interface Props {
  article: ReaderArticle;
  settings: ReaderSettings;
  onSettings: (settings: ReaderSettings) => void;
  /** Toolbar buttons of the host (close, save, delete…) and their status, shown before the settings. */
  actions?: ComponentChildren;
  /** Shown under the article (the in-page reader's toolbar option). */
  footer?: ComponentChildren;
  /** The title's id, for the dialog it names (the in-page reader). */
  titleId?: string;
  /** A saved article's pictures in the library (see SanitizedHtml); absent in the page's reader. */
  pictures?: ReadonlyMap<string, string>;
}

const THEME_LABELS = { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const satisfies Record<(typeof THEMES)[number], MessageKey>;
const WIDTH_LABELS = ['readerWidthNarrow', 'readerWidthMedium', 'readerWidthWide', 'readerWidthWidest'] as const satisfies readonly MessageKey[];
const PICTURE_LABELS = { show: 'picturesShow', click: 'picturesClick', never: 'picturesNever' } as const satisfies Record<Pictures, MessageKey>;

/**
 * The reader view: a toolbar with the reader settings, then the article in its own direction and a
 * font that suits its script. Used by the in-page overlay (in a shadow root) and the library page.
 */
export function ReaderView({ article, settings, onSettings, actions, footer, titleId, pictures }: Props) {
  const script = useMemo(() => dominantScript(article.text || article.title), [article.text, article.title]);
  const { language } = article;
  const change = (patch: Partial<ReaderSettings>) => onSettings({ ...settings, ...patch });
  const bodyFont = fontStack(script, settings.fontFamily);
  const sample = useMemo(() => measureSample(article.text), [article.text]);
  const charWidth = useMemo(() => averageCharWidth(sample, `${settings.fontSize}px ${bodyFont}`), [sample, settings.fontSize, bodyFont]);
  const style = {
    '--body-font': bodyFont,
    '--font-size': `${settings.fontSize}px`,
    '--line-height': String(lineHeightFor(script)),
    '--line-width': columnWidth(settings.lineWidth, charWidth),
  };
  const isDefault = (Object.keys(DEFAULT_SETTINGS) as (keyof ReaderSettings)[]).every((key) => key === 'pictures' || settings[key] === DEFAULT_SETTINGS[key]);
  return (
    <div class="cnr-reader" data-theme={settings.theme} data-testid="reader-view" style={style}>
      {/* The controls are in the interface's language and direction, whatever the article's. */}
      <div class="cnr-toolbar" role="toolbar" aria-label={t('readerToolbar')} dir={uiDir()} lang={uiLocale()}>
        {actions}
        <ReadAloud language={language} text={article.text} />
        <span class="cnr-spacer" />
        <span role="group" aria-label={t('themeGroup')}>
          {THEMES.map((theme) => (
            <button type="button" key={theme} data-testid={`theme-${theme}`} aria-pressed={settings.theme === theme} onClick={() => change({ theme })}>
              {t(THEME_LABELS[theme])}
            </button>
          ))}
        </span>
        <select aria-label={t('fontLabel')} value={settings.fontFamily}
          onChange={(event) => change({ fontFamily: event.currentTarget.value === 'sans' ? 'sans' : 'serif' })}>
          <option value="serif">{t('fontSerif')}</option>
          <option value="sans">{t('fontSans')}</option>
        </select>
        <span role="group" aria-label={t('textSize')}>
          <button type="button" aria-label={t('textSmaller')} disabled={settings.fontSize <= FONT_SIZE.min}
            onClick={() => change({ fontSize: settings.fontSize - FONT_SIZE.step })}>A−</button>
          <button type="button" aria-label={t('textLarger')} disabled={settings.fontSize >= FONT_SIZE.max}
            onClick={() => change({ fontSize: settings.fontSize + FONT_SIZE.step })}>A+</button>
        </span>
        <select aria-label={t('readerWidthLabel')} data-testid="line-width" value={settings.lineWidth}
          onChange={(event) => change({ lineWidth: Number(event.currentTarget.value) })}>
          {LINE_WIDTHS.map((chars, i) => <option key={chars} value={chars}>{t(WIDTH_LABELS[i] ?? 'readerWidthWidest', chars)}</option>)}
        </select>
        <select aria-label={t('picturesLabel')} value={settings.pictures} data-testid="pictures-setting"
          onChange={(event) => change({ pictures: PICTURES.find((p) => p === event.currentTarget.value) ?? settings.pictures })}>
          {PICTURES.map((choice) => <option key={choice} value={choice}>{t(PICTURE_LABELS[choice])}</option>)}
        </select>
        {/* Reset is about the look: the pictures choice (a privacy choice) stays as it is. */}
        <button type="button" data-testid="reset-settings" disabled={isDefault} onClick={() => onSettings({ ...DEFAULT_SETTINGS, pictures: settings.pictures })}
          title={t('readerResetTitle')}>{t('readerReset')}</button>
      </div>
      <article class="cnr-page" dir={language.dir} lang={language.bcp47 === 'und' ? undefined : language.bcp47}>
        <ArticleHeader article={article} titleId={titleId} />
        <ArticleBody html={article.html} removed={article.removed} baseUrl={article.url} dir={language.dir} bodyClass="cnr-body" testId="reader-body"
          lang={language.bcp47 === 'und' ? undefined : language.bcp47} pictures={pictures} picturesSetting={settings.pictures} />
        <p class="cnr-source" dir="ltr">{article.url}</p>
        {footer && <div class="cnr-footer" dir="ltr">{footer}</div>}
      </article>
    </div>
  );
}
