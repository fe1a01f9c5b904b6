import { useMemo, useState } from 'preact/hooks';
import { CATEGORIES } from '@/core/categories';
import type { Removal } from '@/core/types';
import { t, uiDir, uiLocale } from '@/lib/i18n';
import type { Pictures } from '@/lib/settings';
import { categoryLabel, RemovedList } from './RemovedList';
import type { RestoredBlock, RestoredLabels } from './restore-in-place';
import { SanitizedHtml } from './SanitizedHtml';

const NO_REMOVALS: readonly Removal[] = [];

interface Props {
  html: string;
  /** Absent: no list (an article read without the extraction's record). */
  removed?: readonly Removal[];
  baseUrl: string;
  dir: 'ltr' | 'rtl';
  lang?: string;
  /** The body's class and test id (the popup's and the reader's differ). */
  bodyClass: string;
  testId: string;
  pictures?: ReadonlyMap<string, string>;
  picturesSetting?: Pictures;
}

/**
 * The article's body with the list of what was removed above it. "Show again" on a removed block puts
 * it back at its place in the body, marked, with "Remove again" there and in the list; a block that
 * had no place in the article is shown in the list instead.
 */
export function ArticleBody({ html, removed = NO_REMOVALS, baseUrl, dir, lang, bodyClass, testId, pictures, picturesSetting }: Props) {
  const [restored, setRestored] = useState<ReadonlySet<number>>(new Set());
  const [reveal, setReveal] = useState<number | null>(null);
  const toggle = (index: number): void => {
    const next = new Set(restored);
    const showing = !next.delete(index);
    if (showing) next.add(index);
    setRestored(next);
    setReveal(showing && removed[index]?.place ? index : null);
  };
  const inPlace = useMemo<RestoredBlock[]>(
    () => [...restored].sort((a, b) => a - b).flatMap((index) => (removed[index]?.place ? [{ index, removal: removed[index] }] : [])),
    [restored, removed],
  );
  const labels = useMemo<RestoredLabels>(() => ({
    label: (removal) => t('removedRestored', categoryLabel(CATEGORIES[removal.category])),
    removeAgain: t('removedRemoveAgain'),
    dir: uiDir(),
    lang: uiLocale(),
  }), []);
  return (
    <>
      {removed !== NO_REMOVALS && <RemovedList removed={removed} baseUrl={baseUrl} dir={dir} lang={lang} pictures={pictures} picturesSetting={picturesSetting}
        restored={restored} onToggle={toggle} />}
      <SanitizedHtml class={bodyClass} html={html} baseUrl={baseUrl} dir={dir} lang={lang} testId={testId} pictures={pictures}
        picturesSetting={picturesSetting} restored={inPlace} restoredLabels={labels} onRemoveAgain={toggle} reveal={reveal} />
    </>
  );
}
