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
 */
export function parsePage(html: string, url: string): { document: Document; close(): void } {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), { url, virtualConsole });
  return { document: dom.window.document, close: () => dom.window.close() };
}
