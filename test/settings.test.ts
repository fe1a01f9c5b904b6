import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE, LINE_WIDTH, loadSettings, normalizeSettings, readerSettings, saveSettings } from '../lib/settings';

describe('reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default to following the system theme', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('are stored and read back', async () => {
    await saveSettings({ theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineWidth: 50 });
    expect(await loadSettings()).toEqual({ theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineWidth: 50 });
    expect(readerSettings.key).toBe('local:readerSettings');
  });

  it('turn a damaged or foreign stored value into usable settings', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'neon', fontFamily: 42, fontSize: 1000, lineWidth: Number.NaN, extra: '<script>' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: FONT_SIZE.max });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'dark', lineWidth: 3 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', lineWidth: LINE_WIDTH.min });
  });

  it('clamp what they store', async () => {
    await saveSettings({ theme: 'dark', fontFamily: 'serif', fontSize: 2, lineWidth: 400 });
    expect(await fakeBrowser.storage.local.get('readerSettings')).toEqual({
      readerSettings: { theme: 'dark', fontFamily: 'serif', fontSize: FONT_SIZE.min, lineWidth: LINE_WIDTH.max },
    });
  });
});
