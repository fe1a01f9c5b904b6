/**
 * Single-article exports: Markdown and standalone HTML carry the article, its metadata as text and
 * nothing that can run, whatever the stored HTML and metadata hold (stored data is untrusted: a
 * backup file, an old version, a bug).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { LanguageInfo } from '@/core/language';
import { articleToHtml, articleToMarkdown, EXPORT_CSP } from '@/lib/library/export-article';
import { article, testWindow } from './helpers';

const window = testWindow();

const HOSTILE_HTML = [
  '<h2>Subheading</h2>',
  '<p>First &lt;b&gt;paragraph&lt;/b&gt; with <a href="https://example.org/ref" title="a &quot;title&quot; <script>">a link</a> & <strong>bold</strong>.</p>',
  '<script>alert(1)</script><img src="x" onerror="alert(2)"><img src="https://cdn.example.org/a(1).jpg" alt="<img src=y onerror=alert(3)>">',
  '<a href="javascript:alert(4)">bad link</a><a href=" JaVaScRiPt:alert(5)">bad link 2</a>',
  '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style><svg onload="alert(6)"><circle/></svg>',
  '<form action="https://evil.example/"><input name="q"><button>Go</button></form>',
  '<div onclick="alert(7)" style="position:fixed">styled</div><p>1. not a list</p><p># not a heading</p>',
  '<pre><code>if (a &lt; b) { run("&lt;script&gt;"); }</code></pre>',
].join('\n');

const hostile = article({
  url: 'https://news.example.org/2025/03/story?id=1#comments',
  title: '<img src=x onerror=alert(8)> # [click](javascript:alert(9)) *emphasis*',
  byline: '"><svg onload=alert(10)>',
  siteName: 'Site & <b>Co</b>',
  publishedTime: '2025-03-12',
  html: HOSTILE_HTML,
});

/** The Markdown outside fenced code blocks. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

describe('Markdown', () => {
  const markdown = articleToMarkdown(hostile, window);

  it('has the title, the metadata and the source address as text, then the body', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# &lt;img src=x onerror=alert(8)> # \\[click\\](javascript:alert(9)) \\*emphasis\\*');
    expect(lines[2]).toBe('"><svg onload=alert(10)>'.replace('<', '&lt;') + ' · Site &amp; &lt;b>Co&lt;/b> · 2025-03-12');
    expect(lines[4]).toBe('<https://news.example.org/2025/03/story?id=1#comments>');
    expect(markdown).toContain('## Subheading');
    expect(markdown).toContain('[a link](https://example.org/ref "a \\"title\\" &lt;script>")');
    expect(markdown).toContain('**bold**');
    expect(markdown).toContain('First &lt;b>paragraph&lt;/b> with');
    expect(markdown).toContain('1\\. not a list');
    expect(markdown).toContain('\\# not a heading');
    expect(markdown).toContain('![&lt;img src=y onerror=alert(3)>](https://cdn.example.org/a%281%29.jpg)');
  });

  it('has no raw HTML outside code blocks (where it is shown as text) and no script URLs', () => {
    const text = outsideCode(markdown).replace('<https://news.example.org/2025/03/story?id=1#comments>', '');
    expect(text).not.toMatch(/<[a-z!/?]/i);
    expect(markdown).not.toMatch(/javascript:alert\((4|5)\)/i);
    expect(markdown).not.toMatch(/alert\((1|2|6|7)\)/);
    expect(markdown).toContain('```\nif (a < b) { run("<script>"); }\n```');
  });

  it('writes an address that is not a web address as text', () => {
    const local = articleToMarkdown(article({ url: 'file:///tmp/<page>.html', html: '<p>x</p>' }), window);
    expect(local.split('\n')[4]).toBe('file:///tmp/&lt;page>.html');
  });
});

describe('standalone HTML', () => {
  const html = articleToHtml(hostile, window);
  const dom = new JSDOM(html);
  const doc = dom.window.document;

  it('is a page with a CSP that lets nothing run, and the metadata as text', () => {
    const head = doc.head.firstElementChild;
    expect(head?.getAttribute('charset')).toBe('utf-8');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'");
    expect(csp?.getAttribute('content')).toBe(EXPORT_CSP);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(doc.title).toBe(hostile.title);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(doc.querySelector('header p')?.textContent).toBe(`${hostile.byline} · ${hostile.siteName} · 2025-03-12`);
    const source = doc.querySelector('header a');
    expect(source?.getAttribute('href')).toBe('https://news.example.org/2025/03/story?id=1#comments');
    expect(doc.querySelectorAll('header *')).toHaveLength(4); // h1, two p, the link: nothing from the metadata
  });

  it('carries the sanitized body and nothing that can run', () => {
    expect(doc.querySelector('article h2')?.textContent).toBe('Subheading');
    expect(doc.querySelector('article strong')?.textContent).toBe('bold');
    expect(doc.querySelector('pre code')?.textContent).toBe('if (a < b) { run("<script>"); }');
    const forbidden = 'script, iframe, svg, form, input, button, object, embed, base, link, body style, article style';
    expect(doc.querySelectorAll(forbidden)).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/^\s*javascript:/i);
      }
      if (element.closest('article')) expect(element.hasAttribute('style')).toBe(false);
    }
    expect(doc.querySelectorAll('style')).toHaveLength(1); // ours, in the head
  });

  it('takes its language and direction from the article', () => {
    const arabic: LanguageInfo = { code: 'arb', bcp47: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl', confidence: 0.9, source: 'text' };
    const page = new JSDOM(articleToHtml(article({ language: arabic, title: 'الحكومة', html: '<p>نص</p>' }), window)).window.document;
    expect(page.documentElement.getAttribute('lang')).toBe('ar');
    expect(page.documentElement.getAttribute('dir')).toBe('rtl');

    const unknown = { ...arabic, bcp47: 'und', dir: 'ltr' as const };
    const plain = new JSDOM(articleToHtml(article({ language: unknown }), window)).window.document;
    expect(plain.documentElement.hasAttribute('lang')).toBe(false);
    expect(plain.documentElement.getAttribute('dir')).toBe('ltr');
  });
});
