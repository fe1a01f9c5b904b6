import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../lib/commands';
import { extractTab, saveFromReader, showReader, toggleReader } from '../lib/tab-actions';
import { DEFAULT_SETTINGS } from '../lib/settings';

vi.mock('../lib/tab-actions', () => ({
  extractTab: vi.fn(), saveFromReader: vi.fn(), showReader: vi.fn(), toggleReader: vi.fn(),
}));

const badge = { text: new Map<number, string>(), title: new Map<number, string>() };
const action = {
  setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => void badge.text.set(tabId, text)),
  setTitle: vi.fn(async ({ tabId, title }: { tabId: number; title: string }) => void badge.title.set(tabId, title)),
  setBadgeBackgroundColor: vi.fn(async () => undefined),
};

describe('keyboard shortcuts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
    badge.text.clear();
    badge.title.clear();
    // The fake browser has no toolbar-button API: give it one that remembers badges.
    Object.assign(fakeBrowser.action, action);
  });

  it('toggle-reader toggles the reader with the stored settings', async () => {
    await runCommand('toggle-reader', 5);
    expect(toggleReader).toHaveBeenCalledWith(5, DEFAULT_SETTINGS);
    expect(badge.text.get(5)).toBe('');
  });

  it('save-article saves through the reader already shown', async () => {
    vi.mocked(saveFromReader).mockResolvedValueOnce(true);
    await runCommand('save-article', 5);
    expect(extractTab).not.toHaveBeenCalled();
  });

  it('save-article with no reader shown reads the page, shows the reader, then saves', async () => {
    const article = { title: 'A' } as Awaited<ReturnType<typeof extractTab>>;
    vi.mocked(saveFromReader).mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    vi.mocked(extractTab).mockResolvedValueOnce(article);
    await runCommand('save-article', 5);
    expect(showReader).toHaveBeenCalledWith(5, article, DEFAULT_SETTINGS);
    expect(saveFromReader).toHaveBeenCalledTimes(2);
  });

  it('a failure shows a badge with the message, cleared by the next success', async () => {
    // A TabError (lib/tab-actions.ts, mocked here), written in the interface's language already.
    vi.mocked(toggleReader).mockRejectedValueOnce(Object.assign(new Error('No article text was found on this page.'), { name: 'TabError' }));
    await runCommand('toggle-reader', 9);
    expect(badge.text.get(9)).toBe('!');
    expect(badge.title.get(9)).toBe('Clean News Reader: No article text was found on this page.');
    await runCommand('toggle-reader', 9);
    expect(badge.text.get(9)).toBe('');
    expect(badge.title.get(9)).toBe('Clean News Reader');
  });
});
