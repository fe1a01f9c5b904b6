/**
 * Pictures in backups and exports: export → import gives back identical articles and pictures; a
 * backup's pictures are checked like everything else in the file; standalone HTML carries them as
 * data: URLs and nothing remote; Markdown comes in a zip with its pictures beside it.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, planImport, readBackup } from '@/lib/library/backup';
import { htmlFile, markdownFile } from '@/lib/library/export-files';
import type { NewPicture } from '@/lib/library/pictures';
import type { Library, PictureRecord } from '@/lib/library/store';
import { article, freshLibrary, testWindow } from './helpers';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);
const A = 'https://cdn.example/a.jpg';
const B = 'https://cdn.example/b%20c.png?x=1&y=2';
const GONE = 'https://cdn.example/gone.jpg';

const withPictures = (url: string) => article({
  url, html: `<p>Body.</p><figure><img src="${A}" alt="A"></figure><p><img src="${B.replace(/&/g, '&amp;')}" alt="B"></p><img src="${GONE}">`,
});
const pictures = (): NewPicture[] => [
  { url: A, order: 0, blob: new Blob([JPEG], { type: 'image/jpeg' }), width: 800, height: 600, missing: null },
  { url: B, order: 1, blob: new Blob([PNG], { type: 'image/png' }), width: 10, height: 10, missing: null },
  { url: GONE, order: 2, blob: null, width: 0, height: 0, missing: 'the site answered 404' },
];

/** Everything the library holds, pictures as bytes: to compare two libraries. */
async function everything(library: Library) {
  const records: unknown[] = [];
  await library.forEachArticle((record) => records.push(record));
  const stored: unknown[] = [];
  for (const [id, list] of await library.allPictures()) {
    for (const p of list.sort((a, b) => a.order - b.order)) {
      stored.push({ id, url: p.url, order: p.order, width: p.width, height: p.height, missing: p.missing, type: p.blob?.type ?? null,
        bytes: p.blob ? [...new Uint8Array(await p.blob.arrayBuffer())] : null });
    }
  }
  return { records, stored, summaries: await library.list() };
}

