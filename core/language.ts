/**
 * Language of an article: detection from the text (franc) combined with what the page
 * declares (<html lang>, og:locale, Content-Language...), names and text direction.
 * Plain TypeScript, no DOM: usable in extension pages, content scripts and Node.
 */
import { francAll } from 'franc';
import {
  CODE_FOR_TAG,
  LANGUAGES,
  MACRO_MEMBERS,
  OTHER_CODES,
  REGION_DIRECTIONS,
  RTL_LANGUAGES,
  RTL_SCRIPTS,
  TAG_ALIASES,
} from './language-table';

export type TextDirection = 'ltr' | 'rtl';

export interface LanguageInfo {
  /** ISO 639-3 as franc gives it ('ron', 'ell', 'arb', ...) or 'und'. */
  code: string;
  /** BCP 47 language subtag ('ro', 'el', 'ar', ...) or 'und'. */
  bcp47: string;
  /** English name; 'Undetermined' for und. */
  name: string;
  /** The language's own name; the English name when unknown. */
  nativeName: string;
  dir: TextDirection;
  /** 0..1 */
  confidence: number;
  source: 'text' | 'declared' | 'text+declared' | 'none';
}

/* ------------------------------------------------------------------------------------------
 * Tuning. Text evidence is measured in "trigram misses": franc scores every language by the
 * distance between trigram profiles, where one unmatched trigram costs 300 and scores are
 * normalised by 300 × sample length; (1 - score) × sample length is therefore roughly how many
 * unmatched trigrams a language is behind the best one. It grows with the amount of text.
 * ---------------------------------------------------------------------------------------- */

/** Raw characters looked at, so that a 10 MB text costs the same as a 50 kB one. */
const SCAN_LIMIT = 50_000;
/** Characters handed to franc (it reads at most 2,048): 1,000 (150–200 words) decide as well as 2,000 on the fixtures and DAnIEL (100/100) at half the cost. */
const SAMPLE_LIMIT = 1_000;
/** Below this many letters the text alone does not decide. */
const MIN_LETTERS = 60;
/** ...but from this many it can still choose between conflicting declarations. */
const MIN_LETTERS_TO_CHOOSE = 20;
/** A declared language's head start, in trigram misses. */
const DECLARED_BONUS = 15;
/** Later hints (og:locale after <html lang>, ...) count a bit less. */
const HINT_DECAY = 0.8;
/** Scale of the margin → confidence curve: confidence = 1 - exp(-margin / MARGIN_SCALE). */
const MARGIN_SCALE = 15;
/** Scale for scripts used by one language only (Greek, Hangul, Thai...), in letters. */
const UNIQUE_SCRIPT_SCALE = 40;
/** Text-only answers below this confidence (margin ≈ 5 misses) are reported as 'und'. */
const MIN_TEXT_CONFIDENCE = 0.3;
/** Confidence of an answer resting on declarations only. */
const DECLARED_ONLY_CONFIDENCE = 0.5;

const UND_CODE = 'und';
const UNDETERMINED = 'Undetermined';

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/* ------------------------------------------------------------------------------------------
 * Tags
 * ---------------------------------------------------------------------------------------- */

interface Tag {
  /** ISO 639-3 code ('ron', 'arb'). */
  code: string;
  /** Canonical language subtag ('ro', 'ar'). */
  language: string;
  /** Script subtag in canonical case ('Latn'), when the tag has one. */
  script?: string;
  /** Region subtag in canonical case ('RO', '419'), when the tag has one. */
  region?: string;
}

const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

let otherCodes: Set<string> | undefined;
function isOtherCode(subtag: string): boolean {
  if (!otherCodes) {
    otherCodes = new Set();
    for (let i = 0; i < OTHER_CODES.length; i += 3) otherCodes.add(OTHER_CODES.slice(i, i + 3));
  }
  return otherCodes.has(subtag);
}

let namesIndex: Map<string, string> | undefined;
/** 'Romanian' → 'ron': some pages put the English name in their language meta. */
function codeFromEnglishName(value: string): string | undefined {
  if (!namesIndex) {
    namesIndex = new Map();
    for (const [code, [, name]] of Object.entries(LANGUAGES)) namesIndex.set(name.toLowerCase(), code);
  }
  return namesIndex.get(value);
}

