/**
 * Font stacks that suit the article's script. The reader never downloads fonts (it works offline and
 * sends nothing anywhere): each stack names fonts that ship with the main desktop systems and with
 * common Linux font packages, and ends with a generic family.
 */
import type { FontFamily } from '@/lib/settings';

export type Script = 'latin' | 'greek' | 'cyrillic' | 'arabic' | 'hebrew' | 'cjk' | 'thai' | 'devanagari' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['latin', /\p{Script=Latin}/u],
];

/** The script most letters of the text's first few thousand characters are written in. */
export function dominantScript(text: string): Script {
  const counts = new Map<Script, number>();
  for (const char of text.slice(0, 4000)) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script = 'latin';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

const SERIF_LATIN = 'Charter, "Bitstream Charter", Georgia, Cambria, "Noto Serif", "DejaVu Serif", serif';
const SANS_LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

const STACKS: Record<Script, Record<FontFamily, string>> = {
  // Georgia, Noto and DejaVu cover Latin, Greek and Cyrillic alike.
  latin: { serif: SERIF_LATIN, sans: SANS_LATIN },
  greek: { serif: `Georgia, "Noto Serif", "GFS Didot", "DejaVu Serif", serif`, sans: SANS_LATIN },
  cyrillic: { serif: `Georgia, "PT Serif", "Noto Serif", "DejaVu Serif", serif`, sans: `system-ui, "Segoe UI", "PT Sans", Roboto, "Noto Sans", sans-serif` },
  arabic: {
    serif: '"Noto Naskh Arabic", "Amiri", "Traditional Arabic", "Times New Roman", serif',
    sans: '"Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, sans-serif',
  },
  hebrew: {
    serif: '"Noto Serif Hebrew", "David", "Times New Roman", serif',
    sans: '"Noto Sans Hebrew", "Segoe UI", Arial, sans-serif',
  },
  cjk: {
    serif: '"Noto Serif CJK SC", "Noto Serif CJK JP", "Source Han Serif", "Songti SC", "SimSun", serif',
    sans: '"Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", sans-serif',
  },
  thai: { serif: '"Noto Serif Thai", Tahoma, serif', sans: '"Noto Sans Thai", Tahoma, sans-serif' },
  devanagari: { serif: '"Noto Serif Devanagari", "Mangal", serif', sans: '"Noto Sans Devanagari", "Mangal", sans-serif' },
  other: { serif: SERIF_LATIN, sans: SANS_LATIN },
};

export function fontStack(script: Script, family: FontFamily): string {
  return STACKS[script][family];
}

/** Scripts whose line height needs more room (tall diacritics or dense glyphs). */
export function lineHeightFor(script: Script): number {
  return script === 'arabic' || script === 'thai' || script === 'devanagari' ? 1.8 : script === 'cjk' ? 1.75 : 1.6;
}
