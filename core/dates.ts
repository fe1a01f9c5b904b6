/**
 * Dates written as text on the page ("September 4, 2025", "4. März 2025", "04.09.2025", "2025/09/04",
 * "04-ago-2021"), for pages whose date is in no metadata. Month names come from phrases.ts (MONTHS),
 * folded; the labels that tell a published date from an updated one too (PUBLISHED_LABELS, UPDATED_LABELS).
 */
import { allPhrases, MONTHS, PUBLISHED_LABELS, UPDATED_LABELS } from './phrases';
import { foldText, phrasePattern } from './text';

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
/** Between a day, a month's name and a year: spaces, or a hyphen ("04-ago-2021"). */
const GAP = '(?:\\s+|-)';

const PATTERNS: { re: RegExp; order: ('y' | 'm' | 'd')[] }[] = [
  { re: new RegExp(`${NOT_LETTER}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${END}`, 'gu'), order: ['y', 'm', 'd'] },
  { re: new RegExp(`${NOT_LETTER}(\\d{1,2})(?:st|nd|rd|th|er|o|η)?\\.?${GAP}(?:de\\s+)?${MONTH}\\.?,?${GAP}(?:de\\s+)?(\\d{4})${END}`, 'gu'), order: ['d', 'm', 'y'] },
  { re: new RegExp(`${NOT_LETTER}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${END}`, 'gu'), order: ['m', 'd', 'y'] },
  { re: new RegExp(`${NOT_LETTER}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${END}`, 'gu'), order: ['d', 'm', 'y'] },
];

/** A date found in a folded text: where it starts and ends, and the day as YYYY-MM-DD. */
interface FoundDate {
  index: number;
  end: number;
  date: string;
}

/** Every real date written in a folded text, in order, none overlapping another. */
function datesIn(folded: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, order } of PATTERNS) {
    for (const match of folded.matchAll(re)) {
      const parts: Record<string, number> = {};
      order.forEach((field, i) => {
        const value = match[i + 1] ?? '';
        parts[field] = field === 'm' && !/^\d+$/.test(value) ? MONTH_NUMBERS.get(value) ?? 0 : Number(value);
      });
      const date = isoDay(parts.y ?? 0, parts.m ?? 0, parts.d ?? 0);
      if (date) found.push({ index: match.index, end: match.index + match[0].length, date });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.filter((d, i) => i === 0 || found.slice(0, i).every((e) => e.end <= d.index));
}

/** The first date written in `text`, as YYYY-MM-DD; null when there is none (or it is no real day). */
export function dateInText(text: string): string | null {
  return datesIn(foldText(text))[0]?.date ?? null;
}

const UPDATED = new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(allPhrases(UPDATED_LABELS))}(?![\\p{L}\\p{N}])`, 'u');
const PUBLISHED = new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(allPhrases(PUBLISHED_LABELS))}(?![\\p{L}\\p{N}])`, 'u');
const LABELS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(allPhrases(UPDATED_LABELS, PUBLISHED_LABELS))})(?![\\p{L}\\p{N}])`, 'gu');
/** A time of day next to a date ("10:22", "11:07am", "5:11:10 PM"). */
const TIME_OF_DAY = /\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/gu;
/** A date line has at most this many words besides its dates, times and labels (a name, a reading time). */
const MAX_DATELINE_WORDS = 8;

/** The date a line prints, and whether its label says it is an update. */
export interface Dateline {
  date: string;
  updated: boolean;
}

/**
 * The publication date of a meta line ("Published Oct 21, 2025 · Updated Mar 9, 2026",
 * "August 16, 2019 - Updated July 9, 2025"): the date labelled as published, else the first date
 * no update label comes before, else the first (an update date, said so). Null without a date.
 */
export function datelineOf(text: string): Dateline | null {
  const folded = foldText(text);
  const dates = datesIn(folded);
  if (dates.length === 0) return null;
  const labelled = dates.map((d, i) => {
    const before = folded.slice(i === 0 ? 0 : dates[i - 1]!.end, d.index);
    return { date: d.date, published: PUBLISHED.test(before), updated: UPDATED.test(before) };
  });
  const chosen = labelled.find((d) => d.published && !d.updated) ?? labelled.find((d) => !d.updated) ?? labelled[0]!;
  return { date: chosen.date, updated: chosen.updated };
}

/**
 * True when a short line is a date line and not a sentence that names a day: besides its dates,
 * times of day and published/updated labels it has only a few words (an author's name, "6 min read").
 */
export function isDateline(text: string): boolean {
  const folded = foldText(text);
  const dates = datesIn(folded);
  if (dates.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += ` ${folded.slice(at, d.index)}`;
    at = d.end;
  }
  rest += ` ${folded.slice(at)}`;
  const words = rest.replace(LABELS, ' ').replace(TIME_OF_DAY, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  // "On March 3, 2024 the council voted." is a sentence of the text.
  return words.length <= MAX_DATELINE_WORDS && !(words.length > 3 && /\p{L}{2,}[.!?…]$/u.test(text.trim()));
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
