import type { RuleContext } from './context';

/**
 * A matcher kind: the detector of one shape of clutter, with defaults for the parameters a rule
 * may leave out. `M` is what a rule writes in its `match` (the kind's name and its parameters).
 * A detector returns candidate removals, each a group of sibling elements, in document order.
 */
export interface MatcherKind<M extends { kind: string }, D extends Partial<M> = Partial<M>> {
  defaults: D;
  // A method, so that a kind with defaults still reads as a MatcherKind<M> (see kinds/index.ts).
  detect(ctx: RuleContext, match: M & D): Element[][];
}

/** Declares a kind: `matcherKind<M>()(defaults, detect)` (two calls so that `M` is written and `D` inferred). */
export function matcherKind<M extends { kind: string }>() {
  return <D extends Partial<M>>(defaults: D, detect: (ctx: RuleContext, match: M & D) => Element[][]): MatcherKind<M, D> => ({ defaults, detect });
}
