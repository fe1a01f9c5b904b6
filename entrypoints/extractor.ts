import { defineUnlistedScript } from '#imports';
import { extractContent } from '@/core/extract';
import { EXTRACTOR_GLOBAL, type ExtractionResult, type ExtractRequest } from '@/lib/protocol';

/**
 * Injected on demand into the tab the user clicked (never registered in the manifest). Extracts the
 * article from a private clone of the page and returns it to the caller of scripting.executeScript.
 * It also leaves the extract function in the isolated world, for "show anyway" (a second call with
 * options, through executeScript's `func`).
 *
 * An unlisted script, not a WXT content script: WXT's content-script context announces every start
 * to the page (a `window.postMessage` and a document event named after the extension's id), and the
 * page must not learn that the extension read it. This one runs `main` and nothing else.
 */
export default defineUnlistedScript((): ExtractionResult => {
  (globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] = extract;
  return extract();
});

function extract(request: ExtractRequest = {}): ExtractionResult {
  try {
    return { ok: true, content: extractContent(document, { url: location.href, force: request.force === true }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
  }
}
