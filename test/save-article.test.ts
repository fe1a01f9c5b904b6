/**
 * Saving as the popup and the background do (lib/save-article.ts), on the browser's default database
 * (fake-indexeddb installed globally): two saves of the same page at once must not both write.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveToLibrary } from '@/lib/save-article';
import { openLibrary } from '@/lib/library/store';
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
});
