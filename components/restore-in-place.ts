/**
 * "Show again" for a removed block that had a place in the article: the block is put back there, in
 * the sanitized article tree before it is rendered, marked as restored with a "Remove again" button.
 * Every node added here is built by this code; the block's own markup is sanitized like the article.
 */
import { findPlace } from '@/core/removal-place';
import type { Removal } from '@/core/types';

export interface RestoredBlock {
  /** The removal's index in the article's list of removals. */
  index: number;
  removal: Removal;
}

export interface RestoredLabels {
  /** The marker line: what the block is ("Restored: comment section"). */
  label: (removal: Removal) => string;
  removeAgain: string;
  /** The marker line is interface text: the interface's direction and language, not the article's. */
  dir: 'ltr' | 'rtl';
  lang: string;
}

/** The attribute of a restored block's "Remove again" button, holding the removal's index. */
export const REMOVE_AGAIN_ATTRIBUTE = 'data-remove-again';

/**
 * Inserts each restored block at its place in `root` (at the end of the article when its place is no
 * longer found, as in an article edited since). `content` gives the block's sanitized markup.
 */
export function placeRestored(root: Element, blocks: readonly RestoredBlock[], content: (removal: Removal) => Element | null, labels: RestoredLabels): void {
  const doc = root.ownerDocument;
  // Every place is found before any block goes in: a restored block's own paragraphs are no anchors.
  const placed = blocks.filter(({ removal }) => removal.place).map((block) => ({ ...block, place: findPlace(root, block.removal.place!) }));
  for (const { index, removal, place } of placed) {
    const aside = doc.createElement('aside');
    aside.className = 'cnr-restored';
    aside.setAttribute('data-restored', String(index));
    aside.setAttribute('data-testid', 'restored-in-place');
    const bar = doc.createElement('div');
    bar.className = 'cnr-restored-bar';
    bar.dir = labels.dir;
    bar.lang = labels.lang;
    const label = doc.createElement('span');
    label.textContent = labels.label(removal);
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute(REMOVE_AGAIN_ATTRIBUTE, String(index));
    button.setAttribute('data-testid', 'remove-again');
    button.textContent = labels.removeAgain;
    bar.append(label, ' ', button);
    aside.append(bar);
    const markup = removal.html ? content(removal) : null;
    if (markup) aside.append(...Array.from(markup.childNodes));
    else {
      const text = doc.createElement('p');
      text.textContent = removal.text;
      aside.append(text);
    }
    if (place) place.element.insertAdjacentElement(place.position, aside);
    else root.append(aside);
  }
}
