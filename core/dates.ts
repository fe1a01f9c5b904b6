/**
 * Dates written as text on the page ("September 4, 2025", "4. März 2025", "04.09.2025", "2025/09/04"),
 * for pages whose date is in no metadata. Month names come from phrases.ts (MONTHS), folded.
 */
import { MONTHS } from './phrases';
import { foldText } from './text';

/** Folded month word → month number (1–12), every language together. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS).flatMap((months) => months.flatMap((forms, index) => foldText(forms).split(' ').map((form): [string, number] => [form, index + 1]))),
);
/** True for a month's name or short form in any language of MONTHS ("December", "déc", "Μαρτίου"). */
export function isMonthName(word: string): boolean {
  return MONTH_NUMBERS.has(foldText(word).replace(/\.$/, ''));
}

const MONTH = `(${[...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const NOT_LETTER = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

const PATTERNS: { re: RegExp; order: ('y' | 'm' | 'd')[] }[] = [
  { re: new RegExp(`${NOT_LETTER}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${END}`, 'u'), order: ['y', 'm', 'd'] },
  { re: new RegExp(`${NOT_LETTER}(\\d{1,2})(?:st|nd|rd|th|er|o|η)?\\.?\\s+(?:de\\s+)?${MONTH}\\.?,?\\s+(?:de\\s+)?(\\d{4})${END}`, 'u'), order: ['d', 'm', 'y'] },
  { re: new RegExp(`${NOT_LETTER}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${END}`, 'u'), order: ['m', 'd', 'y'] },
  { re: new RegExp(`${NOT_LETTER}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${END}`, 'u'), order: ['d', 'm', 'y'] },
];

/** The first date written in `text`, as YYYY-MM-DD; null when there is none (or it is no real day). */
export function dateInText(text: string): string | null {
  const folded = foldText(text);
  let best: { index: number; date: string } | null = null;
  for (const { re, order } of PATTERNS) {
    const match = re.exec(folded);
    if (!match || (best && match.index >= best.index)) continue;
    const parts: Record<string, number> = {};
    order.forEach((field, i) => {
      const value = match[i + 1] ?? '';
      parts[field] = field === 'm' && !/^\d+$/.test(value) ? MONTH_NUMBERS.get(value) ?? 0 : Number(value);
    });
    const date = isoDay(parts.y ?? 0, parts.m ?? 0, parts.d ?? 0);
    if (date) best = { index: match.index, date };
  }
  return best?.date ?? null;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
