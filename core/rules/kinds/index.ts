/**
 * Every matcher kind, by the name a rule's `match.kind` gives. A new kind is one module in this
 * folder (its parameters, defaults and detector) and one line here; `Matcher` follows from them.
 */
import type { RuleContext } from '../context';
import type { MatcherKind } from '../kind';
import { articleMeta } from './article-meta';
import { breadcrumb } from './breadcrumb';
import { commentAction } from './comment-action';
import { commentSection } from './comment-section';
import { commentThread } from './comment-thread';
import { imageCredit } from './image-credit';
import { inlineLabelledLink } from './inline-labelled-link';
import { labelledBox } from './labelled-box';
import { labelledLinks } from './labelled-links';
import { loginPrompt } from './login-prompt';
import { markup } from './markup';
import { phraseLine } from './phrase-line';
import { sectionLinks } from './section-links';
import { socialBar } from './social-bar';
import { teaserRun } from './teaser-run';
import { titleCopy } from './title-copy';
import { topicTeaser } from './topic-teaser';
import { trailingCall } from './trailing-call';
import { trailingLine } from './trailing-line';
import { trailingOrphans } from './trailing-orphans';
import { trailingSection } from './trailing-section';

export const KINDS = {
  markup,
  commentSection,
  commentThread,
  commentAction,
  loginPrompt,
  phraseLine,
  labelledLinks,
  labelledBox,
  articleMeta,
  imageCredit,
  inlineLabelledLink,
  teaserRun,
  topicTeaser,
  socialBar,
  breadcrumb,
  titleCopy,
  sectionLinks,
  trailingCall,
  trailingLine,
  trailingSection,
  trailingOrphans,
};

type Kinds = typeof KINDS;
/** What a rule of kind K writes in its `match`. */
type MatchOf<K extends keyof Kinds> = Kinds[K] extends MatcherKind<infer M> ? M & { kind: K } : never;
/** What a rule matches: one of the kinds above with its parameters. */
export type Matcher = { [K in keyof Kinds]: MatchOf<K> }[keyof Kinds];

/** Kinds filed under a name other than their own `kind` (must be none: then this is `true`). */
type Misfiled = { [K in keyof Kinds]: Kinds[K] extends MatcherKind<infer M> ? (M['kind'] extends K ? never : K) : K }[keyof Kinds];
export const everyKindFiledUnderItsName: [Misfiled] extends [never] ? true : Misfiled = true;

const resolved = new WeakMap<Matcher, Matcher>();

/** The rule's parameters with the kind's defaults for those it leaves out (one object per rule, reused). */
function withDefaults(match: Matcher): Matcher {
  let full = resolved.get(match);
  if (!full) resolved.set(match, (full = { ...KINDS[match.kind].defaults, ...match } as Matcher));
  return full;
}

/** The candidate removals the rule's matcher finds: groups of sibling elements, in document order. */
export function detect(ctx: RuleContext, match: Matcher): Element[][] {
  const kind = KINDS[match.kind] as unknown as MatcherKind<Matcher>;
  return kind.detect(ctx, withDefaults(match));
}
