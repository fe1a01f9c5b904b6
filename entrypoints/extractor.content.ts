import { defineContentScript } from '#imports';
import { extractContent } from '@/core/extract';
import type { ExtractionResult } from '@/core/messages';

/**
 * Injected on demand into the tab the user clicked (never registered in the manifest). Extracts the
 * article from a private clone of the page and returns it to the caller of scripting.executeScript.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(): ExtractionResult {
    try {
      return { ok: true, content: extractContent(document, { url: location.href }) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
    }
  },
});
