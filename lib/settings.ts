/**
 * Reader settings, kept in WXT storage (extension storage, local area) under a versioned item.
 * Version 1 is the first stored shape. When the shape changes, bump `version` and add a migration (`migrations[n]` turns a version n-1
 * value into version n) with a test in test/settings.test.ts; WXT runs pending migrations when the item is first read.
 *
 * Version 2: `lineWidth` is the number of characters a line (one of LINE_WIDTHS), measured in the
 * article's own font; in version 1 it was a width in `ch` of the 16 px interface font (40–90), which
 * at the default text size held about as many characters of the article: mapped to the nearest choice.
 *
 * Version 3 adds `pictures` (PICTURES), 'show' for a value stored before.
 *
 * Whatever comes out of storage goes through `normalizeSettings`: a value written by another
 * version, by hand or half-written is clamped to something the reader can show, never trusted.
 */
import { storage } from '#imports';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONT_FAMILIES = ['serif', 'sans'] as const;
/**
 * Pictures, one setting for everything: 'show' shows an article's pictures and saves them with it
 * (when the picture permission is given, lib/picture-permission.ts); 'click' shows each remote picture
 * on a click (saving still keeps them, fetched once without cookies); 'never' fetches no remote picture
 * anywhere (nothing shown, nothing downloaded when saving). A saved article always shows its own copies.
 * Video and audio always wait for a click. What each does where cookie-free loading is not possible is
 * in components/remote-content.ts.
 */
export const PICTURES = ['show', 'click', 'never'] as const;
export type Theme = (typeof THEMES)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type Pictures = (typeof PICTURES)[number];

export interface ReaderSettings {
  /** 'system' follows the browser's light/dark preference. */
  theme: Theme;
  fontFamily: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Characters a line: one of LINE_WIDTHS. */
  lineWidth: number;
  pictures: Pictures;
}

export const FONT_SIZE = { min: 14, max: 28, step: 2 } as const;
/** The line widths offered, in characters a line: within the 55–80 that reading research recommends. */
export const LINE_WIDTHS = [60, 66, 72, 78] as const;

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', fontFamily: 'serif', fontSize: 19, lineWidth: 66, pictures: 'show' };

const SETTINGS_VERSION = 3;

export const readerSettings = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: (v1: unknown) => ({ ...(typeof v1 === 'object' && v1 !== null ? v1 : {}), lineWidth: nearestLineWidth((v1 as { lineWidth?: unknown } | null)?.lineWidth) }),
    // v3: the pictures setting; a reader who chose nothing before keeps seeing (and saving) pictures.
    3: (v2: unknown): unknown => ({ ...(typeof v2 === 'object' && v2 !== null ? v2 : {}), pictures: 'show' }),
  },
});

/** A usable settings object from anything (missing fields take the defaults, numbers are clamped). */
export function normalizeSettings(value: unknown): ReaderSettings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    theme: oneOf(input.theme, THEMES, DEFAULT_SETTINGS.theme),
    fontFamily: oneOf(input.fontFamily, FONT_FAMILIES, DEFAULT_SETTINGS.fontFamily),
    fontSize: clamp(input.fontSize, FONT_SIZE, DEFAULT_SETTINGS.fontSize),
    lineWidth: nearestLineWidth(input.lineWidth),
    pictures: oneOf(input.pictures, PICTURES, DEFAULT_SETTINGS.pictures),
  };
}

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettings.getValue());
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await readerSettings.setValue(normalizeSettings(settings));
}

/** Calls `onChange` with normalized settings whenever they change (in any extension context). */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return readerSettings.watch((value) => onChange(normalizeSettings(value)));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The offered line width nearest to `value` (the narrower on a tie); the default for anything not a number. */
export function nearestLineWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.lineWidth;
  return LINE_WIDTHS.reduce<number>((best, width) => (Math.abs(width - value) < Math.abs(best - value) ? width : best), LINE_WIDTHS[0]);
}

function clamp(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}
