/**
 * Comment threads written as plain blocks: a heading or counter ("Comentarii (13)"), "user • date"
 * lines, the comments under them, their buttons and the sign-in prompt. Vendor widgets and
 * comment containers named by class are handled by the selector rules.
 */
import { hasTag, listOf } from '../dom';
import { AGO_AFTER, AGO_BEFORE, allPhrases, COMMENT_ACTIONS, COMMENT_BY, COMMENT_COUNTERS, COMMENT_WORDS, LOGIN_WORDS, SAYS, YESTERDAY } from '../phrases';
import { foldText, literalPhrasePattern, phraseMatcher, phrasePattern } from '../text';
import type { RuleContext } from './context';

const COMMENT_WORD = phraseMatcher(allPhrases(COMMENT_WORDS));
/** "comments", "3 comments", "comentarii (13)", "σχολια 4", "التعليقات:" — the whole line. */
const COMMENT_HEADING = new RegExp(
  `^(?:\\d+\\s*)?${phrasePattern(allPhrases(COMMENT_WORDS))}(?![\\p{L}\\p{N}])\\s*(?:[(\\[]?\\s*\\d+\\s*[)\\]]?)?\\s*:?$`, 'u',
);
const COMMENT_ACTION = phraseMatcher(allPhrases(COMMENT_ACTIONS), 'start');
const LOGIN_WORD = phraseMatcher(allPhrases(LOGIN_WORDS));
/** "12", "12 likes", "Reply", "👍 3": a counter or a one-word button. */
const COUNTER = new RegExp(`^(?:\\d+\\s*)?(?:${phrasePattern(allPhrases(COMMENT_COUNTERS))}|\\+|-|↑|↓|👍|👎)?\\s*\\d*$`, 'u');

