import { browser, defineBackground } from '#imports';
import { runCommand } from '@/lib/commands';
import { handleReaderMessage } from '@/lib/reader-messages';
import { saveToLibrary } from '@/lib/save-article';
import { applyToolbarOption, toolbarButton, toolbarOpensReader } from '@/lib/toolbar';

/**
 * The background runs the keyboard shortcuts (lib/commands.ts), the toolbar button when it opens the
 * reader directly (lib/toolbar.ts), and saves for the reader overlay
 * (IndexedDB lives in the extension's origin, which a content script does not have).
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) void runCommand(command, tab.id);
  });

  // "The toolbar button opens the reader directly": no popup, and a click toggles the reader.
  void toolbarOpensReader.getValue().then(applyToolbarOption);
  toolbarOpensReader.watch((on) => void applyToolbarOption(on));
  toolbarButton().onClicked.addListener((tab) => {
    if (tab.id !== undefined) void runCommand('toggle-reader', tab.id);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = handleReaderMessage(message, sender, browser.runtime.id, saveToLibrary);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true; // Answers asynchronously.
  });
});
