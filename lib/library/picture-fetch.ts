/**
 * Fetching an article's pictures for the library, in an extension page or the background: without
 * cookies or referrer (`credentials: 'omit'`, `referrerPolicy: 'no-referrer'`), one variant each
 * (core/srcset.ts), only raster formats recognised by their first bytes (never SVG, which can hold
 * script), and made smaller where they are wider than the reader shows them. A picture that cannot be
 * fetched becomes a "missing" record with the reason; it never stops the save.
 */
import { READER_PICTURE_WIDTH, type PictureVariant } from '@/core/srcset';
import { type NewPicture, PICTURE_LIMITS, pictureUrls } from './pictures';

export interface FetchPicturesOptions {
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Default: `shrinkPicture` (OffscreenCanvas where there is one). */
  shrink?: (blob: Blob) => Promise<ShrunkPicture>;
  /** Per picture, default 20 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ShrunkPicture {
  blob: Blob;
  width: number;
  height: number;
}

/** Raster formats by their first bytes; the stored Blob gets this type, whatever the server said. */
const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: 'image/gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  { type: 'image/webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { type: 'image/avif', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)) },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The picture's type from its first bytes, or null for anything but JPEG, PNG, GIF, WebP and AVIF. */
export function pictureTypeOf(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 16);
  return SIGNATURES.find((signature) => signature.test(head))?.type ?? null;
}

export async function sniffPictureType(blob: Blob): Promise<string | null> {
  return pictureTypeOf(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
}

/**
 * Why a picture is missing, as its record stores it (and backups carry it): these exact English
 * phrases, which the library page names in the interface's language (SavedPictures.tsx); a site's
 * refusal is `the site answered <status>`. A backup may bring other reasons: they are shown as they are.
 */
export const MISSING_REASONS = {
  timeout: 'the site took too long to answer',
  unreachable: 'the site could not be reached',
  tooLarge: 'the picture is too large',
  cutOff: 'the download was cut off',
  notPicture: 'not a picture format the library keeps',
  cannotShow: 'the browser cannot show this picture',
  overLimit: "over the article's limit for pictures",
  unreadable: 'the picture could not be read',
  notSaved: 'not saved',
} as const;

export const siteAnswered = (status: number): string => `the site answered ${status}`;

class Missing extends Error {}

/** Fetches one address; the Blob typed by its bytes, or a Missing error saying why not. */
async function download(url: string, options: FetchPicturesOptions): Promise<Blob> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  const stop = (): void => controller.abort();
  options.signal?.addEventListener('abort', stop);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: controller.signal,
      });
    } catch {
      throw new Missing(controller.signal.aborted ? MISSING_REASONS.timeout : MISSING_REASONS.unreachable);
    }
    if (!response.ok) throw new Missing(siteAnswered(response.status));
    const length = Number(response.headers.get('content-length'));
    if (length > PICTURE_LIMITS.download) throw new Missing(MISSING_REASONS.tooLarge);
    const blob = await response.blob().catch(() => {
      throw new Missing(controller.signal.aborted ? MISSING_REASONS.timeout : MISSING_REASONS.cutOff);
    });
    if (blob.size > PICTURE_LIMITS.download) throw new Missing(MISSING_REASONS.tooLarge);
    const type = await sniffPictureType(blob);
    if (!type) throw new Missing(MISSING_REASONS.notPicture);
    return new Blob([blob], { type });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

/**
 * Re-encodes a picture wider than the reader shows (READER_PICTURE_WIDTH) as WebP at that width,
 * keeping the original when the re-encoded one is not smaller, and animated GIFs as they are. Where
 * there is no OffscreenCanvas (Node, old browsers) the picture is kept as it is, size unknown (0).
 */
export async function shrinkPicture(blob: Blob): Promise<ShrunkPicture> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return { blob, width: 0, height: 0 };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new Missing(MISSING_REASONS.cannotShow);
  }
  try {
    const { width, height } = bitmap;
    if (width <= READER_PICTURE_WIDTH || blob.type === 'image/gif') return { blob, width, height };
    const scaled = { width: READER_PICTURE_WIDTH, height: Math.max(1, Math.round((height * READER_PICTURE_WIDTH) / width)) };
    const canvas = new OffscreenCanvas(scaled.width, scaled.height);
    const context = canvas.getContext('2d');
    if (!context) return { blob, width, height };
    context.drawImage(bitmap, 0, 0, scaled.width, scaled.height);
    const smaller = await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 }).catch(() => null);
    // A browser without a WebP encoder gives PNG, usually larger: then the original stays.
    if (!smaller || smaller.size >= blob.size || !(await sniffPictureType(smaller))) return { blob, width, height };
    return { blob: smaller, ...scaled };
  } finally {
    bitmap.close();
  }
}

/**
 * Fetches the pictures of an article (`html`: its sanitized HTML) for the library: the srcset
 * variant where one was chosen (falling back to `src`), a few at a time, within the article's byte
 * budget. One record per picture, in order: the picture, or why it is missing.
 */
export async function fetchPictures(html: string, variants: readonly PictureVariant[] = [], options: FetchPicturesOptions = {},
  only?: ReadonlySet<string>): Promise<NewPicture[]> {
  const urls = pictureUrls(html);
  const variantOf = new Map(variants.map((v) => [v.src, v.variant]));
  const shrink = options.shrink ?? shrinkPicture;
  const results: NewPicture[] = [];
  let budget: number = PICTURE_LIMITS.articleBytes;

  const one = async (url: string, order: number): Promise<NewPicture> => {
    const missing = (reason: string): NewPicture => ({ url, order, blob: null, width: 0, height: 0, missing: reason });
    try {
      const variant = variantOf.get(url);
      let blob: Blob;
      try {
        blob = await download(variant ?? url, options);
      } catch (error) {
        if (!variant || !(error instanceof Missing)) throw error;
        blob = await download(url, options);
      }
      const shrunk = await shrink(blob);
      if (shrunk.blob.size > budget) return missing(MISSING_REASONS.overLimit);
      budget -= shrunk.blob.size;
      return { url, order, blob: shrunk.blob, width: shrunk.width, height: shrunk.height, missing: null };
    } catch (error) {
      if (error instanceof Missing) return missing(error.message);
      return missing(MISSING_REASONS.unreadable);
    }
  };

  // Three at a time: fast enough, and gentle with the site.
  const queue = urls.map((url, order) => ({ url, order })).filter(({ url }) => !only || only.has(url));
  const workers = Array.from({ length: Math.min(3, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await one(next.url, next.order));
  });
  await Promise.all(workers);
  return results.sort((a, b) => a.order - b.order);
}