/** Script and region subtags after the language (and an extlang): zh-Hant-TW, sr-Latn, pt-BR. */
function scriptAndRegion(subtags: readonly string[]): Pick<Tag, 'script' | 'region'> {
  let i = subtags[0] && /^[a-z]{3}$/.test(subtags[0]) ? 1 : 0; // extlang (zh-yue)
  const result: Pick<Tag, 'script' | 'region'> = {};
  const script = subtags[i];
  if (script && /^[a-z]{4}$/.test(script)) {
    result.script = script.charAt(0).toUpperCase() + script.slice(1);
    i++;
  }
  const region = subtags[i];
  if (region && /^(?:[a-z]{2}|\d{3})$/.test(region)) result.region = region.toUpperCase();
  return result;
}

// Regions are kept only for languages whose national standards differ in writing (en-US/en-GB
// spelling, pt-BR/pt-PT, es-419, fr-CA, de-CH without ß, zh-TW); ro-RO or el-GR say nothing
// more than ro or el.
const REGIONAL_STANDARDS = new Set(['de', 'en', 'es', 'fr', 'nl', 'pt', 'zh']);

/** A declared tag as BCP 47: language, script if any, region where the standard differs by country. */
const bcp47Of = (tag: Tag): string =>
  [tag.language, tag.script, REGIONAL_STANDARDS.has(tag.language) ? tag.region : undefined]
    .filter(Boolean)
    .join('-');

/**
 * The detected language as BCP 47: language and script, no region. The verdict is about the
 * language of the text, which says nothing reliable about a country ("en", not the page's "en-US").
 */
const verdictTag = (tag: Tag): string => [tag.language, tag.script].filter(Boolean).join('-');
/** Language subtag of an ISO 639-3 code: ron → ro, arb → ar. */
const languageOf = (code: string): string => LANGUAGES[code]?.[0] ?? code;

function parseTag(raw: string): Tag | null {
  const tag = raw
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/_/g, '-')
    .replace(/[.@].*$/, '') // POSIX locales: en_US.UTF-8, de_DE@euro
    .toLowerCase();
  if (!tag) return null;

  // Whole-tag aliases: i-klingon, zh-min-nan, no-bokmal...
  const whole = tag.includes('-') && own(TAG_ALIASES, tag) ? TAG_ALIASES[tag] : undefined;
  const parts = tag.split('-');
  const first = whole ?? parts[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(first)) {
    const named = codeFromEnglishName(tag);
    return named ? { code: named, language: languageOf(named) } : null;
  }

  const language = own(TAG_ALIASES, first) ? (TAG_ALIASES[first] ?? first) : first;
  if (NOT_A_LANGUAGE.has(language) || /^q[a-t][a-z]$/.test(language)) return null; // special, private use
  // Keep the code the tag itself names when we know it (prs stays Dari, not pes).
  const code = first.length === 3 && own(LANGUAGES, first) ? first : (CODE_FOR_TAG[language] ?? language);
  if (!own(LANGUAGES, code) && !isOtherCode(language)) return null;
  return { code, language, ...(whole ? {} : scriptAndRegion(parts.slice(1))) };
}

/**
 * Normalises one language tag: 'ro-RO' / 'ro_RO' / 'rum' / 'ron' → ron, 'ro'; 'EL' → ell, 'el';
 * 'iw' → heb, 'he'; 'arb' → arb, 'ar'; 'pt_BR' → por, 'pt-BR'; 'en_US.UTF-8' → eng, 'en-US'.
 * `bcp47` is the canonical language subtag plus the tag's script, and its region for languages
 * with regional standards.
 * Returns null for anything that does not name a language ('x-default', 'und', garbage).
 */
export function languageFromTag(tag: string): { code: string; bcp47: string } | null {
  const parsed = parseTag(tag);
  return parsed ? { code: parsed.code, bcp47: bcp47Of(parsed) } : null;
}

/* ------------------------------------------------------------------------------------------
 * Names
 * ---------------------------------------------------------------------------------------- */

const nameCache = new Map<string, string | undefined>();

