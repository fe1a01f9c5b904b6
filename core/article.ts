/**
 * Turns extracted content into the article the UI shows: adds the language verdict (franc, run in
 * extension pages and the CLI, never in the page) and a reading time for that language.
 */
import { detectLanguage } from './language';
import type { Article, ExtractedContent } from './types';

/**
 * Silent reading speeds in words per minute (Trauzettel-Klosinski et al., "Standardized Assessment of
 * Reading Performance", IReST, 2012), by BCP 47 language; other languages use the overall mean.
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 138, zh: 158, nl: 202, en: 228, fi: 161, fr: 195, de: 179, he: 187, it: 188, ja: 193,
  pl: 166, pt: 181, ru: 184, sl: 180, es: 218, sv: 199, tr: 166,
};
const DEFAULT_WORDS_PER_MINUTE = 184;

export function readingMinutes(wordCount: number, bcp47: string): number {
  const base = bcp47.split('-')[0] ?? '';
  const speed = WORDS_PER_MINUTE[base] ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(wordCount / speed));
}

export function toArticle(content: ExtractedContent): Article {
  const language = detectLanguage(content.text, content.declaredLanguages);
  return { ...content, language, readingMinutes: readingMinutes(content.wordCount, language.bcp47) };
}
