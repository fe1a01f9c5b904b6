/**
 * End-to-end: the keyboard shortcuts of the built extension. A key the browser refuses (one of its own,
 * or another extension's) is silently left unassigned, which is how the reader's Alt+Shift+R ended up
 * doing nothing in Chromium: here every command must come out of the build with a key, and the popup
 * must show them with a way to change them.
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const harness = useHarness();

describe('keyboard shortcuts', () => {
  it('every command of the built extension has a shortcut assigned, the popup included', async () => {
    const page = await harness().context.newPage();
    await page.goto(harness().popupUrl(2 ** 31 - 1));
    const commands = await page.evaluate(async () => (await chrome.commands.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut })));
    expect(commands.map((c) => c.name).sort()).toEqual(['_execute_action', 'save-article', 'toggle-reader']);
    expect(commands.filter((c) => !c.shortcut), 'commands without a key').toEqual([]);
    await page.close();
  });

  it('the popup shows each shortcut and offers to change them', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html'));
    const popup = await harness().openPopup(tabId);
    const shown = await popup.getByTestId('shortcuts').innerText();
    const assigned = await popup.evaluate(async () => (await chrome.commands.getAll()).map((c) => c.shortcut ?? ''));
    for (const key of assigned) expect(shown).toContain(key);
    expect(shown).toMatch(/Open this popup.*Reader view.*Save/s);
    const opened = harness().context.waitForEvent('page');
    await popup.getByTestId('change-shortcuts').click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
    await popup.close();
    await page.close();
  });
});

declare const chrome: typeof import('wxt/browser').browser;
