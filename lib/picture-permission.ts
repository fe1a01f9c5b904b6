/**
 * The one optional permission: access to websites, so that the library can download an article's
 * pictures when it is saved (the picture's site is rarely the page's, and activeTab covers only the
 * page). It is asked for in an extension page, on the user's click, with the reason shown next to
 * the button; without it articles are saved as text.
 */
import { browser } from '#imports';
import { t } from './i18n';

/** What the manifest declares as optional (`optional_host_permissions`; Firefox MV2: `optional_permissions`). */
export const PICTURE_ORIGINS = ['http://*/*', 'https://*/*'];

/** Said next to the button that asks, in the popup and the library. */
export const picturePermissionReason = (): string => t('picturePermissionReason');

/** The match pattern of each picture's site (the port does not matter to a match pattern). */
function originPatterns(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const url of urls) {
    try {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'http:' || protocol === 'https:') patterns.add(`${protocol}//${hostname}/*`);
    } catch {
      // not an address: not fetched either
    }
  }
  return [...patterns];
}

/** Whether the extension may fetch all these pictures. */
export async function canFetchPictures(urls: readonly string[]): Promise<boolean> {
  const origins = originPatterns(urls);
  if (origins.length === 0) return false;
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/** Whether pictures can be saved from any site (the permission was given). */
export async function picturesAllowed(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: PICTURE_ORIGINS });
  } catch {
    return false;
  }
}

/** Asks the browser for the permission; must run in a click handler of an extension page. */
export async function askForPictures(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: PICTURE_ORIGINS });
  } catch {
    return false;
  }
}
