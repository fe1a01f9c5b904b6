/**
 * Text helpers shared by the rules: folding for accent- and script-insensitive matching, and
 * Unicode-aware phrase matching (JavaScript's `\b` only knows ASCII letters, so it fails on Greek,
 * Arabic, Cyrillic and on Romanian ș/ț).
 */

const COMBINING_MARKS = /\p{M}+/gu;
// Arabic letter variants that writers use interchangeably (hamza forms of alef, ta marbuta, alef maqsura)
// and the tatweel used for justification.
const ARABIC_FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ـ: '' };
const ARABIC_FOLD_RE = /[أإآٱةىـ]/g;
// Latin letters whose stroke is not a combining mark, so NFKD leaves them: Polish ł ("źródło",
// "dołącz"), Croatian and Serbian đ, Danish and Norwegian ø, Turkish dotless ı.
const LATIN_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i' };
const LATIN_FOLD_RE = /[łđøı]/g;

/**
 * Folds text for matching: lower case, no diacritics (Romanian ş/ș and ţ/ț, Greek tonos, French
 * accents, Polish ł and Arabic harakat all go), Arabic letter variants unified, whitespace collapsed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(ARABIC_FOLD_RE, (ch) => ARABIC_FOLDS[ch] ?? ch)
    .replace(LATIN_FOLD_RE, (ch) => LATIN_FOLDS[ch] ?? ch)
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only, folded: markup, quotes, dashes and spacing differ between metadata and page. */
export function comparableKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One phrase of a table as a regular-expression alternative. `horoscop*` is a stem (it matches
 * "horoscopul" and "horoscopes"); `hier [à]` matches "hier" only when "à" follows (French "hier à
 * 18:05", not German "hier"); a space matches any run of whitespace.
 */
function phraseAlternative(phrase: string, fold: (text: string) => string): string {
  const follower = /\s*\[([^\]]+)\]$/u.exec(phrase);
  const words = follower ? phrase.slice(0, follower.index) : phrase;
  const stem = words.endsWith('*');
  const body = escapeRegex(fold(stem ? words.slice(0, -1) : words)).replace(/ /g, '\\s+');
  return `${body}${stem ? `${LETTER_OR_DIGIT}*` : ''}${follower ? `(?=\\s+${escapeRegex(fold(follower[1]!))})` : ''}`;
}

function alternation(phrases: readonly string[], fold: (text: string) => string): string {
  const alternatives = [...new Set(phrases.map((p) => p.trim()).filter(Boolean).map((phrase) => phraseAlternative(phrase, fold)))]
    .sort((a, b) => b.length - a.length);
  return `(?:${alternatives.join('|')})`;
}

/**
 * A regular-expression group matching any of the phrases (see phraseAlternative) in folded text.
 * Match against `foldText(text)`; the boundaries that `phraseMatcher` adds understand every script.
 */
export function phrasePattern(phrases: readonly string[]): string {
  return alternation(phrases, foldText);
}

/**
 * The same group for the page's own text, phrases as written (not folded): for patterns that must
 * report positions in that text. Use it with the `i` flag.
 */
export function literalPhrasePattern(phrases: readonly string[]): string {
  return alternation(phrases, (text) => text);
}

/** `phrasePattern` as a ready RegExp: anywhere on word boundaries, the whole text, or its start. */
export function phraseMatcher(phrases: readonly string[], anchored: 'anywhere' | 'whole' | 'start' = 'anywhere'): RegExp {
  const core = phrasePattern(phrases);
  if (anchored === 'whole') return new RegExp(`^${core}$`, 'u');
  if (anchored === 'start') return new RegExp(`^${core}(?!${LETTER_OR_DIGIT})`, 'u');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})${core}(?!${LETTER_OR_DIGIT})`, 'u');
}

/** Words in any script (letters and digits, joined by inner apostrophes or hyphens). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  // Scripts written without spaces (Chinese, Japanese, Thai…) need a segmenter to count words.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(text)
    && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let count = 0;
    for (const segment of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
      if (segment.isWordLike) count++;
    }
    return count;
  }
  return text.match(WORD)?.length ?? 0;
}

/** Number of letters and digits in the text: punctuation and spacing do not count towards density measures. */
const LETTER_RUN = /[\p{L}\p{N}]+/gu;

export function letterCount(text: string): number {
  // Runs, not single letters: matching each letter allocates a string per letter, and this is called
  // on the text of many elements of every page.
  let count = 0;
  LETTER_RUN.lastIndex = 0;
  for (let run = LETTER_RUN.exec(text); run; run = LETTER_RUN.exec(text)) count += run[0].length;
  return count;
}

/** Byline and site, the site once: an article saved before bylines were cleaned can still say "BBC News" twice. */
export function bylineAndSite(byline: string | null, siteName: string | null): string[] {
  const parts = [byline, siteName].filter((part): part is string => Boolean(part?.trim()));
  return parts.length === 2 && comparableKey(parts[0]!) === comparableKey(parts[1]!) ? [parts[1]!] : parts;
}
