/** Runs the rules of one stage over a root element, with the guards that keep the article whole. */
import { blockText, removeElement } from '../dom';
import { type Neighbours, neighboursOf } from '../removal-place';
import type { RuleCategory } from '../categories';
import type { RuleContext } from './context';
import { detect } from './kinds';
import type { Rule } from './types';

/** A removal before its markup is sanitized: the pipeline sanitizes every removed block in one place. */
export interface RawRemoval {
  rule: string;
  category: RuleCategory;
  text: string;
  elements: Element[];
  stage: 'page' | 'article';
  /** Where each element stood, so the removal can be undone. */
  places: { parent: Node; next: Node | null }[];
  /** The blocks around it, read before it went: its place in the article is found from them at the end. */
  neighbours: Neighbours;
}

/** Puts removed elements back where they were (latest removal first). */
export function undoRemovals(removals: readonly RawRemoval[]): void {
  for (const removal of [...removals].reverse()) {
    removal.elements.forEach((el, i) => {
      const place = removal.places[i]!;
      place.parent.insertBefore(el, place.next && place.next.parentNode === place.parent ? place.next : null);
    });
  }
}

/** A single removal may never take more than this share of the prose left in the root. */
const MAX_PROSE_SHARE = 0.5;
/** Below this much prose in the root, the share guard has nothing meaningful to protect. */
const MIN_GUARDED_PROSE = 400;
/**
 * A list of links this long may only be removed if the root keeps at least this much prose: a page
 * whose content is a list of links (a link blog, a deals post) must not lose the list for looking
 * like a promo box, while a promo list after an article goes.
 */
const LONG_REMOVAL = 200;
const MIN_REMAINING_PROSE = 300;

/** Rules that name comment widgets by vendor or class are trusted to remove long threads. */
function trustsLongText(rule: Rule): boolean {
  return rule.category === 'comments' && rule.match.kind === 'markup';
}

function isStructurallySafe(el: Element, ctx: RuleContext): boolean {
  if (!ctx.isAttached(el)) return false;
  if (/^(HTML|BODY|HEAD)$/.test(el.tagName)) return false;
  // On the whole page, nothing holding the title heading or the marked-up article body may go.
  return ctx.stage !== 'page' || !ctx.landmarks().some((landmark) => el.contains(landmark));
}

export function applyRules(ctx: RuleContext, rules: readonly Rule[]): RawRemoval[] {
  const removals: RawRemoval[] = [];
  // Measured only when a removal holds enough prose for the guard to matter.
  let rootProse: number | null = null;
  for (const rule of rules) {
    if (!rule.stages.includes(ctx.stage)) continue;
    for (const group of detect(ctx, rule.match)) {
      const elements = group.filter((el) => isStructurallySafe(el, ctx));
      if (elements.length === 0 || elements.length < group.length) continue;
      const prose = elements.reduce((sum, el) => sum + ctx.prose(el), 0);
      if (prose >= MIN_GUARDED_PROSE * MAX_PROSE_SHARE && !trustsLongText(rule)) {
        rootProse ??= ctx.prose(ctx.root);
        if (rootProse >= MIN_GUARDED_PROSE && prose > rootProse * MAX_PROSE_SHARE) continue;
      }
      const text = elements.map((el) => blockText(el)).filter(Boolean).join('\n');
      if (text.length >= LONG_REMOVAL && !trustsLongText(rule) && elements.some((el) => ctx.linkDensity(el) >= 0.5)) {
        rootProse ??= ctx.prose(ctx.root);
        if (rootProse - prose < MIN_REMAINING_PROSE) continue;
      }
      const places = elements.map((el) => ({ parent: el.parentNode!, next: el.nextSibling }));
      // A removal without text is not listed: it needs no place.
      const neighbours = text ? neighboursOf(elements) : { before: [], after: [] };
      for (const el of elements) {
        ctx.forget(el);
        removeElement(el);
      }
      if (rootProse !== null) rootProse = Math.max(0, rootProse - prose);
      removals.push({ rule: rule.id, category: rule.category, text, elements, stage: ctx.stage, places, neighbours });
    }
  }
  return removals;
}
