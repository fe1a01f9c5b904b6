/**
 * Search terms for every script we support. Words are runs of letters, digits and combining marks
 * (apostrophes and hyphens split them: "dell'anno" gives "dell" and "anno"). Scripts written without
 * spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are cut into words by Intl.Segmenter, or into
 * overlapping character pairs where it is missing. Terms are folded with `foldText`, so case, accents,
 * Greek tonos and final sigma, Romanian comma/cedilla and Arabic harakat and letter variants do not
 * matter.
 */
import { foldText } from '@/core/text';

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const SPACELESS_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const SPACELESS = new RegExp(`[${SPACELESS_CLASS}]`, 'u');
/** A run split into its spaceless and other parts, for the fallback without a segmenter. */
const SCRIPT_PARTS = new RegExp(`[${SPACELESS_CLASS}]+|[^${SPACELESS_CLASS}]+`, 'gu');

/** The word segmenter the runtime offers, or null (older Firefox ESR has none). */
function defaultSegmenter(): Intl.Segmenter | null {
  return typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
}

const runtimeSegmenter = defaultSegmenter();

/** Overlapping pairs of characters (code points): the usual fallback for CJK text. */
function characterPairs(part: string): string[] {
  const chars = [...part];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => chars[i] + char);
}

/** Splits text into words (not yet folded). `segmenter` is only a parameter so tests can drop it. */
export function tokenize(text: string, segmenter: Intl.Segmenter | null = runtimeSegmenter): string[] {
  const words: string[] = [];
  for (const [run] of text.matchAll(WORD_RUN)) {
    if (!SPACELESS.test(run)) {
      words.push(run);
    } else if (segmenter) {
      for (const segment of segmenter.segment(run)) if (segment.isWordLike) words.push(segment.segment);
    } else {
      for (const [part] of run.matchAll(SCRIPT_PARTS)) {
        if (SPACELESS.test(part)) words.push(...characterPairs(part));
        else words.push(part);
      }
    }
  }
  return words;
}

// Folding a term costs a Unicode normalization and a few regular expressions; a library of 10,000
// articles has millions of words but only some hundred thousand distinct ones, so folds are cached.
const FOLD_CACHE_LIMIT = 200_000;
const folded = new Map<string, string>();

export function foldTerm(term: string): string {
  let result = folded.get(term);
  if (result === undefined) {
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    result = foldText(term);
    folded.set(term, result);
  }
  return result;
}

// Arabic writes the definite article and some one-letter conjunctions and prepositions as part of the
// word: "الحكومة" (the government), "والحكومة" (and the government), "للحكومة" (for the government).
// Folded forms (foldText turns أ/إ/آ into ا).
const ARABIC_ARTICLE = /^(?:[وفبك]?ال|لل)(?=\p{Script=Arabic}{2})/u;

/** The term without an Arabic article prefix, or the term itself. */
function withoutArabicArticle(term: string): string {
  return term.replace(ARABIC_ARTICLE, '');
}

/**
 * Terms stored in the index for one word: its folded form and, for Arabic words with an article, the
 * bare word too, so that "حكومة" finds "الحكومة".
 */
export function indexTerms(word: string): string[] | null {
  const term = foldTerm(word);
  if (!term) return null;
  const bare = withoutArabicArticle(term);
  return bare === term ? [term] : [term, bare];
}

/** The term searched for one query word: folded, and without an Arabic article (see `indexTerms`). */
export function queryTerm(word: string): string | null {
  const term = foldTerm(word);
  return term ? withoutArabicArticle(term) : null;
}
