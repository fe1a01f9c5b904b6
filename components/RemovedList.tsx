import { CATEGORIES, type CategoryInfo, categoryIds } from '@/core/categories';
import type { Removal } from '@/core/types';
import { formatList, formatNumber, messageOr, plural, t, uiDir, uiLocale } from '@/lib/i18n';
import type { Pictures } from '@/lib/settings';
import { SanitizedHtml } from './SanitizedHtml';

/** A category's heading in the interface's language (a category without a message: its registry label). */
export const categoryLabel = (info: CategoryInfo): string => (info.message ? messageOr(info.message, info.label) : info.label);

interface Props {
  removed: readonly Removal[];
  baseUrl: string;
  /** The article's direction: the removed blocks' own text is set in it, the controls stay in the interface's. */
  dir: 'ltr' | 'rtl';
  lang?: string;
  /** A saved article's pictures, and the pictures setting: as for the article itself (SanitizedHtml). */
  pictures?: ReadonlyMap<string, string>;
  picturesSetting?: Pictures;
  /** The removals shown again (by index): at their place in the article, or here when they have none. */
  restored: ReadonlySet<number>;
  onToggle: (index: number) => void;
}

/**
 * What our rules removed, up front: a one-line summary under the article header that opens the list,
 * grouped by kind. Each block can be shown again: back at its place in the article (ArticleBody), or,
 * when it had none there, under its line here (its markup sanitized when it was removed, and again
 * here). The rules behind the blocks are in a details view at the end.
 */
export function RemovedList({ removed, baseUrl, dir, lang, pictures, picturesSetting, restored: shown, onToggle: toggle }: Props) {
  const groups = categoryIds().map((id) => ({
    id,
    label: categoryLabel(CATEGORIES[id]),
    items: removed.map((removal, index) => ({ removal, index })).filter(({ removal }) => removal.category === id),
  })).filter((group) => group.items.length > 0);

  return (
    <details class="removed" data-testid="removed" data-count={removed.length} dir={uiDir()} lang={uiLocale()}>
      <summary data-testid="removed-summary">
        {removed.length === 0 ? t('removedNothing') : plural('removedBlocks', removed.length)}
        {groups.length > 0 && ' '}
        {formatList(groups.map((group) => t('removedGroupCount', group.label, formatNumber(group.items.length))))}
      </summary>
      {groups.map((group) => (
        <section key={group.id} data-testid={`removed-${group.id}`} data-count={group.items.length}>
          <h3>{t('removedGroupCount', group.label, formatNumber(group.items.length))}</h3>
          <ul>
            {group.items.map(({ removal, index }) => (
              <li key={index} data-rule={removal.rule}>
                {/* A block with a place goes back into the article (a pressed state); one without opens here (expanded). */}
                <button type="button" class="link" onClick={() => toggle(index)} data-testid="show-removed"
                  {...(removal.place ? { 'aria-pressed': shown.has(index) } : { 'aria-expanded': shown.has(index) })}>
                  {!shown.has(index) ? t('removedShow') : removal.place ? t('removedRemoveAgain') : t('removedHide')}
                </button>
                {removal.place && shown.has(index) && <span class="in-article">{t('removedInArticle')} </span>}
                {(removal.place || !shown.has(index)) && <span class="preview" dir={dir} lang={lang}>{preview(removal.text)}</span>}
                {!removal.place && shown.has(index) && (removal.html
                  ? <SanitizedHtml class="restored" html={removal.html} baseUrl={baseUrl} dir={dir} lang={lang} pictures={pictures} picturesSetting={picturesSetting} testId="restored-block" />
                  : <p class="restored" dir={dir} lang={lang} data-testid="restored-block">{removal.text}</p>)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length > 0 && (
        <details class="rules" data-testid="removed-rules">
          <summary>{t('removedRulesDetails')}</summary>
          <ol>
            {removed.map((removal, index) => (
              <li key={index}><code>{removal.rule}</code> <span class="preview" dir={dir} lang={lang}>{preview(removal.text, 60)}</span></li>
            ))}
          </ol>
        </details>
      )}
    </details>
  );
}

function preview(text: string, length = 140): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
