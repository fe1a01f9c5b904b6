/**
 * Pictures saved with articles: which variant is chosen from srcset, which pictures an article has,
 * fetching them (without cookies, by their bytes, within the limits, never stopping the save), storing
 * them in the article's transaction, and no picture left behind by any sequence of saves, updates,
 * deletes and restores.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractContent } from '@/core/extract';
import { sanitizerFor } from '@/core/sanitize';
import { chooseVariant, parseSrcset, pictureVariants } from '@/core/srcset';
import { fetchPictures, sniffPictureType } from '@/lib/library/picture-fetch';
import { type NewPicture, PICTURE_LIMITS, pictureUrls } from '@/lib/library/pictures';
import type { Library } from '@/lib/library/store';
import { abortOn, article, freshLibrary, testWindow } from './helpers';

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SVG = [...new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')];

const picture = (url: string, order: number, bytes = JPEG): NewPicture =>
  ({ url, order, blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), width: 10, height: 10, missing: null });

const withPictures = (url: string, pictures: string[]) => article({
  url, html: `<p>Text of the article.</p>${pictures.map((src) => `<figure><img src="${src}" alt=""></figure>`).join('')}`,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the variant chosen from srcset', () => {
  it('reads candidates as browsers do (commas inside URLs, no descriptor, bad descriptors dropped)', () => {
    expect(parseSrcset('a.jpg 480w, b.jpg 1200w,c.jpg 2000w')).toEqual([
      { url: 'a.jpg', width: 480, density: 1 }, { url: 'b.jpg', width: 1200, density: 1 }, { url: 'c.jpg', width: 2000, density: 1 },
    ]);
    expect(parseSrcset('https://cdn.example/i/w_400,h_300/a.jpg 400w, x.jpg')).toEqual([
      { url: 'https://cdn.example/i/w_400,h_300/a.jpg', width: 400, density: 1 }, { url: 'x.jpg', width: null, density: 1 },
    ]);
    expect(parseSrcset('a.jpg 0w, b.jpg 2x, c.jpg 12q')).toEqual([{ url: 'b.jpg', width: null, density: 2 }]);
  });

  it('takes the narrowest candidate at least as wide as the reader, else the widest; 2x without widths', () => {
    expect(chooseVariant('s.jpg 320w, m.jpg 800w, l.jpg 1600w, xl.jpg 3200w')).toBe('l.jpg');
    expect(chooseVariant('s.jpg 320w, m.jpg 800w')).toBe('m.jpg');
    expect(chooseVariant('a.jpg, b.jpg 2x, c.jpg 3x')).toBe('b.jpg');
    expect(chooseVariant('a.jpg 1.5x')).toBe('a.jpg');
    expect(chooseVariant('')).toBeNull();
  });

  it('is recorded at extraction, before the sanitizer drops srcset, against the sanitized src', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the article, long enough to be prose that Readability keeps as the article body text, with sentences.</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Pictures</title></head><body><article><h1>Pictures</h1>${paragraphs}
      <figure><img src="/img/small.jpg" srcset="/img/small.jpg 400w, /img/large.jpg 1600w, /img/huge.jpg 4000w" alt="One"></figure>
      <picture><source srcset="/img/p-800.webp 800w, /img/p-2000.webp 2000w"><img src="/img/p.jpg" alt="Two"></picture>
      <figure><img src="/img/plain.jpg" alt="Three"></figure>${paragraphs}</article></body></html>`;
    const dom = new JSDOM(html, { url: 'https://news.example/story' });
    const content = extractContent(dom.window.document);
    expect(content.html).not.toContain('srcset');
    expect(pictureUrls(content.html)).toEqual(['https://news.example/img/small.jpg', 'https://news.example/img/p.jpg', 'https://news.example/img/plain.jpg']);
    expect(content.pictureVariants).toEqual([
      { src: 'https://news.example/img/small.jpg', variant: 'https://news.example/img/large.jpg' },
      { src: 'https://news.example/img/p.jpg', variant: 'https://news.example/img/p-2000.webp' },
    ]);
  });

  it('skips pictures without a usable variant', () => {
    const dom = new JSDOM('<div><img src="a.jpg" srcset="a.jpg 1x"><img srcset="b.jpg 2x"><img src="javascript:x" srcset="c.jpg 2x"></div>', { url: 'https://x.example/' });
    expect(pictureVariants(dom.window.document.body, 'https://x.example/')).toEqual([]);
  });
});

describe('the pictures of an article', () => {
  it('are its http(s) <img> addresses, in order, each once, decoded, at most the limit', () => {
    const html = '<p>x</p><img alt="a > b" src="https://a.example/1.jpg?x=1&amp;y=2"><img src="https://a.example/1.jpg?x=1&amp;y=2">'
      + '<img src="data:image/png;base64,AAAA"><img class="z" src=\'http://b.example/2.png\'><p>&lt;img src="https://c.example/no.jpg"&gt;</p>';
    expect(pictureUrls(html)).toEqual(['https://a.example/1.jpg?x=1&y=2', 'http://b.example/2.png']);
    const many = Array.from({ length: 40 }, (_, i) => `<img src="https://a.example/${i}.jpg">`).join('');
    expect(pictureUrls(many)).toHaveLength(PICTURE_LIMITS.perArticle);
  });
});

describe('fetching pictures', () => {
  const served = (files: Record<string, number[] | number>) => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      const file = files[url];
      if (file === undefined) throw new TypeError('Failed to fetch');
      if (typeof file === 'number') return new Response('no', { status: file });
      return new Response(new Uint8Array(file), { headers: { 'content-type': 'image/jpeg' } });
    }) as typeof fetch;
    return { calls, fetcher };
  };

  it('fetches without cookies or referrer, the variant first, types pictures by their bytes, and says why one is missing', async () => {
    const html = ['ok.jpg', 'variant.jpg', 'gone.jpg', 'svg.jpg', 'down.jpg'].map((name) => `<img src="https://cdn.example/${name}">`).join('');
    const { calls, fetcher } = served({
      'https://cdn.example/ok.jpg': PNG,
      'https://cdn.example/large.jpg': JPEG,
      'https://cdn.example/gone.jpg': 404,
      'https://cdn.example/svg.jpg': SVG,
    });
    const pictures = await fetchPictures(html, [{ src: 'https://cdn.example/variant.jpg', variant: 'https://cdn.example/large.jpg' }],
      { fetch: fetcher, shrink: async (blob) => ({ blob, width: 0, height: 0 }) });
    expect(pictures.map((p) => [p.url, p.blob?.type ?? null, p.missing])).toEqual([
      ['https://cdn.example/ok.jpg', 'image/png', null],
      ['https://cdn.example/variant.jpg', 'image/jpeg', null],
      ['https://cdn.example/gone.jpg', null, 'the site answered 404'],
      ['https://cdn.example/svg.jpg', null, 'not a picture format the library keeps'],
      ['https://cdn.example/down.jpg', null, 'the site could not be reached'],
    ]);
    expect(calls.every((c) => c.init?.credentials === 'omit' && c.init.referrerPolicy === 'no-referrer')).toBe(true);
    expect(calls.map((c) => c.url)).not.toContain('https://cdn.example/variant.jpg'); // the variant came
  });

  it('falls back to src when the variant fails; keeps within the article budget', async () => {
    const { fetcher } = served({ 'https://cdn.example/a.jpg': JPEG });
    const [fallback] = await fetchPictures('<img src="https://cdn.example/a.jpg">', [{ src: 'https://cdn.example/a.jpg', variant: 'https://cdn.example/a-2000.jpg' }], { fetch: fetcher });
    expect(fallback!.blob?.size).toBe(JPEG.length);

    const big = new Array(8 * 1024 * 1024).fill(0);
    big.splice(0, JPEG.length, ...JPEG);
    const files = Object.fromEntries(['1', '2', '3'].map((n) => [`https://cdn.example/${n}.jpg`, big]));
    const pictures = await fetchPictures(Object.keys(files).map((u) => `<img src="${u}">`).join(''), [], { fetch: served(files).fetcher });
    expect(pictures.filter((p) => p.blob)).toHaveLength(2); // 16 MB of 20
    expect(pictures.find((p) => !p.blob)?.missing).toBe("over the article's limit for pictures");
  });

  it('recognises the raster formats and nothing else', async () => {
    const type = (bytes: number[]) => sniffPictureType(new Blob([new Uint8Array(bytes)]));
    expect(await type(JPEG)).toBe('image/jpeg');
    expect(await type(PNG)).toBe('image/png');
    expect(await type([...new TextEncoder().encode('GIF89a')])).toBe('image/gif');
    expect(await type([...new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')])).toBe('image/webp');
    expect(await type([0, 0, 0, 0x1c, ...new TextEncoder().encode('ftypavif')])).toBe('image/avif');
    expect(await type(SVG)).toBeNull();
    expect(await type([...new TextEncoder().encode('<html><body>')])).toBeNull();
  });
});

describe('storing pictures with the article', () => {
  const A = 'https://cdn.example/a.jpg';
  const B = 'https://cdn.example/b.jpg';
  const C = 'https://cdn.example/c.jpg';

  it('saves them in the article\'s transaction, with their stats in the list, and reads them back in order', async () => {
    const { library } = await freshLibrary();
    const saved = withPictures('https://news.example/1', [B, A]);
    await library.save(saved, [picture(A, 1), picture(B, 0, PNG), { url: C, order: 2, blob: null, width: 0, height: 0, missing: 'the site answered 404' }]);
    const pictures = await library.pictures(saved.url);
    expect(pictures.map((p) => [p.url, p.order])).toEqual([[B, 0], [A, 1]]); // C is not in the article
    expect(new Uint8Array(await pictures[0]!.blob!.arrayBuffer())).toEqual(new Uint8Array(PNG));
    expect((await library.list())[0]!.pictures).toEqual({ saved: 2, missing: 0, bytes: JPEG.length + PNG.length });
  });

  it('an update keeps the pictures the article still shows, drops the others, and never trades a picture for a "missing"', async () => {
    const { library } = await freshLibrary();
    await library.save(withPictures('https://news.example/1', [A, B]), [picture(A, 0), picture(B, 1)]);
    await library.save(withPictures('https://news.example/1', [B, C]), [{ url: B, order: 0, blob: null, width: 0, height: 0, missing: 'x' }]);
    const pictures = await library.pictures('https://news.example/1');
    expect(pictures.map((p) => [p.url, p.order, Boolean(p.blob)])).toEqual([[B, 0, true]]);
    expect((await library.list())[0]!.pictures).toEqual({ saved: 1, missing: 0, bytes: JPEG.length });
  });

  it('delete takes the pictures; undo brings them back', async () => {
    const { library } = await freshLibrary();
    await library.save(withPictures('https://news.example/1', [A]), [picture(A, 0)]);
    const deleted = await library.delete('https://news.example/1');
    expect(await library.pictures('https://news.example/1')).toEqual([]);
    expect(await library.orphanPictures()).toEqual([]);
    expect(await library.restore(deleted!)).toBe(true);
    expect((await library.pictures('https://news.example/1')).map((p) => p.url)).toEqual([A]);
  });

  it('storage full while storing a picture: the whole save is rolled back, the earlier copy and its pictures stay', async () => {
    const { library } = await freshLibrary();
    const first = withPictures('https://news.example/1', [A]);
    await library.save(first, [picture(A, 0)]);
    const before = { article: await library.get(first.url), pictures: await library.pictures(first.url), list: await library.list() };

    abortOn('put', (store) => store === 'pictures');
    const error = await library.save({ ...withPictures('https://news.example/1', [A, B]), title: 'Update' }, [picture(A, 0), picture(B, 1)]).catch((e: unknown) => e);
    expect((error as { kind: string }).kind).toBe('quota');
    expect({ article: await library.get(first.url), pictures: await library.pictures(first.url), list: await library.list() }).toEqual(before);

    abortOn('put', (store) => store === 'pictures');
    await library.save(withPictures('https://news.example/2', [C]), [picture(C, 0)]).catch(() => undefined);
    expect(await library.get('https://news.example/2')).toBeUndefined();
    expect(await library.orphanPictures()).toEqual([]);
  });

  it('pictures fetched later are stored only for the copy that was read', async () => {
    const { library } = await freshLibrary();
    const { article: saved } = await library.save(withPictures('https://news.example/1', [A]));
    expect(await library.putPictures(saved.id, '2000-01-01T00:00:00.000Z', [picture(A, 0)])).toBeNull();
    expect(await library.pictures(saved.id)).toEqual([]);
    expect(await library.putPictures(saved.id, saved.updatedAt, [picture(A, 0)])).toEqual({ saved: 1, missing: 0, bytes: JPEG.length });
    await library.delete(saved.id);
    expect(await library.putPictures(saved.id, saved.updatedAt, [picture(A, 0)])).toBeNull();
    expect(await library.orphanPictures()).toEqual([]);
  });

  it('no orphan picture (or reading state) after 1,000 random saves, updates, deletes, restores, readings and later fetches', async () => {
    const pages = ['1', '2', '3', '4', '5'].map((n) => `https://news.example/${n}`);
    const sources = [A, B, C, 'https://cdn.example/d.jpg'];
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), page: fc.nat(4), shown: fc.subarray(sources), fetched: fc.subarray(sources), fail: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), page: fc.nat(4), undo: fc.boolean() }),
      fc.record({ kind: fc.constant('later' as const), page: fc.nat(4), fetched: fc.subarray(sources) }),
      fc.record({ kind: fc.constant('read' as const), page: fc.nat(4), position: fc.double({ min: 0, max: 1, noNaN: true }) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(operation, { minLength: 1000, maxLength: 1000 }), async (operations) => {
      const { library } = await freshLibrary();
      for (const op of operations) await apply(library, pages[op.page]!, op);
      expect(await library.orphanPictures()).toEqual([]);
      expect(await library.orphanReading()).toEqual([]);
      // Every stored picture is one its article shows.
      for (const page of pages) {
        const saved = await library.get(page);
        const shown = saved ? pictureUrls(saved.html) : [];
        for (const p of await library.pictures(page)) expect(shown).toContain(p.url);
      }
      library.close();
    }), { numRuns: 3 });

    async function apply(library: Library, page: string, op: { kind: string; shown?: string[]; fetched?: string[]; fail?: boolean; undo?: boolean; position?: number }) {
      const fresh = (op.fetched ?? []).map((url, i) => picture(url, i));
      if (op.kind === 'save') {
        if (op.fail) abortOn('put', (store) => store === 'pictures');
        await library.save(withPictures(page, op.shown!), fresh).catch(() => undefined);
        vi.restoreAllMocks();
      } else if (op.kind === 'delete') {
        const deleted = await library.delete(page);
        if (deleted && op.undo) await library.restore(deleted);
      } else if (op.kind === 'read') {
        await library.markRead(page, true);
        await library.savePosition(page, op.position!);
      } else {
        const saved = await library.get(page);
        if (saved) await library.putPictures(saved.id, saved.updatedAt, fresh);
      }
    }
  }, 120_000);
});

describe('a saved article shown in the library', () => {
  const sanitizer = sanitizerFor(testWindow());
  const local = 'blob:chrome-extension://abc/1234';

  it('shows its own pictures from object URLs and loads nothing else from any site', () => {
    const html = '<p>x</p><img src="https://cdn.example/a.jpg" alt="a"><img src="https://cdn.example/tracker.gif">'
      + '<video src="https://cdn.example/v.mp4" poster="https://cdn.example/p.jpg"></video><img src="blob:chrome-extension://abc/other">'
      + '<a href="https://news.example/more">more</a><table background="https://cdn.example/bg.png"><tbody><tr><td>t</td></tr></tbody></table>';
    const shown = sanitizer.sanitize(html, 'https://news.example/1', { pictures: new Map([['https://cdn.example/a.jpg', local]]) });
    expect(shown).toContain(`<img src="${local}" alt="a">`);
    expect(shown).not.toMatch(/src="https?:|poster=|background=|blob:chrome-extension:\/\/abc\/other/);
    expect(shown).toContain('href="https://news.example/more"');
    // Sanitizing what was shown changes nothing (the object URL is recognised on a second pass).
    expect(sanitizer.sanitize(shown, 'https://news.example/1', { pictures: new Map([['https://cdn.example/a.jpg', local]]) })).toBe(shown);
  });

  it('elsewhere, object URLs are refused as before', () => {
    expect(sanitizer.sanitize(`<img src="${local}"><img src="https://cdn.example/a.jpg">`, 'https://news.example/1'))
      .toBe('<img><img src="https://cdn.example/a.jpg">');
  });
});
