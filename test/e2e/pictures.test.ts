/**
 * End-to-end: pictures saved with the article. A page on its own loopback server shows two pictures
 * (one with a srcset, one wider than the reader); the popup saves the article with them; the server
 * then stops serving pictures and records every request; the saved article opened in the library
 * shows every picture from the library's own copies, and the server sees no request at all.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { useHarness } from './harness';

/** A PNG of random pixels (so it does not compress): width × height, RGB. */
function noisyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  const noise = randomBytes(width * 3 * height);
  for (let y = 0; y < height; y++) noise.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

const SMALL = readFileSync(path.join(ROOT, 'public', 'icon', '48.png'));
const MEDIUM = readFileSync(path.join(ROOT, 'public', 'icon', '128.png'));
const WIDE = noisyPng(2400, 1000);

const PARAGRAPHS = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of a story about the city council, which approved the budget for next year after a long debate about schools, roads and the new library that opens in the spring.</p>`).join('\n');

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves the budget</title></head><body>
<article><h1>Council approves the budget</h1>
${PARAGRAPHS}
<figure><img src="/pictures/small.png" srcset="/pictures/small.png 48w, /pictures/medium.png 1600w" alt="The council"><figcaption>The council.</figcaption></figure>
${PARAGRAPHS}
<figure><img src="/pictures/wide.png" alt="The new library"><figcaption>The new library.</figcaption></figure>
</article></body></html>`;

/** The site: the article, and its pictures while `picturesServed`; every request is recorded. */
let server: Server;
let origin = '';
let picturesServed = true;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    const pictures: Record<string, Buffer> = { '/pictures/small.png': SMALL, '/pictures/medium.png': MEDIUM, '/pictures/wide.png': WIDE };
    if (pathname === '/article.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(ARTICLE);
    } else if (picturesServed && pictures[pathname]) {
      response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(pictures[pathname]);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const harness = useHarness();

describe('pictures saved with the article', () => {
  it('are saved from the popup, and shown in the library offline without a request to the site', async () => {
    const { page, tabId } = await harness().openTab(`${origin}/article.html`);
    const popup = await harness().openPopup(tabId);
    requests.length = 0;
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 30_000 }).toMatch(/^Saved to your library\. 2 pictures saved\.$/);
    // The srcset variant for the reader's width, not the small src; the wide picture once.
    expect(requests.sort()).toEqual(['/pictures/medium.png', '/pictures/wide.png']);
    await popup.close();
    await page.close();

    picturesServed = false;
    requests.length = 0;
    const library = await harness().context.newPage();
    await library.goto(`chrome-extension://${harness().extensionId}/library.html`);
    // The list shows the article's excerpt and its lead picture, from the library's own copy.
    const item = library.getByTestId('library-item').filter({ hasText: 'Council approves the budget' });
    await expect.poll(() => item.getByTestId('excerpt').textContent()).toMatch(/^Paragraph 1 of a story about the city council/);
    const lead = item.getByTestId('lead-picture');
    await expect.poll(() => lead.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await lead.evaluate((image: HTMLImageElement) => ({ src: image.src.startsWith('blob:chrome-extension://'), width: image.naturalWidth })))
      .toEqual({ src: true, width: 128 }); // medium.png, the srcset variant saved first
    await item.locator('.item-title').click();
    const body = library.getByTestId('reader-body');
    await body.waitFor();
    await expect.poll(() => body.locator('img').evaluateAll((imgs) => imgs.map((img) => {
      const image = img as HTMLImageElement;
      return { local: image.src.startsWith('blob:chrome-extension://'), loaded: image.complete && image.naturalWidth > 0 };
    }))).toEqual([{ local: true, loaded: true }, { local: true, loaded: true }]);
    expect(await library.getByTestId('pictures-line').textContent()).toMatch(/^Pictures saved: 2 of 2 /);
    expect(requests).toEqual([]);

    // The wide picture was made smaller for the reader (WebP, 1,600 px), the other kept as it came.
    const stored = await library.evaluate(() => new Promise<{ url: string; type: string; width: number; size: number }[]>((resolve, reject) => {
      const open = indexedDB.open('clean-news-reader');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('pictures').objectStore('pictures').getAll();
        all.onsuccess = () => {
          resolve((all.result as { url: string; blob: Blob; width: number }[]).map((p) => ({ url: new URL(p.url).pathname, type: p.blob.type, width: p.width, size: p.blob.size })));
          open.result.close();
        };
      };
    }));
    expect(stored.map(({ url, type, width }) => ({ url, type, width })).sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: '/pictures/small.png', type: 'image/png', width: 128 },
      { url: '/pictures/wide.png', type: 'image/webp', width: 1600 },
    ]);
    expect(stored.find((p) => p.url.endsWith('wide.png'))!.size).toBeLessThan(WIDE.length);

    // Deleting the article deletes its pictures.
    await library.getByTestId('delete').click();
    await library.getByTestId('notice').waitFor();
    const left = await library.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('clean-news-reader');
      open.onsuccess = () => {
        const count = open.result.transaction('pictures').objectStore('pictures').count();
        count.onsuccess = () => {
          resolve(count.result);
          open.result.close();
        };
      };
    }));
    expect(left).toBe(0);
    expect(requests).toEqual([]);

    // The notice is part of the page (it covers nothing), and the import is reachable from the keyboard.
    expect(await library.getByTestId('notice').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    // Focus and key in one step (locator.press): the page may redraw in between (the search index's progress).
    const [chooser] = await Promise.all([library.waitForEvent('filechooser'), library.getByTestId('import-button').press('Enter')]);
    expect(chooser.isMultiple()).toBe(false);
    await library.close();
  });
});
