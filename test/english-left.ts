/**
 * English left in a translated interface: the words of the English messages (three letters or more)
 * that the locale's own messages never use ("pictures", "saved", "the" in Romanian; not "Firefox" or
 * "Clean News Reader", which every locale keeps). A text of the interface in that locale that
 * contains one of them shows a string that did not go through the translations.
 */
import { readMessages } from './locales';

const WORD = /\p{L}{3,}/gu;
const META_KEYS = new Set(['locale', 'dir']);

function wordsOf(locale: string): Set<string> {
  const words = new Set<string>();
  for (const [key, { message }] of Object.entries(readMessages(locale))) {
    if (META_KEYS.has(key)) continue;
    for (const word of message.replace(/\$\d/g, ' ').match(WORD) ?? []) words.add(word.toLowerCase());
  }
  return words;
}

const cache = new Map<string, Set<string>>();

/** The English words a `locale` interface must not show. */
export function englishOnlyWords(locale: string): Set<string> {
  let words = cache.get(locale);
  if (!words) {
    const own = wordsOf(locale);
    words = new Set([...wordsOf('en')].filter((word) => !own.has(word)));
    cache.set(locale, words);
  }
  return words;
}

/** The English-only words found in `text` (distinct, in order of appearance). */
export function englishIn(text: string, locale: string): string[] {
  const english = englishOnlyWords(locale);
  return [...new Set((text.match(WORD) ?? []).map((word) => word.toLowerCase()).filter((word) => english.has(word)))];
}

/** What an element shows or says: its text, and the labels, tooltips and drawn texts of it and its descendants. */
export function interfaceText(root: Element): string {
  const attributes = ['title', 'aria-label', 'placeholder', 'alt', 'data-text'];
  const said = [root, ...root.querySelectorAll('*')].flatMap((el) => attributes.map((name) => el.getAttribute(name) ?? ''));
  return [root.textContent ?? '', ...said].filter(Boolean).join(' | ').replace(/\s+/g, ' ');
}