function displayName(locale: string, bcp47: string): string | undefined {
  const key = `${locale}|${bcp47}`;
  if (nameCache.has(key)) return nameCache.get(key);
  let name: string | undefined;
  try {
    // Without this check an unsupported locale silently falls back to the runtime's default.
    if (Intl.DisplayNames.supportedLocalesOf([locale]).length > 0) {
      name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(bcp47);
    }
  } catch {
    name = undefined; // no Intl.DisplayNames, or a tag it rejects
  }
  if (name?.toLowerCase() === bcp47) name = undefined;
  nameCache.set(key, name);
  return name;
}

function namesOf(tag: Tag | null): { name: string; nativeName: string } {
  if (!tag) return { name: UNDETERMINED, nativeName: UNDETERMINED };
  const name = LANGUAGES[tag.code]?.[1] ?? displayName('en', tag.language) ?? tag.language;
  return { name, nativeName: displayName(tag.language, tag.language) ?? name };
}

/** English and native name of a language given as a BCP 47 tag or ISO 639 code. */
export function languageName(bcp47OrCode: string): { name: string; nativeName: string } {
  return namesOf(parseTag(bcp47OrCode));
}

/* ------------------------------------------------------------------------------------------
 * Scripts and direction
 * ---------------------------------------------------------------------------------------- */

// Scripts told apart in text (ISO 15924 code, Unicode script name). Chinese, Japanese and
// Korean are one family ('Hani'): franc itself tells them apart.
const SCRIPTS: readonly (readonly [string, string])[] = [
  ['Latn', 'Latin'], ['Cyrl', 'Cyrillic'], ['Grek', 'Greek'], ['Arab', 'Arabic'], ['Hebr', 'Hebrew'],
  ['Hani', 'Han'], ['Hani', 'Hiragana'], ['Hani', 'Katakana'], ['Hani', 'Hangul'], ['Hani', 'Bopomofo'],
  ['Deva', 'Devanagari'], ['Beng', 'Bengali'], ['Guru', 'Gurmukhi'], ['Gujr', 'Gujarati'], ['Orya', 'Oriya'],
  ['Taml', 'Tamil'], ['Telu', 'Telugu'], ['Knda', 'Kannada'], ['Mlym', 'Malayalam'], ['Sinh', 'Sinhala'],
  ['Thai', 'Thai'], ['Laoo', 'Lao'], ['Tibt', 'Tibetan'], ['Mymr', 'Myanmar'], ['Geor', 'Georgian'],
  ['Armn', 'Armenian'], ['Ethi', 'Ethiopic'], ['Khmr', 'Khmer'], ['Syrc', 'Syriac'], ['Thaa', 'Thaana'],
  ['Tfng', 'Tifinagh'], ['Olck', 'Ol_Chiki'], ['Yiii', 'Yi'], ['Java', 'Javanese'], ['Nkoo', 'Nko'],
  ['Adlm', 'Adlam'], ['Mong', 'Mongolian'], ['Cher', 'Cherokee'], ['Cans', 'Canadian_Aboriginal'],
];
const SCRIPT_RE = new RegExp(SCRIPTS.map(([, name]) => `(\\p{Script=${name}})`).join('|'), 'u');
const OTHER_SCRIPT = 'Zyyy';

function scriptOf(char: string): string {
  const match = SCRIPT_RE.exec(char);
  if (!match) return OTHER_SCRIPT;
  const group = match.findIndex((value, index) => index > 0 && value !== undefined);
  return SCRIPTS[group - 1]?.[0] ?? OTHER_SCRIPT;
}

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and
// their presentation forms; the historic RTL block (Phoenician ... Old Uyghur, Hanifi Rohingya,
// Yezidi); Mende Kikakui, Adlam.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const LETTER = /\p{L}/gu;

const rtlLanguages = new Set(RTL_LANGUAGES.split(' '));
const rtlScripts = new Set(RTL_SCRIPTS.split(' '));
/** Languages written in both directions (Uyghur, Malay, Azerbaijani...): the text decides. */
const bidiLanguages = new Set(Object.keys(REGION_DIRECTIONS).map((tag) => tag.split('-')[0] ?? ''));
for (const [bcp47, , scripts] of Object.values(LANGUAGES)) {
  const directions = new Set(scripts.split(' ').map((script) => rtlScripts.has(script.toLowerCase())));
  if (directions.size > 1) bidiLanguages.add(bcp47);
}