describe('backups with pictures', () => {
  it('export → import gives identical articles and pictures', async () => {
    const { library: first } = await freshLibrary();
    await first.save(withPictures('https://news.example/1'), pictures());
    await first.save(article({ url: 'https://news.example/2', title: 'No pictures' }));
    const files = await exportBackup(first, { now: new Date('2026-01-02T00:00:00.000Z') });
    const text = await files[0]!.blob.text();
    expect(JSON.parse(text).version).toBe(3);

    const { library: second } = await freshLibrary();
    const plan = await planImport(second, await readBackup(new Blob([text])));
    expect(plan.rejected).toEqual([]);
    expect(await applyImport(second, plan)).toEqual({ added: 2, updated: 0, skipped: 0 });
    const [before, after] = [await everything(first), await everything(second)];
    expect(after.records).toEqual(before.records);
    expect(after.stored).toEqual(before.stored);
    expect(after.stored).toHaveLength(3);
    expect(after.summaries.map((s) => s.pictures)).toEqual(before.summaries.map((s) => s.pictures));

    // Exported again: the same file but for the export's own date.
    const again = await (await exportBackup(second, { now: new Date('2026-01-02T00:00:00.000Z') }))[0]!.blob.text();
    expect(again).toBe(text);
    // Imported into the library it came from: nothing to do.
    expect(await planImport(first, await readBackup(new Blob([text])))).toMatchObject({ add: [], update: [], unchanged: 2 });
  });

  it('an article saved without its pictures takes them from a backup that has them (as an update)', async () => {
    const { library: source } = await freshLibrary();
    const { article: saved } = await source.save(withPictures('https://news.example/1'), pictures());
    const text = await (await exportBackup(source))[0]!.blob.text();
    const { library: target } = await freshLibrary();
    await target.putImported([{ record: saved, expectedUpdatedAt: null }]);
    const plan = await planImport(target, await readBackup(new Blob([text])));
    expect(plan.update).toHaveLength(1);
    await applyImport(target, plan, { overwrite: true });
    expect((await target.pictures(saved.id)).filter((p) => p.blob).map((p) => p.url)).toEqual([A, B]);
  });

  it('version 1 files (no pictures) still import', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(article());
    const v1 = JSON.stringify({ format: 'clean-news-reader-backup', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', articles: [saved] });
    const { library: other } = await freshLibrary();
    const plan = await planImport(other, await readBackup(new Blob([v1])));
    expect(plan.add).toEqual([saved]);
    // …and a "pictures" field in a version 1 file is an unknown field.
    const odd = JSON.stringify({ format: 'clean-news-reader-backup', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', articles: [{ ...saved, pictures: [] }] });
    expect((await readBackup(new Blob([odd]))).rejected[0]!.reason).toBe('the article has an unknown field "pictures"');
  });

  it('refuses an article whose pictures are not what they claim, and imports the rest', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(withPictures('https://news.example/1'));
    const good = { url: A, order: 0, width: 1, height: 1, missing: null, data: btoa(String.fromCharCode(...JPEG)) };
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const cases: [unknown, string][] = [
      [{}, 'pictures is not a list'],
      [[{ ...good, url: 'https://elsewhere.example/x.jpg' }], 'picture #1 is not a picture of the article'],
      [[good, good], 'picture #2 is not a picture of the article'],
      [[{ ...good, data: svg }], 'picture #1 is not a picture format the library keeps'],
      [[{ ...good, data: 'not base64!' }], 'picture #1 has data that is not base64'],
      [[{ ...good, extra: 1 }], 'picture #1 does not have the fields of a picture'],
      [[{ ...good, order: -1 }], 'picture #1 has a size or place that is not a whole number'],
      [[{ ...good, data: null, missing: null }], 'picture #1 has neither data nor a reason it is missing'],
      [[{ ...good, missing: 'x' }], 'picture #1 has data and a reason it is missing'],
    ];
    const articles = cases.map(([value], i) => ({ ...saved, url: `${saved.url}/${i}`, id: `${saved.url}/${i}`, pictures: value }));
    articles.push({ ...saved, pictures: [good] });
    const backup = await readBackup(new Blob([JSON.stringify({ format: 'clean-news-reader-backup', version: 2, exportedAt: '2026-01-02T00:00:00.000Z', articles })]));
    expect(backup.rejected.map((r) => r.reason)).toEqual(cases.map(([, reason]) => reason));
    expect(backup.articles.map((a) => a.id)).toEqual([saved.id]);
    expect(backup.pictures.get(saved.id)!.map((p) => [p.url, p.blob?.type])).toEqual([[A, 'image/jpeg']]);
  });
});

describe('exports of one article with its pictures', () => {
  const records = (): PictureRecord[] => pictures().map((p) => ({ ...p, articleId: 'https://news.example/1' }));

  it('standalone HTML embeds the saved pictures and refers to no site for pictures', async () => {
    const html = await (await htmlFile(withPictures('https://news.example/1'), records(), testWindow())).text();
    const images = [...html.matchAll(/<img[^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(3);
    expect(images[0]).toContain(`src="data:image/jpeg;base64,${btoa(String.fromCharCode(...JPEG))}"`);
    expect(images[1]).toContain('src="data:image/png;base64,');
    expect(images[2]).not.toContain('src='); // gone: not fetched from the site when the file is opened
    expect(html).not.toContain('cdn.example');
  });

  it('Markdown comes in a zip with its pictures beside it; without saved pictures, alone', async () => {
    const { blob, extension } = await markdownFile(withPictures('https://news.example/1'), records(), testWindow());
    expect(extension).toBe('zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['article.md', 'pictures/1.jpg', 'pictures/2.png']);
    expect([...files['pictures/1.jpg']!]).toEqual([...JPEG]);
    const text = strFromU8(files['article.md']!);
    expect(text).toContain('![A](pictures/1.jpg)');
    expect(text).toContain('![B](pictures/2.png)');
    expect(text).not.toContain('cdn.example');

    const alone = await markdownFile(withPictures('https://news.example/1'), [], testWindow());
    expect(alone.extension).toBe('md');
    expect(await alone.blob.text()).toContain(`![A](${A})`);
  });
});
