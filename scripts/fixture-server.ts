/**
 * A small static server on 127.0.0.1 for the bundled demo pages (`npm start`) and the e2e tests:
 *
 *   /                      an index of every demo page
 *   /fixtures/<path>       files under test/fixtures/ (seed variants and extra pages)
 *   /e2e/<path>            files under test/e2e/pages/ (pages made for the e2e tests, e.g. a login form)
 *   /csp/<path>            the same file with a strict Content-Security-Policy (no inline style or script)
 *   /slow/<path>           the same file, its second half held back until the connection closes (a page
 *                          that never finishes loading)
 *   /xss/<n>.html          a generated article page carrying payload n (0-based) of
 *                          ../shared/security/xss-vectors.json in its body, a comment, a byline, its <title> and
 *                          its title, author and site-name metadata; sent with the strict CSP of /csp/ so the
 *                          payloads cannot run as the page's own scripts (test/e2e/hostile.test.ts; also handy
 *                          to look at one payload by hand: `npm start -- --page /xss/17.html`)
 *
 * Loopback only, read only, no directory listings, nothing outside those two folders (and the vectors file).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_TEXTS } from '../test/article-texts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MOUNTS: Record<string, string> = {
  fixtures: path.join(ROOT, 'test', 'fixtures'),
  e2e: path.join(ROOT, 'test', 'e2e', 'pages'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The demo page `npm start` opens first: the Romanian seed in CMS markup. */
export const DEMO_PAGE = '/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html';

export interface FixtureServer {
  server: Server;
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0 = any free port). */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      send(response, 200, TYPES['.html']!, indexPage(), request.method === 'HEAD');
      return;
    }
    const xss = /^\/xss\/(\d+)\.html$/.exec(pathname);
    const xssHtml = xss ? xssPage(Number(xss[1])) : null;
    if (xssHtml !== null) {
      send(response, 200, TYPES['.html']!, xssHtml, request.method === 'HEAD', { 'content-security-policy': STRICT_CSP });
      return;
    }
    const [, variant, ...rest] = pathname.split('/');
    const special = variant === 'csp' || variant === 'slow' ? variant : null;
    const file = resolveFile(special ? `/${rest.join('/')}` : pathname);
    if (!file) {
      send(response, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}\n`, request.method === 'HEAD');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (special === 'slow') {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      return; // The rest never comes; closeAllConnections() ends it when the server stops.
    }
    send(response, 200, type, body, request.method === 'HEAD', special === 'csp' ? { 'content-security-policy': STRICT_CSP } : {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    server,
    origin,
    url: (pathname) => `${origin}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** No script, no inline style, no style sheets: a page a reader overlay must still work on. */
const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'none'; script-src 'none'";

function send(response: import('node:http').ServerResponse, status: number, type: string, body: string | Buffer, head: boolean,
  headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  response.end(head ? undefined : body);
}

/** Maps /fixtures/… and /e2e/… to a file inside the mounted folder, or null. */
function resolveFile(pathname: string): string | null {
  const [, mount, ...rest] = pathname.split('/');
  const base = mount ? MOUNTS[mount] : undefined;
  if (!base || rest.length === 0) return null;
  const file = path.resolve(base, ...rest);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export const XSS_VECTORS_FILE = path.resolve(ROOT, '..', 'shared', 'security', 'xss-vectors.json');
let xssPayloads: string[] | undefined;

/**
 * The page for /xss/<n>.html, or null when there is no payload n: the English council-budget story
 * (test/article-texts.ts) with the payload as raw markup between its third and fourth paragraphs and
 * in a Disqus comment below it (which the rules remove, so it reaches the popup's removed list), and
 * as text (escaped) in the <title>, og:title, author, og:site_name and a byline line. One inline page
 * script, which the CSP must block: it would mark <html data-page-script="ran">.
 */
export function xssPage(index: number): string | null {
  xssPayloads ??= (JSON.parse(readFileSync(XSS_VECTORS_FILE, 'utf8')) as { payload: string }[]).map((v) => v.payload);
  const payload = xssPayloads[index];
  if (payload === undefined) return null;
  const { title, paragraphs } = ARTICLE_TEXTS.en;
  const text = escapeHtml(payload);
  const p = paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)} ${text} - Example News</title>
<meta property="og:title" content="${escapeHtml(title)} ${text}">
<meta name="author" content="Maria Rossi ${text}">
<meta property="og:site_name" content="Example News ${text}">
<script>document.documentElement.dataset.pageScript = 'ran';</script>
</head><body>
<header><a href="/">Example News</a></header>
<main><article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">By Maria Rossi ${text}</p>
${p.slice(0, 3).join('\n')}
<div class="content-block">${payload}</div>
${p.slice(3).join('\n')}
</article>
<div id="disqus_thread"><div class="post"><p>Rob H. wrote: about time the buses got some money, the 72 is a disgrace on weekday mornings.</p>${payload}</div></div>
</main>
<footer><p>© 2025 Example News</p></footer>
</body></html>`;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every demo page: the seed variants (Romanian, Greek, Arabic, Italian) and the extra pages. */
export function demoPages(): { path: string; label: string }[] {
  const pages: { path: string; label: string }[] = [];
  const seeds = path.join(MOUNTS.fixtures!, 'seeds');
  if (existsSync(seeds)) {
    for (const seed of readdirSync(seeds).sort()) {
      for (const variant of ['semantic', 'machine', 'flat']) {
        if (existsSync(path.join(seeds, seed, `${variant}.html`))) {
          pages.push({ path: `/fixtures/seeds/${seed}/${variant}.html`, label: `seed ${seed} (${variant} markup)` });
        }
      }
    }
  }
  const extra = path.join(MOUNTS.fixtures!, 'extra');
  if (existsSync(extra)) {
    for (const file of readdirSync(extra).filter((f) => f.endsWith('.html')).sort()) {
      pages.push({ path: `/fixtures/extra/${file}`, label: file.replace(/\.html$/, '') });
    }
  }
  return pages;
}

function indexPage(): string {
  const items = demoPages()
    .map((page) => `<li><a href="${escapeHtml(page.path)}">${escapeHtml(page.label)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clean News Reader — demo pages</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 46em; margin: 2em auto">
<h1>Clean News Reader — demo pages</h1>
<p>Open a page, then click the <strong>Clean News Reader</strong> button in the toolbar (or in the puzzle-piece
extensions menu). The popup shows the article without comments, horoscopes, promos and page chrome.
These pages are copies of real news pages served from this computer; nothing is fetched from the sites they imitate.</p>
<ul>
${items}
</ul>
</body></html>`;
}