/** Direction of the strong letters in (a bounded prefix of) the text; null without letters. */
function textDirection(text: string, maxLetters = 2_000): TextDirection | null {
  let rtl = 0;
  let ltr = 0;
  const scan = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(scan); m && rtl + ltr < maxLetters; m = LETTER.exec(scan)) {
    if (RTL_LETTER.test(m[0])) rtl++;
    else ltr++;
  }
  if (rtl + ltr === 0) return null;
  return rtl > ltr ? 'rtl' : 'ltr';
}

function tagDirection(tag: Tag): TextDirection {
  if (tag.script) return rtlScripts.has(tag.script.toLowerCase()) ? 'rtl' : 'ltr';
  const byRegion = tag.region ? REGION_DIRECTIONS[`${tag.language}-${tag.region.toLowerCase()}`] : undefined;
  return byRegion ?? (rtlLanguages.has(tag.language) ? 'rtl' : 'ltr');
}

/**
 * Text direction of a language ('ar', 'he', 'fa-IR', 'az-Arab', 'urd'...). When the language
 * is unknown — or written in scripts of both directions — and text is given, the dominant
 * strong-direction script of the text decides.
 */
export function directionOf(bcp47OrCode: string, text?: string): TextDirection {
  const tag = parseTag(bcp47OrCode);
  if (text !== undefined && (!tag || (bidiLanguages.has(tag.language) && !tag.script))) {
    const fromText = textDirection(text);
    if (fromText) return fromText;
  }
  return tag ? tagDirection(tag) : 'ltr';
}

/* ------------------------------------------------------------------------------------------
 * Text sample
 * ---------------------------------------------------------------------------------------- */

interface Sample {
  /** Words of the dominant script, at most SAMPLE_LIMIT characters: what franc sees. */
  text: string;
  /** Letters of the dominant script among the scanned words (Han characters count 3). */
  letters: number;
  /** Dominant script (ISO 15924; 'Hani' for CJK). */
  script: string;
  /** Share of the dominant script among all letters. */
  share: number;
  dir: TextDirection | null;
}

const WORD = /[\p{L}\p{M}]+/gu;
// An address starts a run of non-spaces: tried only there, so a long word costs one scan, not one per letter.
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@\S+\.\S+/giu;

function sampleText(text: string): Sample {
  const scan = (text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text).replace(URL_OR_EMAIL, ' ');
  const words: { word: string; script: string }[] = [];
  const letters = new Map<string, number>();
  let total = 0;
  let rtl = 0;
  WORD.lastIndex = 0;
  // Collect enough words to fill the sample even if only a third is in the dominant script.
  for (let m = WORD.exec(scan); m && total < 3 * SAMPLE_LIMIT; m = WORD.exec(scan)) {
    const word = m[0];
    const first = String.fromCodePoint(word.codePointAt(0) ?? 32);
    const script = scriptOf(first);
    // A Han character carries about as much as a short word: count it as three letters.
    const weight = script === 'Hani' ? 3 * word.length : word.length;
    words.push({ word, script });
    letters.set(script, (letters.get(script) ?? 0) + weight);
    total += weight;
    if (RTL_LETTER.test(first)) rtl += weight;
  }

  let script = OTHER_SCRIPT;
  let best = 0;
  for (const [candidate, count] of letters) {
    if (count > best) [script, best] = [candidate, count];
  }
  let sample = '';
  for (const { word, script: wordScript } of words) {
    if (wordScript !== script) continue;
    const room = SAMPLE_LIMIT - sample.length - 1;
    if (room <= 0) break;
    // Scripts written without spaces (Chinese, Thai...) make very long "words".
    sample += (sample ? ' ' : '') + (word.length > room ? word.slice(0, room) : word);
  }
  return {
    text: sample,
    letters: best,
    script,
    share: total ? best / total : 0,
    dir: total ? (rtl > total - rtl ? 'rtl' : 'ltr') : null,
  };
}

/* ------------------------------------------------------------------------------------------
 * Evidence from the text
 * ---------------------------------------------------------------------------------------- */

interface Candidate {
  code: string;
  /** Trigram misses behind the best candidate (0 for the best), after the web prior. */
  distance: number;
}

