/**
 * The extension page's own Content-Security-Policy for the pictures setting "never": on top of the
 * manifest's policy, a `<meta>` policy that lets pictures and media come only from the extension
 * itself (and data:/blob: addresses it makes), so that no request leaves for a site whatever the
 * article holds. Set before anything is rendered; a policy cannot be taken back, so turning pictures
 * on again applies from the next page opened.
 */
import type { Pictures } from '@/lib/settings';

export const NO_REMOTE_PICTURES_CSP = "img-src 'self' data: blob:; media-src 'self' data: blob:";

export function applyPicturesPolicy(document: Document, pictures: Pictures): void {
  if (pictures !== 'never' || document.querySelector('meta[data-cnr-pictures]')) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = NO_REMOTE_PICTURES_CSP;
  meta.setAttribute('data-cnr-pictures', 'never');
  document.head.append(meta);
}

/** Whether this page carries the "never" policy: then it shows no remote content until it is reloaded. */
export function picturesLockedOff(document: Document | undefined): boolean {
  return document?.querySelector('meta[data-cnr-pictures]') != null;
}
