/**
 * One article as a file: Markdown (turndown) or a standalone HTML page. The body is sanitized again
 * here (core/sanitize.ts), whatever the stored HTML holds, and the metadata (title, byline, site,
 * date, URL) are written as text, never as markup. The functions take the window whose DOM the
 * sanitizer uses: the extension page's own window, or a jsdom window in tests.
 */
import TurndownService from 'turndown';
import { sanitizerFor } from '@/core/sanitize';
import type { Article } from '@/core/types';

export type ExportableArticle = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'html' | 'language'>;
type SanitizerWindow = Parameters<typeof sanitizerFor>[0];

export interface ExportOptions {
  /**
   * The article's saved pictures: original address → what the file refers to instead (a data: URL in
   * standalone HTML, a file beside the Markdown). Given, the file refers to nothing else: pictures
   * that were not saved are left out, as the library shows them (core/sanitize.ts).
   */
  pictures?: ReadonlyMap<string, string>;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The article's address when it is a web address (normalised), else null: it is then shown as text only. */
function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const metaLine = (article: ExportableArticle): string =>
  [article.byline, article.siteName, article.publishedTime].map((part) => oneLine(part ?? '')).filter(Boolean).join(' · ');

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * A link or image address for Markdown: the characters that would end or break it, percent-encoded.
 * Backslashes and backticks too: a backslash could escape the closing parenthesis, and in a link that
 * then does not form, a backtick of its address would pair with a code span's and turn the code's text
 * into raw HTML (a query string and a `#user-content-` fragment keep backticks).
 */
const destination = (url: string): string =>
  url.replace(/[<>()\s`\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function markdownService(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const escapeMarkdown = service.escape.bind(service);
  // Turndown escapes Markdown syntax but not HTML: text such as "<img onerror=…>" would be raw HTML
  // to a Markdown renderer. As entities it shows as the same text. Alt texts and link titles too.
  service.escape = (text) => escapeMarkdown(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute('src');
      return src ? `![${service.escape(oneLine((node as HTMLElement).getAttribute('alt') ?? ''))}](${destination(src)})` : '';
    },
  });
  // A code block's fence must be longer than any run of backticks in the code: turndown only counts
  // runs at the start of a line, but an indented run (up to three spaces, more inside a list item)
  // closes the fence too, and the code after it would be raw HTML.
  service.addRule('fencedCodeBlock', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName === 'CODE',
    replacement: (_content, node) => {
      const code = node.firstChild!.textContent ?? '';
      const longest = (code.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
      const fence = '`'.repeat(Math.max(3, longest + 1));
      return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')),
    replacement: (content, node) => {
      const title = oneLine((node as HTMLElement).getAttribute('title') ?? '').replace(/["\\`]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `[${content}](${destination((node as HTMLElement).getAttribute('href')!)}${title ? ` "${title}"` : ''})`;
    },
  });
  return service;
}

let markdown: TurndownService | undefined;

/** The article as Markdown: title, a line of byline · site · date, the source address, then the body. */
export function articleToMarkdown(article: ExportableArticle, window: SanitizerWindow, options: ExportOptions = {}): string {
  markdown ??= markdownService();
  const body = sanitizerFor(window).sanitizeToElement(article.html, article.url, options);
  const address = webAddress(article.url);
  const meta = metaLine(article);
  return [
    `# ${markdown.escape(oneLine(article.title))}`,
    meta && markdown.escape(meta),
    // An autolink: the URL parser has percent-encoded spaces, < and > in it.
    address ? `<${address}>` : markdown.escape(oneLine(article.url)),
    '---',
    body ? markdown.turndown(body) : '',
  ].filter(Boolean).join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Standalone HTML

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** Nothing runs, nothing loads but images: the file may be opened from disk or mailed around. */
export const EXPORT_CSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'";

const STYLE = `
body { margin: 0; background: #fdfdfb; color: #1d1d1b; font: 1.125rem/1.65 Georgia, "Times New Roman", serif; }
article { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
header p { margin: .25rem 0; color: #5d5d5a; font: .95rem/1.5 system-ui, sans-serif; overflow-wrap: anywhere; }
header { margin-bottom: 2rem; }
img, video { max-width: 100%; height: auto; }
a { color: #1a5fb4; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-inline-start: 3px solid #ccc; color: #444; }
pre { overflow: auto; padding: 1rem; background: #f3f3f1; }
figure { margin: 1.5rem 0; }
figcaption { color: #5d5d5a; font-size: .9rem; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: .25rem .5rem; }
@media (prefers-color-scheme: dark) {
  body { background: #1b1b1a; color: #e8e6e3; }
  a { color: #8cb4ff; }
  header p, figcaption, blockquote { color: #a9a7a3; }
  pre { background: #262624; }
}`;

/** The article as a standalone HTML page, in its language and direction, with a CSP that lets nothing run. */
export function articleToHtml(article: ExportableArticle, window: SanitizerWindow, options: ExportOptions = {}): string {
  const body = sanitizerFor(window).sanitize(article.html, article.url, options);
  const { bcp47, dir } = article.language;
  const lang = bcp47 && bcp47 !== 'und' ? ` lang="${escapeHtml(bcp47)}"` : '';
  const address = webAddress(article.url);
  const meta = metaLine(article);
  const source = address
    ? `<a href="${escapeHtml(address)}" rel="noopener noreferrer">${escapeHtml(address)}</a>`
    : escapeHtml(article.url);
  return `<!doctype html>
<html${lang} dir="${dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(oneLine(article.title))}</title>
<style>${STYLE}
</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(oneLine(article.title))}</h1>
${meta ? `<p>${escapeHtml(meta)}</p>\n` : ''}<p>${source}</p>
</header>
${body}
</article>
</body>
</html>
`;
}
