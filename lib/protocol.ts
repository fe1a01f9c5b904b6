/** The extension's protocol: what the injected scripts, the popup, the reader view and the background exchange. */
import type { Article, ExtractedContent } from '@/core/types';

/** What the injected extractor hands back: structured-cloneable data only. */
export type ExtractionResult =
  | { ok: true; content: ExtractedContent }
  | { ok: false; error: { name: string; message: string } };

/** What the popup or the background may ask the extractor for. */
export interface ExtractRequest {
  /** "Show anyway" on a page that does not look like an article. */
  force?: boolean;
}

/**
 * The injected scripts leave one function object each in the extension's isolated world of the page
 * (pages cannot see it), under these names; later `scripting.executeScript({ func })` calls reach them.
 * The names travel as arguments: a `func` is serialized alone and cannot read imported constants.
 */
export const EXTRACTOR_GLOBAL = '__cleanNewsReaderExtractor';
export const READER_GLOBAL = '__cleanNewsReaderView';

/** The reader overlay's functions (entrypoints/reader.content.ts). */
export interface ReaderApi {
  show(article: Article, settings: unknown): void;
  hide(): boolean;
  isShown(): boolean;
  /** Saves the shown article (the save shortcut); false when no reader is shown. */
  save(): boolean;
}

/**
 * Messages from the reader overlay to the background, checked for sender and shape there. `expected`
 * is what the save expects the library to hold for the page (lib/library/store.ts SaveExpectation):
 * null, not saved yet; a date, the saved copy (by its updatedAt) the user agreed to replace.
 */
export type ReaderMessage = { type: 'save-article'; article: Article; expected: string | null };

/** 'exists': nothing was written, the page is saved (savedAt to show, updatedAt to replace it with). */
export type SaveReply =
  /**
   * `pictures`: for an article with pictures, whether they could be fetched (allowed) and how many were
   * saved; `off`: not fetched because the pictures setting is "never" (lib/settings.ts).
   */
  | { ok: true; status: 'added' | 'updated'; updatedAt?: string; pictures?: { allowed: boolean; saved: number; missing: number; off?: true } }
  | { ok: true; status: 'exists'; savedAt: string; updatedAt: string }
  | { ok: false; message: string };