interface TextGuess {
  /** Best first. */
  candidates: Candidate[];
  /** Evidence for the top candidate's language family over the best other family, in misses. */
  margin: number;
  /** 0..1 */
  confidence: number;
}

// Languages franc knows that rarely appear on news pages (no ISO 639-1 code: Magahi, Venetian,
// Scots, Aromanian...; Dari next to Persian) start this many misses behind, so that a close
// call goes to the common neighbour (Hindi, Italian, English, Romanian, Persian).
// Central Kurdish is common enough.
const RARE_ON_WEB_PENALTY = 4;
const COMMON_WITHOUT_ISO_639_1 = new Set(['ckb']);
// franc confuses Hindi with its neighbours; ISO 639 puts them in no common macrolanguage.
const HINDI_BELT = new Set(['hin', 'mag', 'bho', 'mai']);

function isRareOnWeb(code: string): boolean {
  const tag = languageOf(code);
  if (tag.length === 3) return !COMMON_WITHOUT_ISO_639_1.has(tag);
  // Second code for the same tag: Dari (prs) next to Persian (pes) is rarer on the web.
  return (CODE_FOR_TAG[tag] ?? tag) !== code;
}

let macroOf: Map<string, string> | undefined;
/** Languages franc cannot reliably tell apart: Serbo-Croatian, Norwegian, Malay, Persian... */
function familyOf(code: string): string {
  if (!macroOf) {
    macroOf = new Map();
    for (const [macro, members] of Object.entries(MACRO_MEMBERS)) {
      for (const member of members) macroOf.set(member, macro);
    }
  }
  if (HINDI_BELT.has(code)) return 'hi';
  return macroOf.get(code) ?? languageOf(code);
}

function rankCandidates(results: readonly (readonly [string, number])[], length: number): Candidate[] {
  const candidates = results.map(([code, score]) => ({
    code,
    distance: (1 - score) * length + (isRareOnWeb(code) ? RARE_ON_WEB_PENALTY : 0),
  }));
  candidates.sort((a, b) => a.distance - b.distance);
  const best = candidates[0]?.distance ?? 0;
  for (const candidate of candidates) candidate.distance -= best;
  return candidates;
}

/**
 * Confidence from a margin in trigram misses: 1 - exp(-margin / 15), so 5 misses → 0.28,
 * 15 → 0.63, 30 → 0.86, 60 → 0.98. The text's margin is the distance from franc's best language
 * to the best language of another family, × script purity, × a sibling factor (see below).
 */
const confidenceOf = (margin: number): number => 1 - Math.exp(-Math.max(0, margin) / MARGIN_SCALE);

// Letters only Kurdish uses in Arabic script (ڕ ڵ ێ). franc has no Arabic-script model for
// Central Kurdish (Sorani) and would call it Persian.
const SORANI_LETTERS = /[\u0695\u06B5\u06CE]/g;
const SORANI_MIN_SHARE = 0.005;

function isSorani(sample: Sample): boolean {
  if (sample.script !== 'Arab') return false;
  const count = sample.text.match(SORANI_LETTERS)?.length ?? 0;
  return count >= SORANI_MIN_SHARE * sample.text.length;
}

/** Halves shorter than this say too little to call a text mixed. */
const MIN_HALF_LENGTH = 250;
/** Each half must favour its family by this many misses. */
const MIXED_HALF_MARGIN = 10;
/** How many of the whole sample's best languages the halves are compared against. */
const MIXED_CANDIDATES = 24;

/** Each half's best family and its margin over the next family, in misses. */
function bestFamily(text: string, only: string[]): { family: string; margin: number } | null {
  const candidates = rankCandidates(francAll(text, { minLength: 1, only }), text.length);
  const top = candidates[0];
  if (!top || top.code === UND_CODE) return null;
  const family = familyOf(top.code);
  return { family, margin: candidates.find((c) => familyOf(c.code) !== family)?.distance ?? Infinity };
}

/**
 * Text in two languages (an English quote and a Romanian paragraph) is no evidence for
 * either: franc would pick whichever has more trigrams. Mixed when the two halves of the
 * sample each clearly favour a different family.
 */
