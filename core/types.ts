import type { RuleCategory } from './categories';
import type { LanguageInfo } from './language';
import type { PictureVariant } from './srcset';

export type { RuleCategory } from './categories';

/** One block our rules removed, kept so the UI can list it and show it again. */
export interface Removal {
  rule: string;
  category: RuleCategory;
  /** The block's visible text, whitespace-normalised. */
  text: string;
  /** The block's markup, sanitized like the article body. */
  html: string;
  /** 'page': removed from the page before Readability; 'article': removed from Readability's result. */
  stage: 'page' | 'article';
  /** Where the block stood in the article (core/removal-place.ts); absent when it had no place there. */
  place?: RemovalPlace;
}

/** A removed block's place, named by the text of the article block it followed or preceded. */
export type RemovalPlace = { after: string } | { before: string };

/** What the injected extractor returns: everything but the language verdict (franc stays out of the page). */
export interface ExtractedContent {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** Language hints the page declared, most trusted first (<html lang>, og:locale, content-language…). */
  declaredLanguages: string[];
  /** Plain text of the cleaned article, paragraphs separated by blank lines. */
  text: string;
  /** Sanitized HTML of the cleaned article. */
  html: string;
  wordCount: number;
  removed: Removal[];
  /** Set when the extractor had to limit its work (huge page) or fell back to a safer result. */
  notes: string[];
  /** The srcset variant the library saves for a picture, where it is not the picture's src (core/srcset.ts). */
  pictureVariants?: PictureVariant[];
}

export interface Article extends ExtractedContent {
  language: LanguageInfo;
  readingMinutes: number;
}

export class NotAnArticleError extends Error {
  constructor(message = 'No article text was found on this page.') {
    super(message);
    this.name = 'NotAnArticleError';
  }
}

/** A page refused before any work: too many elements, or elements nested too deeply. */
export class PageTooLargeError extends Error {
  constructor(readonly count: number, readonly limit: number, readonly measure: 'elements' | 'levels' = 'elements') {
    super(measure === 'elements'
      ? `This page is too large to simplify (${count} elements; the limit is ${limit}).`
      : `This page is nested too deeply to simplify (${count} levels; the limit is ${limit}).`);
    this.name = 'PageTooLargeError';
  }
}