/** Dates and times as comment widgets print them, and "2 hours ago" in the supported languages (in the page's own text). */
const DATE_OR_TIME = new RegExp(
  [
    '\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}',
    '\\d{4}-\\d{2}-\\d{2}',
    // "26. März 2004", "7 oktober 2020"
    '\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?,?\\s+(?:19|20)\\d{2}',
    // A time, not a time range ("2:30-3:20hrs" is a duration in a plan or a timetable).
    '(?<!\\d\\s*[-–]\\s*)\\d{1,2}:\\d{2}(?!\\s*[-–]\\s*\\d)',
    `(?<![\\p{L}])${literalPhrasePattern(allPhrases(AGO_BEFORE))}\\s+\\d+\\s*\\p{L}+`,
    `\\d+\\s*\\p{L}+\\s+${literalPhrasePattern(allPhrases(AGO_AFTER))}(?![\\p{L}])`,
    `(?<![\\p{L}])${literalPhrasePattern(allPhrases(YESTERDAY))}(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

/** "#1 Kommentar von Naru-chan", "Comment by Jane": a comment's own header. */
const COMMENT_BY_LINE = new RegExp(
  `^(?:#\\s*\\d+\\s*)?${phrasePattern(allPhrases(COMMENT_WORDS))}\\s+${phrasePattern(allPhrases(COMMENT_BY))}\\s+\\S+(?:\\s+\\S+){0,3}$`, 'u',
);
/** "Jane says:", "Ion a scris:": the WordPress-style attribution of a comment. */
const SAYS_LINE = new RegExp(`^\\S+(?:\\s+\\S+){0,3}\\s+${phrasePattern(allPhrases(SAYS))}\\s*:?$`, 'u');

/** `folded`: the text already folded (foldText), when the caller has it cached. */
export function isCommentHeading(text: string, folded?: string): boolean {
  return text.length <= 40 && COMMENT_HEADING.test(folded ?? foldText(text));
}

export function isCommentMetaLine(text: string): boolean {
  if (text.length > 90) return false;
  if (!DATE_OR_TIME.test(text)) {
    const folded = foldText(text);
    return COMMENT_BY_LINE.test(folded) || SAYS_LINE.test(folded);
  }
  const words = text.split(/\s+/).length;
  // A meta line is a name plus a date, maybe a separator: no sentence.
  return words <= 10 && !/(?<!\d)[.!?]\s+\p{L}/u.test(text);
}

/** A whole comment in one block: "name 12.06.2025, 19:22 The comment… Reply". */
function startsWithMeta(text: string): boolean {
  const match = DATE_OR_TIME.exec(text);
  return match !== null && match.index <= 60 && isCommentMetaLine(text.slice(0, match.index + match[0].length));
}

export function isDateOrTime(text: string): boolean {
  return DATE_OR_TIME.test(text);
}

export function isCommentAction(text: string): boolean {
  if (text.length > 60) return false;
  const folded = foldText(text).replace(/[\s(]*\d+[)\s]*$/u, '');
  if (COMMENT_ACTION.test(folded) || COUNTER.test(folded)) return true;
  // "Kommentare schreiben", "Scrie un comentariu", "Add comment": a comment word and a verb or two.
  return text.length <= 40 && folded.split(/\s+/).length <= 4 && COMMENT_WORD.test(folded) && !COMMENT_HEADING.test(folded);
}

export function isLoginPrompt(text: string, maxLength: number): boolean {
  if (text.length > maxLength) return false;
  const folded = foldText(text);
  return LOGIN_WORD.test(folded) && COMMENT_WORD.test(folded);
}

type ItemKind = 'meta' | 'comment' | 'action' | 'login' | 'body' | 'other';

function itemKind(ctx: RuleContext, el: Element): ItemKind {
  const text = ctx.text(el);
  if (!text) return 'action';
  if (isCommentMetaLine(text)) return 'meta';
  if (startsWithMeta(text) && text.length <= 3000 && ctx.linkDensity(el) < 0.5) return 'comment';
  if (isLoginPrompt(text, 220)) return 'login';
  if (isCommentAction(text) || isCommentHeading(text)) return 'action';
  if (text.length <= 2000 && ctx.linkDensity(el) < 0.5 && !hasTag(el, 'h1', 'h2', 'img', 'figure', 'iframe')) return 'body';
  return 'other';
}

/**
 * From `start`, the following siblings that belong to a comment thread: meta lines, the comments
 * after them, buttons and sign-in prompts. A comment body is only taken after a meta line, so an
 * article paragraph after a lone counter is never eaten.
 */
function threadSiblings(ctx: RuleContext, start: Element, startsComment: boolean): Element[] {
  const taken: Element[] = [];
  let afterMeta = startsComment;
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    const kind = itemKind(ctx, el);
    if (kind === 'other' || (kind === 'body' && !afterMeta)) break;
    if (kind === 'meta' || kind === 'comment') afterMeta = true;
    if (kind === 'login') afterMeta = false; // the sign-in prompt closes a thread
    taken.push(el);
  }
  return taken;
}

/** The comment section a heading introduces: its box when it heads one, else the thread after it. */
export function detectCommentSections(ctx: RuleContext): Element[][] {
  const candidates: Element[][] = [];
  for (const el of ctx.innermostShort(40)) {
    if (!isCommentHeading(ctx.text(el), ctx.folded(el))) continue;
    const heading = ctx.outermostWithSameText(el);
    const headingText = ctx.text(heading);
    let box = heading;
    for (let parent = box.parentElement; parent && parent !== ctx.root && !/^(BODY|HTML|MAIN|ARTICLE)$/.test(parent.tagName)
      && ctx.text(parent).startsWith(headingText) && !hasTag(parent, 'h1'); parent = parent.parentElement) {
      box = parent;
    }
    candidates.push(box !== heading ? [box] : [heading, ...threadSiblings(ctx, heading, false)]);
  }
  return candidates;
}

/** Without a heading: two or more meta lines among siblings, with the comments between and after them. */
export function detectCommentThreads(ctx: RuleContext): Element[][] {
  const candidates: Element[][] = [];
  const seenParents = new Set<Element>();
  for (const el of ctx.shortElements(90)) {
    // A dated heading ("Update vom 3. April 2019") structures an article; comment widgets date
    // their entries in plain lines.
    if (/^H[1-6]$/.test(el.tagName) || !isCommentMetaLine(ctx.text(el))) continue;
    const line = ctx.outermostWithSameText(el);
    const parent = line.parentElement;
    if (!parent || seenParents.has(parent)) continue;
    seenParents.add(parent);
    const metaLines = listOf(parent.children).filter((child) => !/^H[1-6]$/.test(child.tagName) && isCommentMetaLine(ctx.text(child)));
    // The same dateline twice is one line printed for two screen sizes, not two comments.
    if (new Set(metaLines.map((line) => ctx.text(line))).size < 2) continue;
    const first = metaLines[0]!;
    const thread = [first, ...threadSiblings(ctx, first, true)];
    // Dated lines with nothing else between them are a list of dates ("ab 1. Januar 2022 für …"), not comments.
    if (thread.every((item) => isCommentMetaLine(ctx.text(item)))) continue;
    candidates.push(thread);
  }
  return candidates;
}