function isMixed(sample: Sample, wholeResults: readonly (readonly [string, number])[]): boolean {
  if (sample.text.length < 2 * MIN_HALF_LENGTH) return false;
  const middle = sample.text.indexOf(' ', sample.text.length / 2);
  if (middle < 0) return false;
  // Each half is written in one of the languages the whole sample is closest to: comparing the
  // halves against those alone costs a fraction of a full franc run.
  const only = wholeResults.slice(0, MIXED_CANDIDATES).map(([code]) => code);
  const first = bestFamily(sample.text.slice(0, middle), only);
  const second = bestFamily(sample.text.slice(middle + 1), only);
  if (!first || !second || first.family === second.family) return false;
  return Math.min(first.margin, second.margin) >= MIXED_HALF_MARGIN;
}

/** The sample's first this-many characters pick the shortlist of languages the whole sample is scored against. */
const SHORTLIST_SAMPLE = 120;
/** Languages on the shortlist: on the 990 + 100 benchmark pages the verdict changed on one mixed English/German page. */
const SHORTLIST_SIZE = 24;

/**
 * franc's ranking of the sample, in two steps: a prefix against every language of the script picks
 * a shortlist, and the whole sample is scored against the shortlist only. franc's time is the number
 * of trigrams times the number of languages (about 150 for Latin script), so this costs about a third
 * of one full run, and the languages that matter get the whole sample's evidence.
 */
function francShortlisted(text: string): (readonly [string, number])[] {
  const cut = text.indexOf(' ', SHORTLIST_SAMPLE);
  if (cut < 0 || text.length < 2 * SHORTLIST_SAMPLE) return francAll(text, { minLength: 1 });
  const only = francAll(text.slice(0, cut), { minLength: 1 }).slice(0, SHORTLIST_SIZE).map(([code]) => code);
  return francAll(text, { minLength: 1, only });
}

/** Above this confidence a text is not checked for being two languages half and half. */
const CLEAR_VERDICT = 0.99;

function guessFromText(sample: Sample): TextGuess | null {
  const results: (readonly [string, number])[] = isSorani(sample) ? [['ckb', 1]] : francShortlisted(sample.text);
  if (!results[0] || results[0][0] === UND_CODE) return null;
  const candidates = rankCandidates(results, sample.text.length);
  const top = candidates[0];
  if (!top) return null;
  const family = familyOf(top.code);
  // A script only one language is written in (Greek, Hangul, Thai...): franc returns that
  // language alone, and the evidence is the amount of text.
  const outside =
    candidates.find((c) => familyOf(c.code) !== family)?.distance ??
    (MARGIN_SCALE * sample.letters) / UNIQUE_SCRIPT_SCALE;
  // Text mixing scripts is weaker evidence: scale by how dominant the script is.
  const purity = Math.min(1, Math.max(0, (sample.share - 0.5) / 0.3));
  const margin = outside * purity;
  // Within a family (Croatian/Serbian/Bosnian) franc's pick is a guess: at most halve the
  // confidence, less so the clearer the pick.
  const sibling = candidates.find(
    (c) => c !== top && familyOf(c.code) === family && languageOf(c.code) !== languageOf(top.code),
  );
  const siblingFactor = sibling && sibling.distance < outside ? 0.5 + 0.5 * confidenceOf(sibling.distance) : 1;
  const confidence = confidenceOf(margin) * siblingFactor;
  // Two halves in two languages blur the whole sample's margin: only an unclear verdict is worth
  // the two extra franc runs that tell a mixed text.
  if (confidence < CLEAR_VERDICT && results.length > 1 && isMixed(sample, results)) return { candidates, margin: 0, confidence: 0 };
  return { candidates, margin, confidence };
}

/* ------------------------------------------------------------------------------------------
 * Evidence from declarations
 * ---------------------------------------------------------------------------------------- */

interface Hint {
  tag: Tag;
  /** franc codes this declaration covers (its own code, macrolanguage members). */
  francCodes: readonly string[];
  /** 1 for the first hint, less for later ones. */
  weight: number;
}

let francCodesByLanguage: Map<string, string[]> | undefined;
function francCodesFor(language: string): readonly string[] {
  if (!francCodesByLanguage) {
    francCodesByLanguage = new Map();
    for (const [code, [tag, , , franc]] of Object.entries(LANGUAGES)) {
      if (franc) francCodesByLanguage.set(tag, [...(francCodesByLanguage.get(tag) ?? []), code]);
    }
  }
  return [...(francCodesByLanguage.get(language) ?? []), ...(MACRO_MEMBERS[language] ?? [])];
}

