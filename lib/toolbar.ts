/**
 * The toolbar button: by default it opens the popup (the article, its language, what was removed). With
 * the option "the toolbar button opens the reader directly" on, it has no popup and a click shows or
 * hides the reader in the page at once, as Firefox's own reader button does. The option lives in WXT
 * storage; the background applies it when it starts and whenever it changes (lib/commands.ts runs the
 * click like the reader shortcut).
 */
import { browser, storage } from '#imports';

export const POPUP_PAGE = 'popup.html';

export const toolbarOpensReader = storage.defineItem<boolean>('local:toolbarOpensReader', { fallback: false, version: 1 });

/** `action` in MV3 (Chrome), `browserAction` in the Firefox MV2 build. */
export function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Gives the toolbar button its popup back, or takes it away so that a click reaches the background. */
export async function applyToolbarOption(opensReader: unknown): Promise<void> {
  await toolbarButton().setPopup({ popup: opensReader === true ? '' : POPUP_PAGE });
}

export async function setToolbarOpensReader(on: boolean): Promise<void> {
  await toolbarOpensReader.setValue(on);
}
