/**
 * Saving as the popup and the background do (lib/save-article.ts), on the browser's default database
 * (fake-indexeddb installed globally): two saves of the same page at once must not both write; with
 * the pictures setting "never" a save downloads no picture, even with the permission to.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveToLibrary } from '@/lib/save-article';
import { openLibrary } from '@/lib/library/store';
import { saveSettings, DEFAULT_SETTINGS } from '@/lib/settings';
import { article } from './library/helpers';

describe('saveToLibrary', () => {
  it('two saves of the same page at once: one adds it, the other asks before replacing it', async () => {
    const url = 'https://www.digi24.ro/stiri/race-1';
    for (let attempt = 0; attempt < 5; attempt++) {
      const page = `${url}?try=${attempt}`;
      const replies = await Promise.all([
        saveToLibrary(article({ url: page, title: 'from the popup' }), null),
        saveToLibrary(article({ url: page, title: 'from the reader view' }), null),
      ]);
      const statuses = replies.map((r) => (r.ok ? r.status : r.message)).sort();
      expect(statuses).toEqual(['added', 'exists']);
      const asked = replies.find((r) => r.ok && r.status === 'exists') as { savedAt: string; updatedAt: string };
      const library = await openLibrary();
      const saved = await library.get(page);
      library.close();
      // The one asked is told about the copy that was kept, which it can then replace by its date.
      expect(asked.updatedAt).toBe(saved!.updatedAt);
      const confirmed = await saveToLibrary(article({ url: page, title: 'confirmed' }), asked.updatedAt);
      expect(confirmed).toEqual({ ok: true, status: 'updated', updatedAt: expect.any(String) });
    }
  });

  it('an update confirmed against a copy that changed since writes nothing and shows the newer date', async () => {
    const page = 'https://www.digi24.ro/stiri/race-2';
    await saveToLibrary(article({ url: page, title: 'first' }), null);
    const asked = await saveToLibrary(article({ url: page, title: 'second' }), null);
    expect(asked).toMatchObject({ ok: true, status: 'exists' });
    const { updatedAt } = asked as { updatedAt: string };
    expect(await saveToLibrary(article({ url: page, title: 'another tab' }), updatedAt)).toEqual({ ok: true, status: 'updated', updatedAt: expect.any(String) });
    const late = await saveToLibrary(article({ url: page, title: 'late' }), updatedAt);
    expect(late).toMatchObject({ ok: true, status: 'exists' });
    expect((late as { updatedAt: string }).updatedAt).not.toBe(updatedAt);
    const library = await openLibrary();
    expect((await library.get(page))?.title).toBe('another tab');
    library.close();
  });

  describe('the pictures setting', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      fakeBrowser.reset();
    });

    /** Saves an article with one remote picture, the picture permission given; returns the reply and the requests made. */
    async function saveWithPicture(url: string): Promise<{ reply: unknown; requested: string[] }> {
      const requested: string[] = [];
      vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
        requested.push(String(input instanceof Request ? input.url : input));
        return new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]), { headers: { 'Content-Type': 'image/jpeg' } });
      });
      fakeBrowser.permissions.contains = (async () => true) as typeof fakeBrowser.permissions.contains;
      const page = article({ url, html: '<p>Text.</p><figure><img src="https://cdn.example/photo.jpg" alt=""></figure>' });
      return { reply: await saveToLibrary(page, null), requested };
    }

    it('"never": nothing is downloaded, the text is saved, and the reply says why', async () => {
      await saveSettings({ ...DEFAULT_SETTINGS, pictures: 'never' });
      const { reply, requested } = await saveWithPicture('https://www.digi24.ro/stiri/pictures-never');
      expect(requested).toEqual([]);
      expect(reply).toEqual({ ok: true, status: 'added', updatedAt: expect.any(String), pictures: { allowed: false, saved: 0, missing: 1, off: true } });
    });

    it('"show" and "click": the picture is downloaded once, when saving', async () => {
      for (const pictures of ['show', 'click'] as const) {
        await saveSettings({ ...DEFAULT_SETTINGS, pictures });
        const { reply, requested } = await saveWithPicture(`https://www.digi24.ro/stiri/pictures-${pictures}`);
        expect(requested, pictures).toEqual(['https://cdn.example/photo.jpg']);
        expect(reply, pictures).toMatchObject({ ok: true, status: 'added', pictures: { allowed: true } });
      }
    });
  });
});