/** Whether a language can be written in the script; unknown scripts are compatible. */
function writtenIn(hint: Hint, script: string): boolean {
  const codes = hint.francCodes.length > 0 ? hint.francCodes : [hint.tag.code];
  const scripts = codes.flatMap((code) => (LANGUAGES[code]?.[2] ?? '').split(' ').filter(Boolean));
  return scripts.length === 0 || scripts.includes(script);
}

/** Declared values in priority order → distinct, valid, script-compatible languages. */
function parseHints(declared: readonly string[], sample: Sample): Hint[] {
  const hints: Hint[] = [];
  let weight = 1;
  for (const value of declared) {
    if (typeof value !== 'string') continue;
    // Content-Language / Accept-Language style lists: 'ro, en', 'ro-RO,ro;q=0.9'.
    for (const part of value.split(',')) {
      const tag = parseTag(part.split(';')[0] ?? '');
      if (!tag || hints.some((h) => h.tag.language === tag.language)) continue;
      const hint = { tag, francCodes: francCodesFor(tag.language), weight };
      // lang="en" on a Greek or Arabic page is a template default, not evidence.
      if (sample.letters >= 10 && !writtenIn(hint, sample.script)) continue;
      hints.push(hint);
      weight *= HINT_DECAY;
    }
  }
  return hints;
}

/* ------------------------------------------------------------------------------------------
 * Decision
 * ---------------------------------------------------------------------------------------- */

interface Decision {
  code: string;
  /** The declaration the answer agrees with, for its script and region (pt-BR). */
  hint?: Hint;
  confidence: number;
  source: LanguageInfo['source'];
}

const UNDECIDED: Decision = { code: UND_CODE, confidence: 0, source: 'none' };

function fromDeclaration(hint: Hint | undefined, code = hint?.tag.code): Decision {
  if (!hint || !code) return UNDECIDED;
  return { code, hint, confidence: DECLARED_ONLY_CONFIDENCE, source: 'declared' };
}

/** franc answers that rest on a script no other language uses (kana, Hangul). */
const EXCLUSIVE_SCRIPT_LANGUAGES = new Set(['jpn', 'kor']);

interface Scored {
  score: number;
  hint?: Hint;
}

/**
 * Text and declarations as one score per language: minus franc's distance, plus a head start
 * for declared languages. A confident franc outweighs a wrong declaration; a declaration
 * settles franc's close calls (Croatian/Bosnian, short texts). A declared language franc did
 * not score is placed with the best other family: franc speaks against it only when sure.
 */
