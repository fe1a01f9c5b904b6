/**
 * Lazy-loaded images keep their real address in data-* attributes and show a placeholder (or
 * nothing) in src. Copy the real address in before Readability, which judges images by src.
 */
const SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^data:|blank|placeholder|spacer|pixel|transparent|lazy|grey|gray|loading/i;

export function fixLazyImage(img: Element): void {
  const src = img.getAttribute('src') ?? '';
  if (!src || PLACEHOLDER.test(src)) {
    const real = SOURCE_ATTRIBUTES.map((name) => img.getAttribute(name)).find((value) => value && !PLACEHOLDER.test(value));
    if (real) img.setAttribute('src', real);
  }
  if (!img.getAttribute('srcset')) {
    const srcset = SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)).find(Boolean);
    if (srcset) img.setAttribute('srcset', srcset);
  }
  if (img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
}
