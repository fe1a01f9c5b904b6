/**
 * The keyboard shortcuts (manifest `commands`), run by the background. Pressing one grants activeTab
 * on the current tab, like a toolbar click. With no popup open, a failure is shown on the toolbar
 * button: a red badge, and the message as its tooltip.
 */
import { errorText } from './error-text';
import { t } from './i18n';
import { loadSettings } from './settings';
import { extractTab, saveFromReader, showReader, toggleReader } from './tab-actions';
import { toolbarButton } from './toolbar';

export async function runCommand(command: string, tabId: number): Promise<void> {
  await clearBadge(tabId);
  try {
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
  } catch (error) {
    await reportOnBadge(tabId, errorText(error));
  }
}

async function reportOnBadge(tabId: number, message: string): Promise<void> {
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await toolbarButton().setBadgeText({ tabId, text: '!' });
  await toolbarButton().setTitle({ tabId, title: `${t('extName')}: ${message}` });
}

async function clearBadge(tabId: number): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: '' });
  await toolbarButton().setTitle({ tabId, title: t('extName') });
}
