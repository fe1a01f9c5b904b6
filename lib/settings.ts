/**
 * Reader settings, kept in WXT storage (extension storage, local area) under a versioned item.
 * Version 1 is the first stored shape. When the shape changes, bump `version` and add a migration
 * (`migrations[n]` turns a version n-1 value into version n) with a test in test/settings.test.ts;
 * WXT runs pending migrations when the extension updates.
 *
 * Whatever comes out of storage goes through `normalizeSettings`: a value written by another
 * version, by hand or half-written is clamped to something the reader can show, never trusted.
 */
import { storage } from '#imports';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONT_FAMILIES = ['serif', 'sans'] as const;
export type Theme = (typeof THEMES)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface ReaderSettings {
  /** 'system' follows the browser's light/dark preference. */
  theme: Theme;
  fontFamily: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line width in `ch` (characters of the body font). */
  lineWidth: number;
}

export const FONT_SIZE = { min: 14, max: 28, step: 2 } as const;
export const LINE_WIDTH = { min: 40, max: 90, step: 5 } as const;

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', fontFamily: 'serif', fontSize: 19, lineWidth: 65 };

const SETTINGS_VERSION = 1;

export const readerSettings = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** A usable settings object from anything (missing fields take the defaults, numbers are clamped). */
export function normalizeSettings(value: unknown): ReaderSettings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    theme: oneOf(input.theme, THEMES, DEFAULT_SETTINGS.theme),
    fontFamily: oneOf(input.fontFamily, FONT_FAMILIES, DEFAULT_SETTINGS.fontFamily),
    fontSize: clamp(input.fontSize, FONT_SIZE, DEFAULT_SETTINGS.fontSize),
    lineWidth: clamp(input.lineWidth, LINE_WIDTH, DEFAULT_SETTINGS.lineWidth),
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

function clamp(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}
