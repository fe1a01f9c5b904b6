/** Reading saved pages in Node: bytes → text by the page's declared charset → a jsdom Document. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The charset a page declares in its first bytes (`<meta charset>` or the http-equiv form), else UTF-8. */
export function declaredCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

export function decodePage(bytes: Uint8Array): string {
  return new TextDecoder(declaredCharset(bytes)).decode(bytes);
}

export function readPageFile(file: string): string {
  const raw = readFileSync(file);
  return decodePage(file.endsWith('.gz') ? gunzipSync(raw) : raw);
}

/**
 * Parses HTML into a Document with the page's URL (so relative links resolve). Scripts never run.
 * Style sheets are dropped before parsing: extraction reads no CSS, and jsdom's CSS parser is both
 * slow and known to throw on real pages.
 *
 * jsdom builds and tears down its tree recursively, one call per level of nesting: a page nested
 * about 10,000 levels deep overflows the stack while it is parsed (said plainly here), and closing
 * a page nested a few thousand levels deep overflows it too (ignored: the window is dropped anyway,
 * and the error would hide the pipeline's own message about such a page).
 */
export function parsePage(html: string, url: string): { document: Document; close(): void } {
  const virtualConsole = new VirtualConsole();
  let dom: JSDOM;
  try {
    dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), { url, virtualConsole });
  } catch (error) {
    if (isStackOverflow(error)) throw new Error('This page is nested too deeply for jsdom to parse (its stack overflowed).', { cause: error });
    throw error;
  }
  const close = (): void => {
    try {
      dom.window.close();
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
    }
  };
  return { document: dom.window.document, close };
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