function scoreLanguages(guess: TextGuess, hints: readonly Hint[]): [string, Scored][] {
  const scores = new Map<string, Scored>();
  for (const { code, distance } of guess.candidates) scores.set(code, { score: -distance });
  const top = guess.candidates[0]?.code ?? UND_CODE;
  // When franc had a single candidate (the text's script is used by one language it knows:
  // Bengali, Han-only, Greek...) it measured nothing against other languages of that script
  // (Assamese, kanji-only Japanese, Ancient Greek), unless the script is that language's alone.
  const unmeasured = guess.candidates.length > 1 || EXCLUSIVE_SCRIPT_LANGUAGES.has(top) ? -guess.margin : 0;
  for (const hint of hints) {
    const codes = hint.francCodes.length > 0 ? hint.francCodes : [hint.tag.code];
    const exact = codes.filter((code) => languageOf(code) === hint.tag.language);
    for (const code of codes) {
      const entry = scores.get(code) ?? { score: unmeasured };
      if (entry.hint) continue; // an earlier, stronger hint already counted
      // 'ms' speaks for Malay first, for the other members of its macrolanguage less.
      const share = exact.length > 0 && !exact.includes(code) ? 0.5 : 1;
      scores.set(code, { score: entry.score + DECLARED_BONUS * hint.weight * share, hint });
    }
  }
  return [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
}

/**
 * Too little text to say anything on its own: the declaration, and when the page declares
 * several languages (lang="en" from a template, og:locale ro_RO), the one the text favours.
 */
function decideShort(sample: Sample, hints: readonly Hint[]): Decision {
  const guess = hints.length > 1 && sample.letters >= MIN_LETTERS_TO_CHOOSE ? guessFromText(sample) : null;
  if (!guess) return fromDeclaration(hints[0]);
  const [code, best] = scoreLanguages(guess, hints).find(([, scored]) => scored.hint) ?? [];
  return fromDeclaration(best?.hint ?? hints[0], code);
}

function decide(guess: TextGuess, hints: readonly Hint[]): Decision {
  const ranked = scoreLanguages(guess, hints);
  const [code, winner] = ranked[0] ?? [];
  if (!code || !winner) return UNDECIDED;
  const { hint } = winner;

  if (!hint) {
    // Unclear text (mixed languages, lists of names...) and no declaration close enough.
    if (guess.confidence < MIN_TEXT_CONFIDENCE) return UNDECIDED;
    return { code, confidence: guess.confidence, source: 'text' };
  }
  if (code === guess.candidates[0]?.code) {
    // Agreement: two independent pieces of evidence.
    const confidence = 1 - (1 - guess.confidence) * (1 - DECLARED_ONLY_CONFIDENCE);
    return { code, hint, confidence, source: 'text+declared' };
  }
  // The declaration overrode franc's pick: as sure as its lead over the next language.
  const lead = winner.score - (ranked[1]?.[1].score ?? -Infinity);
  return { code, hint, confidence: 0.25 + 0.5 * confidenceOf(lead), source: 'declared' };
}

/* ------------------------------------------------------------------------------------------
 * Public entry point
 * ---------------------------------------------------------------------------------------- */

/**
 * Detects the language of an article's text, weighing the page's declarations.
 * `declared`: raw hints in priority order (<html lang>, og:locale 'ro_RO', Content-Language
 * 'ro, en', ...); malformed ones are ignored.
 */
export function detectLanguage(text: string, declared: readonly string[] = []): LanguageInfo {
  const sample = sampleText(typeof text === 'string' ? text : '');
  const hints = parseHints(declared, sample);
  const guess = sample.letters >= MIN_LETTERS ? guessFromText(sample) : null;
  return toInfo(guess ? decide(guess, hints) : decideShort(sample, hints), sample);
}

// franc's only Latin-script Kurdish model is labelled ckb (Central Kurdish), but Kurdish in
// Latin script is Northern Kurdish (Kurmanji).
const LATIN_KURDISH: Pick<Tag, 'code' | 'language'> = { code: 'kmr', language: 'ku' };

const CJK_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Hang', 'Hira', 'Kana', 'Bopo']);

/** The answer as a tag: the declaration's script and region when it named this language. */
function answerTag(decision: Decision, sample: Sample): Tag {
  const declared = decision.hint?.tag;
  if (decision.code === 'ckb' && sample.script === 'Latn') return { ...LATIN_KURDISH, region: declared?.region };
  // A language franc does not know keeps the declared subtag; others get their own (nob → nb).
  const language = declared?.code === decision.code ? declared.language : languageOf(decision.code);
  const tag: Tag = { code: decision.code, language, region: declared?.region };
  // The declared script, unless the text is visibly in another one (sr-Cyrl on a Latin page).
  const script = declared?.script;
  const family = script && CJK_SCRIPTS.has(script) ? 'Hani' : script;
  if (script && (family === sample.script || sample.letters < MIN_LETTERS_TO_CHOOSE)) tag.script = script;
  return tag;
}

function toInfo(decision: Decision, sample: Sample): LanguageInfo {
  const confidence = Math.round(decision.confidence * 1000) / 1000;
  if (decision.code === UND_CODE) {
    const names = { name: UNDETERMINED, nativeName: UNDETERMINED };
    return { code: UND_CODE, bcp47: UND_CODE, ...names, dir: sample.dir ?? 'ltr', confidence: 0, source: 'none' };
  }
  const tag = answerTag(decision, sample);
  // Short text says little about direction; otherwise the script on the page decides
  // (Uyghur and Malay are written in both directions).
  const dir = sample.letters >= MIN_LETTERS && sample.dir ? sample.dir : tagDirection(tag);
  return { code: tag.code, bcp47: verdictTag(tag), ...namesOf(tag), dir, confidence, source: decision.source };
}
