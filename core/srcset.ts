/**
 * Which variant of a picture the library keeps. The sanitizer drops `srcset` (the reader shows `src`),
 * so the choice is made on the article before sanitizing and travels with it as
 * `ExtractedContent.pictureVariants`: for each picture whose srcset offers a better size for the
 * reader, its `src` and the variant to save instead.
 */
import { elementsByTag, listOf } from './dom';

/** Device pixels of the widest picture the reader shows (a column of ~800 CSS px at 2×). */
export const READER_PICTURE_WIDTH = 1600;

/** Pictures recorded at most per article (the library keeps fewer; see lib/library/pictures.ts). */
const MAX_VARIANTS = 200;

export interface PictureVariant {
  /** The picture's `src`, absolute, as the sanitized article holds it. */
  src: string;
  /** The srcset candidate to save, absolute. */
  variant: string;
}

interface Candidate {
  url: string;
  /** Width in pixels (`640w`), or null. */
  width: number | null;
  /** Pixel density (`2x`); 1 when the candidate has no descriptor. */
  density: number;
}

/** Parses a srcset the way the HTML standard reads it: a URL up to whitespace, then descriptors up to a comma. */
export function parseSrcset(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset[at]!)) at++;
    if (at >= srcset.length) break;
    let end = at;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end++;
    let url = srcset.slice(at, end);
    at = end;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, ''); // a comma right after the URL ends the candidate
    } else {
      const comma = srcset.indexOf(',', at);
      descriptor = srcset.slice(at, comma === -1 ? srcset.length : comma).trim();
      at = comma === -1 ? srcset.length : comma + 1;
    }
    const candidate = candidateOf(url, descriptor);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** One candidate, or null for descriptors a browser would refuse (several, zero, not a number). */
function candidateOf(url: string, descriptor: string): Candidate | null {
  if (!url) return null;
  if (!descriptor) return { url, width: null, density: 1 };
  const match = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor);
  if (!match) return null;
  const value = Number(match[1]);
  if (!(value > 0)) return null;
  return match[2] === 'w' ? { url, width: value, density: 1 } : { url, width: null, density: value };
}

/**
 * The candidate for a reader `targetWidth` device pixels wide: the narrowest at least that wide (by
 * `w`), else the widest; without widths, the lowest density of at least 2×, else the highest.
 */
export function chooseVariant(srcset: string, targetWidth = READER_PICTURE_WIDTH): string | null {
  const candidates = parseSrcset(srcset);
  if (candidates.length === 0) return null;
  const sized = candidates.filter((c) => c.width !== null).sort((a, b) => a.width! - b.width!);
  if (sized.length > 0) return (sized.find((c) => c.width! >= targetWidth) ?? sized[sized.length - 1]!).url;
  const dense = [...candidates].sort((a, b) => a.density - b.density);
  return (dense.find((c) => c.density >= 2) ?? dense[dense.length - 1]!).url;
}

function absolute(url: string, baseUrl: string): string | null {
  try {
    const parsed = new URL(url, baseUrl);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The variants to save for the pictures under `root` (the article before sanitizing): every `<img>`
 * with a `src` and a srcset (its own, or its `<picture>`'s first `<source>` without a media query)
 * whose choice differs from `src`.
 */
export function pictureVariants(root: Element, baseUrl: string): PictureVariant[] {
  const variants: PictureVariant[] = [];
  const seen = new Set<string>();
  for (const img of elementsByTag(root, 'img')) {
    if (variants.length >= MAX_VARIANTS) break;
    const attribute = img.getAttribute('src')?.trim();
    const src = attribute ? absolute(attribute, baseUrl) : null;
    if (!src || seen.has(src)) continue;
    const source = img.parentElement?.nodeName === 'PICTURE'
      ? listOf(img.parentElement.children).find((el) => el.nodeName === 'SOURCE' && !el.getAttribute('media') && el.getAttribute('srcset'))
      : undefined;
    const srcset = img.getAttribute('srcset') || source?.getAttribute('srcset');
    if (!srcset) continue;
    const chosen = chooseVariant(srcset);
    const variant = chosen ? absolute(chosen, baseUrl) : null;
    if (!variant || variant === src) continue;
    seen.add(src);
    variants.push({ src, variant });
  }
  return variants;
}
