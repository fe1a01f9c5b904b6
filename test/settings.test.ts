import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE, LINE_WIDTHS, loadSettings, normalizeSettings, readerSettings, saveSettings } from '../lib/settings';

describe('reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default to following the system theme', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('are stored and read back', async () => {
    await saveSettings({ theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineWidth: 72, pictures: 'click' });
    expect(await loadSettings()).toEqual({ theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineWidth: 72, pictures: 'click' });
    expect(readerSettings.key).toBe('local:readerSettings');
  });

  it('turn a damaged or foreign stored value into usable settings', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'neon', fontFamily: 42, fontSize: 1000, lineWidth: Number.NaN, pictures: 'always', extra: '<script>' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: FONT_SIZE.max });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'dark', lineWidth: 3 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', lineWidth: LINE_WIDTHS[0] });
  });

  it('clamp what they store', async () => {
    await saveSettings({ theme: 'dark', fontFamily: 'serif', fontSize: 2, lineWidth: 400, pictures: 'never' });
    expect(await fakeBrowser.storage.local.get('readerSettings')).toEqual({
      readerSettings: { theme: 'dark', fontFamily: 'serif', fontSize: FONT_SIZE.min, lineWidth: LINE_WIDTHS[LINE_WIDTHS.length - 1], pictures: 'never' },
    });
  });

  it('version 1 → 3: a width in ch of the interface font becomes the nearest number of characters a line, the rest kept, pictures shown', async () => {
    const cases: [number, number][] = [[40, 60], [55, 60], [60, 60], [65, 66], [70, 72], [75, 72], [80, 78], [90, 78]];
    for (const [v1, v2] of cases) {
      fakeBrowser.reset();
      // A value stored by version 1 (its shape, its version marker), as an update finds it.
      await fakeBrowser.storage.local.set({ readerSettings: { theme: 'dark', fontFamily: 'sans', fontSize: 24, lineWidth: v1 }, readerSettings$: { v: 1 } });
      await readerSettings.migrate();
      expect(await fakeBrowser.storage.local.get(['readerSettings', 'readerSettings$']), `lineWidth ${v1}`).toEqual({
        readerSettings: { theme: 'dark', fontFamily: 'sans', fontSize: 24, lineWidth: v2, pictures: 'show' }, readerSettings$: { v: 3 },
      });
      expect(await loadSettings()).toEqual({ theme: 'dark', fontFamily: 'sans', fontSize: 24, lineWidth: v2, pictures: 'show' });
    }
  });

  it('version 1 → 3 keeps a damaged value usable', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'neon', lineWidth: 'wide' }, readerSettings$: { v: 1 } });
    await readerSettings.migrate();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('version 2 → 3: every choice kept (line width in characters), pictures shown as before', async () => {
    // A value stored by version 2 (line width in characters, no pictures), as an update finds it.
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'sepia', fontFamily: 'sans', fontSize: 24, lineWidth: 78 }, readerSettings$: { v: 2 } });
    await readerSettings.migrate();
    expect(await fakeBrowser.storage.local.get(['readerSettings', 'readerSettings$'])).toEqual({
      readerSettings: { theme: 'sepia', fontFamily: 'sans', fontSize: 24, lineWidth: 78, pictures: 'show' },
      readerSettings$: { v: 3 },
    });
    expect(await loadSettings()).toEqual({ theme: 'sepia', fontFamily: 'sans', fontSize: 24, lineWidth: 78, pictures: 'show' });
  });

  it('a version 3 value is not migrated again', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { ...DEFAULT_SETTINGS, lineWidth: 60, pictures: 'never' }, readerSettings$: { v: 3 } });
    await readerSettings.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, lineWidth: 60, pictures: 'never' });
  });
});
