import { useState } from 'preact/hooks';
import type { Removal, RuleCategory } from '@/core/types';
import { formatNumber, plural, t, uiLocale } from '@/lib/i18n';
import { SanitizedHtml } from './SanitizedHtml';

const CATEGORIES: { id: RuleCategory; label: () => string }[] = [
  { id: 'comments', label: () => t('removedComments') },
  { id: 'horoscope', label: () => t('removedHoroscope') },
  { id: 'promo', label: () => t('removedPromo') },
  { id: 'chrome', label: () => t('removedChrome') },
];

/**
 * What our rules removed, grouped by category with counts. Each block can be shown again: its
 * markup (sanitized when it was removed, and again here) appears in place of the one-line summary.
 */
export function RemovedList({ removed, baseUrl }: { removed: readonly Removal[]; baseUrl: string }) {
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number): void => {
    const next = new Set(shown);
    if (!next.delete(index)) next.add(index);
    setShown(next);
  };
  const groups = CATEGORIES.map((category) => ({
    ...category,
    items: removed.map((removal, index) => ({ removal, index })).filter(({ removal }) => removal.category === category.id),
  })).filter((group) => group.items.length > 0);

  return (
    <details class="removed" data-testid="removed" data-count={removed.length}>
      <summary>
        {removed.length === 0 ? t('removedNothing') : plural('removedBlocks', removed.length)}
        {groups.length > 0 && ' '}
        {new Intl.ListFormat(uiLocale(), { type: 'unit' }).format(groups.map((group) => t('removedGroupCount', group.label(), formatNumber(group.items.length))))}
      </summary>
      {groups.map((group) => (
        <section key={group.id} data-testid={`removed-${group.id}`} data-count={group.items.length}>
          <h3>{t('removedGroupCount', group.label(), formatNumber(group.items.length))}</h3>
          <ul>
            {group.items.map(({ removal, index }) => (
              <li key={index} data-rule={removal.rule}>
                <button type="button" class="link" aria-expanded={shown.has(index)} onClick={() => toggle(index)}
                  data-testid="show-removed">{shown.has(index) ? t('removedHide') : t('removedShow')}</button>
                {!shown.has(index) && <span class="preview" dir="auto">{preview(removal.text)}</span>}
                {shown.has(index) && (removal.html
                  ? <SanitizedHtml class="restored" html={removal.html} baseUrl={baseUrl} testId="restored-block" />
                  : <p class="restored" dir="auto" data-testid="restored-block">{removal.text}</p>)}
                <small class="rule" title={removal.rule}>{removal.rule}</small>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}

function preview(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
