/**
 * Whether a short text is horoscope talk: a horoscope word ("horoscop", "ζώδια", "أبراج"), or a
 * zodiac sign's name with horoscope context in the same language — other signs, a word of fortune,
 * or (for a form with no everyday meaning) a day or a date. A sign's name alone never is: "Leu" is
 * Romania's currency, "Καρκίνος" is cancer, "الأسد" a surname.
 */
import { allPhrases, HOROSCOPE, HOROSCOPE_FORTUNE, HOROSCOPE_PERIOD, type PhraseTable, ZODIAC_SIGNS, ZODIAC_SIGNS_EVERYDAY } from '../phrases';
import { foldText, phraseMatcher } from '../text';

const HOROSCOPE_WORD = phraseMatcher(allPhrases(HOROSCOPE));
/** "13.03", "13/03/2025": a day and month in figures. */
const NUMERIC_DATE = /(?<!\d)\d{1,2}[./]\d{1,2}(?!\d)/u;

/** Per language: the context words count only next to a sign of their own language ("Lions" is English too). */
function byLanguage(table: PhraseTable): Map<string, RegExp> {
  return new Map(Object.entries(table).map(([lang, phrases]) => [lang, phraseMatcher(phrases)]));
}
const FORTUNE = byLanguage(HOROSCOPE_FORTUNE);
const PERIOD = byLanguage(HOROSCOPE_PERIOD);

interface SignForm {
  /** The languages that write a sign this way. */
  languages: string[];
  /** Those where the form has no everyday meaning. */
  unambiguous: string[];
}
/** Every form of every sign (one word each). */
const FORMS = new Map<string, SignForm>();
for (const [table, unambiguous] of [[ZODIAC_SIGNS, true], [ZODIAC_SIGNS_EVERYDAY, false]] as const) {
  for (const [lang, forms] of Object.entries(table)) {
    for (const form of forms) {
      const key = foldText(form);
      let known = FORMS.get(key);
      if (!known) FORMS.set(key, (known = { languages: [], unambiguous: [] }));
      known.languages.push(lang);
      if (unambiguous) known.unambiguous.push(lang);
    }
  }
}
/** Arabic names a sign unambiguously as "the tower of …": "برج الأسد" is the sign Leo, "الأسد" alone may be Assad. */
const SIGN_PREFIX = foldText('برج');
const WORD = /[\p{L}\p{N}]+/gu;

export interface SignsFound {
  /** Distinct sign names (a sign named twice in two forms counts twice: "Berbec" and "Berbecii" is horoscope talk too). */
  signs: number;
  /** Languages of the forms found. */
  languages: Set<string>;
  /** Languages of the forms found that have no everyday meaning ("Berbec", "Υδροχόος", "برج الأسد"). */
  unambiguous: Set<string>;
}

/** The zodiac signs a folded text names. */
export function signsIn(folded: string): SignsFound {
  const signs = new Set<string>();
  const languages = new Set<string>();
  const unambiguous = new Set<string>();
  let previous = '';
  // Word by word (a map lookup each), not one pattern of all the forms: this runs on every short block.
  for (const [word] of folded.matchAll(WORD)) {
    const form = FORMS.get(word);
    if (form) {
      signs.add(word);
      form.languages.forEach((lang) => languages.add(lang));
      (previous.endsWith(SIGN_PREFIX) ? form.languages : form.unambiguous).forEach((lang) => unambiguous.add(lang));
    }
    previous = word;
  }
  return { signs: signs.size, languages, unambiguous };
}

/** Distinct signs that make a horoscope by themselves (a run: "Berbec, Taur, Gemeni"); two when one is unambiguous. */
const SIGN_RUN = 3;

/** True when a folded short text (a teaser, a heading, a paragraph) talks horoscopes. */
export function isHoroscopeText(folded: string): boolean {
  if (HOROSCOPE_WORD.test(folded)) return true;
  const found = signsIn(folded);
  if (found.signs === 0) return false;
  if (found.signs >= SIGN_RUN || (found.signs === SIGN_RUN - 1 && found.unambiguous.size > 0)) return true;
  for (const lang of found.languages) {
    if (FORTUNE.get(lang)?.test(folded)) return true;
  }
  for (const lang of found.unambiguous) {
    if (PERIOD.get(lang)?.test(folded) || NUMERIC_DATE.test(folded)) return true;
  }
  return false;
}
