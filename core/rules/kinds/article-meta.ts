/** The article's own date, author, view-count and reading-time lines. */
import { closestWithTag, hasTag } from '../../dom';
import { allPhrases, READING_TIME_UNITS } from '../../phrases';
import { countWords, phrasePattern } from '../../text';
import { isDateOrTime } from '../comments';
import type { RuleContext } from '../context';
import { matcherKind } from '../kind';
import { cachedMatcher, SENTENCE_INSIDE } from '../labels';

/** The article's own meta lines: "Publicat: 18 martie 2025, 16:45 | Autor: … | Vizualizări: 3.214", a lone date, a "By …" line. */
export interface ArticleMetaMatch {
  kind: 'articleMeta';
  labels: readonly string[];
  bylines: readonly string[];
  maxLength: number;
}

const ONLY_DATE = /^[\p{P}\p{S}\s]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{2}-\d{2})(?:[,\s]+\d{1,2}:\d{2}(?::\d{2})?)?[\p{P}\p{S}\s]*$/u;
/** "Dienstag, 6. Mai 2014", "7. oktober 2020", "marca 2021": a written-out date and nothing else. */
const WRITTEN_DATE = /^(?:\p{L}+,?\s+)?(?:\d{1,2}\.?\s+)?\p{L}{3,}\.?,?\s+(?:19|20)\d{2}$/u;
/** A unit of reading time in folded text, a number stuck to it or not ("5min", "4 Minuten"). */
const READING_TIME = new RegExp(`(?<![\\p{L}])${phrasePattern(allPhrases(READING_TIME_UNITS))}(?![\\p{L}])`, 'u');

const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'SPAN', 'TIME', 'SMALL', 'ABBR', 'MARK', 'U', 'SUP', 'SUB', 'FONT', 'CITE', 'Q']);
/** A block with this many words is running text, not a label. */
const SENTENCE_WORDS = 8;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Running text: a block of words and inline elements, not a container of blocks (whose inline children stand alone). */
function inRunningText(ctx: RuleContext, parent: Element): boolean {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName)) return false;
  }
  return countWords(ctx.text(parent)) >= SENTENCE_WORDS;
}

/** In a row of a data table: its row has other cells with text (a layout table's row has one). */
function inDataRow(ctx: RuleContext, el: Element): boolean {
  let filled = 0;
  for (let cell = closestWithTag(el, 'TD', 'TH')?.parentElement?.firstElementChild ?? null; cell; cell = cell.nextElementSibling) {
    if (ctx.text(cell) && ++filled > 1) return true;
  }
  return false;
}

/** The by-word's words and then a capitalised name: "By Jane", "Scris de Ion" (one pattern per length of by-word). */
const NAME_AFTER: RegExp[] = [];
function nameAfter(byWord: string): RegExp {
  const words = byWord.split(/\s+/u).length;
  return (NAME_AFTER[words] ??= new RegExp(`^(?:\\S+\\s+){${words}}\\p{Lu}`, 'u'));
}

export const articleMeta = matcherKind<ArticleMetaMatch>()({}, (ctx, match) => {
  const start = cachedMatcher(match.bylines, 'start');
  const anywhere = cachedMatcher(match.labels, 'anywhere');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const text = ctx.text(el);
    if (SENTENCE_INSIDE.test(text)) continue;
    const folded = ctx.folded(el);
    const words = text.split(/\s+/).length;
    const lonelyDate = ONLY_DATE.test(text) || (text.length <= 40 && WRITTEN_DATE.test(text));
    // "Publicat: …, 16:45 | Autor: …", "24. März 2004, 19:49 | Genesis": a date with labels or bars.
    const labelledDate = !lonelyDate && isDateOrTime(text)
      && ((anywhere.test(folded) && (/[|•·:]/.test(text) || words <= 8)) || (/[|•·]/.test(text) && words <= 8));
    // "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS": a date among bars.
    const barredDate = !lonelyDate && isDateOrTime(text) && (text.match(/[|•·]/gu)?.length ?? 0) >= 2 && words <= 16;
    // "By Jane Doe", "VON Sina Giebel": a by-word and a name; "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr" with the date.
    const byWord = start.exec(folded);
    const byName = byWord !== null && nameAfter(byWord[0]).test(text.replace(/^\S+:\s*/u, (m) => m.replace(':', '')));
    const byline = byName && (words <= 5 || (words <= 12 && isDateOrTime(text)));
    // "Lesezeit: 4 Minuten", "5 min read", "Ten tekst przeczytasz w mniej niż minutę".
    const readingTime = words <= 8 && anywhere.test(folded) && READING_TIME.test(folded);
    if (!(lonelyDate || labelledDate || barredDate || byline || readingTime)) continue;
    if (ctx.linkDensity(el) > 0.5 && !hasTag(el, 'time')) continue;
    const line = ctx.outermostWithSameText(el);
    // A dated heading ("Donnerstag, 03. Februar 2022" over that day's programme) structures the text;
    // a date in a data table's row is the table's data.
    if (lonelyDate && (/^H[1-6]$/.test(line.tagName) || inDataRow(ctx, line))) continue;
    // A date inside running text ("… la temporada 2022 llegó …", "Retrieved 2018-04-16.") is part of it.
    if (INLINE_TAGS.has(line.tagName) && line.parentElement && inRunningText(ctx, line.parentElement)) continue;
    out.push([line]);
  }
  return out;
});
