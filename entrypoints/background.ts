import { browser, defineBackground } from '#imports';
import { loadSettings } from '@/lib/settings';
import { extractTab, saveFromReader, showReader, toggleReader } from '@/lib/tab-actions';

/**
 * The background does two things: the keyboard shortcuts (commands; pressing one grants activeTab on
 * the current tab, like a toolbar click) and saving for the reader overlay (IndexedDB lives in the
 * extension's origin, which a content script does not have).
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    runCommand(command, tab.id).catch((error: unknown) => reportOnBadge(tab.id!, error));
  });
});

async function runCommand(command: string, tabId: number): Promise<void> {
  await clearBadge(tabId);
  const settings = await loadSettings();
  if (command === 'toggle-reader') {
    await toggleReader(tabId, settings);
  } else if (command === 'save-article') {
    // Saving shows the reader first, so the user sees what was saved and the answer.
    if (!(await saveFromReader(tabId))) {
      await showReader(tabId, await extractTab(tabId), settings);
      await saveFromReader(tabId);
    }
  }
}

/** Without a popup open, a shortcut that fails says so on the toolbar button: a badge and its tooltip. */
async function reportOnBadge(tabId: number, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await toolbarButton().setBadgeText({ tabId, text: '!' });
  await toolbarButton().setTitle({ tabId, title: `Clean News Reader: ${message}` });
}

async function clearBadge(tabId: number): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: '' });
  await toolbarButton().setTitle({ tabId, title: 'Clean News Reader' });
}

/** `action` in MV3 (Chrome), `browserAction` in the Firefox MV2 build. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
