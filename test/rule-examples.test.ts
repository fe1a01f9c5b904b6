/**
 * Every rule of the catalog on its own examples (core/rules/catalog/*.ts), through the rule engine
 * directly: in each stage the rule runs in, a drop example loses exactly its elements marked
 * `data-drop`, each credited to the rule, and a keep example loses nothing.
 */
import { describe, expect, it } from 'vitest';
import { isCategory } from '../core/categories';
import { RULES } from '../core/rules/catalog';
import { normalizeSpace } from '../core/text';
import { runExample } from './rule-runner';

const textOf = (el: Element): string => normalizeSpace(el.textContent ?? '');

describe('the catalog', () => {
  it('has unique rule ids, known categories, and drop and keep examples for every rule', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(RULES.filter((rule) => !isCategory(rule.category)).map((rule) => rule.id)).toEqual([]);
    expect(RULES.filter((rule) => rule.examples.drop.length === 0 || rule.examples.keep.length === 0).map((rule) => rule.id)).toEqual([]);
  });
});

for (const rule of RULES) {
  describe(rule.id, () => {
    for (const stage of rule.stages) {
      rule.examples.drop.forEach((html, i) => {
        it(`${stage} stage: removes drop example ${i + 1} exactly`, () => {
          const { root, removals, marked } = runExample(rule, html, stage);
          expect(marked.length, 'the example marks what must go with data-drop').toBeGreaterThan(0);
          const kept = marked.filter((el) => root.contains(el)).map(textOf);
          expect(kept, 'marked elements left in place').toEqual([]);
          const removed = removals.flatMap((removal) => removal.elements);
          const unmarked = removed.filter((el) => !el.closest('[data-drop]')).map((el) => el.outerHTML.slice(0, 120));
          expect(unmarked, 'elements removed without a data-drop mark').toEqual([]);
          expect(removals.every((removal) => removal.rule === rule.id && removal.category === rule.category)).toBe(true);
        });
      });
      rule.examples.keep.forEach((html, i) => {
        it(`${stage} stage: keeps keep example ${i + 1}`, () => {
          const { removals } = runExample(rule, html, stage);
          expect(removals.map((removal) => removal.text)).toEqual([]);
        });
      });
    }
  });
}
