/**
 * Remote content in articles (pictures, video, audio): what is fetched from other sites, and when.
 *
 * Measured in Chromium 156 (test/e2e/remote-content.test.ts, a tracker on loopback that sets a
 * SameSite=None cookie): an `<img>` or `<video>` in an extension page sends the tracker's cookies —
 * with a host permission even its SameSite=Lax ones — and no Referer. With the extension pages'
 * `Cross-Origin-Embedder-Policy: credentialless` (manifest, Chrome build) the same requests carry no
 * cookie, without any permission. So in Chrome's extension pages pictures can be shown cookie-free.
 * Measured in Firefox ESR 153 (same tracker, cookies without SameSite, Lax and None): its manifest has
 * no COEP key, and an `<img>` in the popup sends the tracker's cookies but the Lax one (no Referer, no
 * Origin), where the page itself, under Total Cookie Protection, sends none; `fetch` with credentials
 * omitted sends none but announces `Origin: moz-extension://…`, and its answer is readable only with
 * host access. So in Firefox "show" falls back to "click to load" (test/e2e/firefox.test.ts), and the
 * click's request carries those cookies. The in-page reader view is part of the web page: its requests
 * are the page's own (its cookies, as for the page's own pictures); the setting still decides what it loads.
 *
 * Video and audio are always held back behind a click (they are large and can track playback); with
 * "click" each picture is too; with "never" nothing remote is shown and nothing is fetched.
 * Held elements are taken out of the sanitized, inert tree before it is rendered, so nothing starts
 * loading; a click puts back that element, a node of the sanitized tree (no HTML is parsed again).
 */
import { type MessageKey, t } from '@/lib/i18n';
import type { Pictures } from '@/lib/settings';

/** The setting as it can be honoured in this document: "show" only where remote requests are cookie-free. */
export function effectivePictures(setting: Pictures, protocol = globalThis.location?.protocol ?? ''): Pictures {
  if (setting !== 'show') return setting;
  // chrome-extension: COEP credentialless (wxt.config.ts); http(s): the page itself (the in-page reader).
  return protocol === 'moz-extension:' ? 'click' : 'show';
}

const MEDIA = 'video, audio';
const PICTURES = 'img, picture';

/**
 * What to hold back: remote content per the setting `mode`, or ('saved') what a saved article does not
 * have: its video and audio (never saved) and the pictures not saved with it, which the sanitizer left
 * without an address (the others show the article's own copies, core/sanitize.ts).
 */
export type Holding = Pictures | 'saved';

const SELECTORS: Record<Holding, string> = {
  show: MEDIA,
  click: `${MEDIA}, ${PICTURES}`,
  never: `${MEDIA}, ${PICTURES}`,
  saved: `${MEDIA}, img:not([src])`,
};

/**
 * Replaces the content `mode` holds back in `root` (a detached, sanitized element of an inert
 * document) with placeholders, and returns the held elements: placeholder `i` carries
 * `data-cnr-held="i"`. Also drops `background` attributes (table cell pictures) unless pictures show.
 */
export function holdRemoteContent(root: Element, mode: Holding): Element[] {
  const held: Element[] = [];
  const document = root.ownerDocument;
  const loadable = mode === 'show' || mode === 'click';
  for (const element of Array.from(root.querySelectorAll(SELECTORS[mode]))) {
    if (!root.contains(element)) continue; // inside an element held already (an <img> in a <picture>)
    const placeholder = document.createElement('span');
    placeholder.className = 'cnr-held';
    placeholder.dir = 'auto'; // interface text in an article of either direction: its own words decide
    const what = describe(element);
    if (loadable) {
      placeholder.textContent = t('heldLoad', what);
      placeholder.setAttribute('role', 'button');
      placeholder.setAttribute('tabindex', '0');
      placeholder.setAttribute('data-cnr-held', String(held.length));
      held.push(element);
    } else {
      placeholder.textContent = t(mode === 'saved' ? 'heldNotSaved' : 'heldNotShown', what);
    }
    element.replaceWith(placeholder);
  }
  if (mode === 'click' || mode === 'never') for (const element of Array.from(root.querySelectorAll('[background]'))) element.removeAttribute('background');
  return held;
}

const KINDS = { video: 'heldVideo', audio: 'heldAudio', picture: 'heldPicture' } as const satisfies Record<string, MessageKey>;

/** "Picture: its alt text (its site)", in the interface's language. */
function describe(element: Element): string {
  const kind = element.localName === 'video' ? 'video' : element.localName === 'audio' ? 'audio' : 'picture';
  const img = element.localName === 'img' ? element : element.querySelector('img');
  const alt = img?.getAttribute('alt')?.trim().slice(0, 120);
  const source = element.getAttribute('src') ?? element.querySelector('[src]')?.getAttribute('src') ?? '';
  let host = '';
  try {
    host = new URL(source).host;
  } catch {
    // no address: nothing to name
  }
  return `${t(KINDS[kind])}${alt ? `: ${alt}` : ''}${host ? ` (${host})` : ''}`;
}
