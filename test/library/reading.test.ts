/**
 * Read/unread and the reading position of saved articles (schema v5's `reading` store): kept apart
 * from the article (its updatedAt, what saves compare, never moves), listed with the summaries, deleted
 * and restored with the article, carried by backups (format 3), and older backups import unread.
 */
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, planImport, readBackup } from '@/lib/library/backup';
import { LibraryError } from '@/lib/library/errors';
import { toSavedArticle } from '@/lib/library/records';
import { article, freshLibrary } from './helpers';

const A = 'https://www.digi24.ro/stiri/a';
const B = 'https://www.digi24.ro/stiri/b';

describe('reading state', () => {
  it('marks read and unread, keeps the position, and never changes the saved copy', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(article({ url: A }));
    expect(await library.reading(saved.id)).toEqual({ readAt: null, position: 0 });

    const read = await library.markRead(saved.id, true);
    expect(read?.readAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Opening it again keeps the first reading's date.
    expect(await library.markRead(saved.id, true)).toEqual(read);
    expect(await library.savePosition(saved.id, 0.37)).toEqual({ readAt: read!.readAt, position: 0.37 });
    expect(await library.savePosition(saved.id, 1.7)).toEqual({ readAt: read!.readAt, position: 1 });
    expect(await library.savePosition(saved.id, -3)).toEqual({ readAt: read!.readAt, position: 0 });
    await library.savePosition(saved.id, 0.5);
    expect(await library.markRead(saved.id, false)).toEqual({ readAt: null, position: 0.5 });
    expect(() => library.savePosition(saved.id, Number.NaN)).toThrow(LibraryError);

    expect(await library.get(saved.id)).toEqual(saved);
    const [summary] = await library.list();
    expect(summary?.updatedAt).toBe(saved.updatedAt);
    expect(summary?.reading).toEqual({ readAt: null, position: 0.5 });
    // A confirmation made against the copy still holds after reading it.
    expect((await library.saveUnlessChanged(article({ url: A, title: 'Changed' }), saved.updatedAt)).status).toBe('updated');
    expect(await library.reading(saved.id)).toEqual({ readAt: null, position: 0.5 });
  });

  it('is nothing for a page that is not saved', async () => {
    const { library } = await freshLibrary();
    expect(await library.markRead(A, true)).toBeNull();
    expect(await library.savePosition(A, 0.2)).toBeNull();
    expect(await library.orphanReading()).toEqual([]);
  });

  it('the list and the first screen carry it; deleting takes it along and undo brings it back', async () => {
    const { library } = await freshLibrary();
    const { article: a } = await library.save(article({ url: A }));
    await library.save(article({ url: B }));
    await library.markRead(a.id, true);
    await library.savePosition(a.id, 0.25);
    const list = await library.list();
    expect(list.map((s) => [s.id, s.reading?.position ?? null])).toEqual([[B, null], [A, 0.25]]);
    expect(await library.newest(2)).toEqual(list);

    const deleted = await library.delete(a.id);
    expect(await library.orphanReading()).toEqual([]);
    expect(await library.reading(a.id)).toEqual({ readAt: null, position: 0 });
    expect(await library.restore(deleted!)).toBe(true);
    expect((await library.reading(a.id)).position).toBe(0.25);
    expect((await library.reading(a.id)).readAt).not.toBeNull();
  });

  it('backups carry it, an import gives it back, and the file is refused nothing for it', async () => {
    const { library } = await freshLibrary();
    const { article: a } = await library.save(article({ url: A }));
    await library.save(article({ url: B }));
    await library.markRead(a.id, true);
    await library.savePosition(a.id, 0.6);
    const [file] = await exportBackup(library);
    const lines = JSON.parse(await file!.blob.text()) as { version: number; articles: { id: string; reading?: unknown }[] };
    expect(lines.version).toBe(3);
    expect(lines.articles.find((line) => line.id === A)?.reading).toEqual(await library.reading(a.id));
    expect(lines.articles.find((line) => line.id === B)).not.toHaveProperty('reading');

    const { library: empty } = await freshLibrary();
    const plan = await planImport(empty, await readBackup(file!.blob));
    expect(await applyImport(empty, plan)).toMatchObject({ added: 2 });
    expect(await empty.reading(A)).toEqual(await library.reading(a.id));
    expect(await empty.reading(B)).toEqual({ readAt: null, position: 0 });
  });

  it('older backups (format 2 and 1) import their articles unread; a reading state there is an unknown field', async () => {
    const record = toSavedArticle(article({ url: A }), '2026-01-01T00:00:00.000Z');
    for (const version of [1, 2]) {
      const { library } = await freshLibrary();
      const file = new Blob([JSON.stringify({ format: 'clean-news-reader-backup', version, exportedAt: '2026-01-02T00:00:00.000Z', articles: [record] })]);
      expect(await applyImport(library, await planImport(library, await readBackup(file)))).toMatchObject({ added: 1 });
      expect(await library.reading(A)).toEqual({ readAt: null, position: 0 });
      const odd = await readBackup(new Blob([JSON.stringify({
        format: 'clean-news-reader-backup', version, exportedAt: '2026-01-02T00:00:00.000Z', articles: [{ ...record, reading: { readAt: null, position: 0.5 } }],
      })]));
      expect(odd.articles).toEqual([]);
      expect(odd.rejected[0]?.reason).toMatch(/reading/);
    }
  });

  it('a backup with a damaged reading state rejects that article, named, and keeps the others', async () => {
    const good = toSavedArticle(article({ url: A }), '2026-01-01T00:00:00.000Z');
    const bad = toSavedArticle(article({ url: B }), '2026-01-01T00:00:00.000Z');
    for (const reading of [{ readAt: 'yesterday', position: 0 }, { readAt: null, position: 2 }, { readAt: null, position: 0.1, extra: 1 }, 'read']) {
      const backup = await readBackup(new Blob([JSON.stringify({
        format: 'clean-news-reader-backup', version: 3, exportedAt: '2026-01-02T00:00:00.000Z',
        articles: [{ ...good, reading: { readAt: '2026-01-01T10:00:00.000Z', position: 0.2 } }, { ...bad, reading }],
      })]));
      expect(backup.articles.map((r) => r.id)).toEqual([A]);
      expect(backup.reading.get(A)).toEqual({ readAt: '2026-01-01T10:00:00.000Z', position: 0.2 });
      expect(backup.rejected).toEqual([expect.objectContaining({ index: 1, reason: 'its reading state is not valid' })]);
    }
  });
});

describe('the list excerpt', () => {
  it('is the start of the text, whitespace collapsed, cut at a space or, without spaces, at a code point', async () => {
    const { excerptOf, EXCERPT_LENGTH } = await import('@/lib/library/records');
    expect(excerptOf('  Short\n\ntext. ')).toBe('Short text.');
    const long = `${'word '.repeat(100)}end`;
    const cut = excerptOf(long);
    expect(cut.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(cut).toMatch(/^(word )+word…$/);
    const spaceless = '東京都の天気は晴れです。'.repeat(40);
    expect(excerptOf(spaceless)).toHaveLength(EXCERPT_LENGTH);
    expect(excerptOf(spaceless).endsWith('…')).toBe(true);
    const emoji = '😀'.repeat(300);
    expect(excerptOf(emoji)).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('is in every summary the list reads, and follows the saved text', async () => {
    const { library } = await freshLibrary();
    await library.save(article({ url: A, text: 'First paragraph.\n\nSecond.' }));
    expect((await library.list())[0]?.excerpt).toBe('First paragraph. Second.');
    await library.save(article({ url: A, text: 'Updated text.' }));
    expect((await library.list())[0]?.excerpt).toBe('Updated text.');
  });
});
