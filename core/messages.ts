import type { ExtractedContent } from './types';

/** What the injected extractor hands back: structured-cloneable data only. */
export type ExtractionResult =
  | { ok: true; content: ExtractedContent }
  | { ok: false; error: { name: string; message: string } };
