import { browser, defineBackground } from '#imports';
import { runCommand } from '@/lib/commands';

/**
 * The background runs the keyboard shortcuts (lib/commands.ts) and saves for the reader overlay
 * (IndexedDB lives in the extension's origin, which a content script does not have).
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) void runCommand(command, tab.id);
  });
});
