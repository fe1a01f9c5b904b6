import { describe, expect, it } from 'vitest';
import { extractContent } from '../core/extract';
import { headlineOf } from '../core/metadata';
import { NotAnArticleError, PageTooLargeError } from '../core/types';
import { ARTICLE_TEXTS } from './article-texts';
import { articlePage, extractBenchPage, withDocument } from './helpers';

const URL = 'https://news.example.ro/politica/articol-1';

describe('extractContent on bad input', () => {
  it('refuses a page larger than the element limit with a message that gives the count', () => {
    const { title, paragraphs } = ARTICLE_TEXTS.ro;
    const html = articlePage({ lang: 'ro', title, paragraphs });
    const error = withDocument(html, URL, (doc) => {
      try {
        extractContent(doc, { url: URL, maxElements: 10 });
        return null;
      } catch (caught) {
        return caught;
      }
    });
    expect(error).toBeInstanceOf(PageTooLargeError);
    expect((error as PageTooLargeError).message).toMatch(/too large to simplify \(\d+ elements; the limit is 10\)/);
  });

  it('says a page with only form labels is not an article', () => {
    const html = '<!doctype html><html lang="en"><head><title>Sign in</title></head><body><main><h1>Sign in</h1>'
      + '<form><label>Email <input type="email"></label><label>Password <input type="password"></label>'
      + '<button>Sign in</button></form><p><a href="/reset">Forgot your password?</a></p></main></body></html>';
    expect(() => withDocument(html, URL, (doc) => extractContent(doc, { url: URL }))).toThrow(NotAnArticleError);
  });

  it('"show anyway" (force) returns the text of a page that is not an article, sanitized', () => {
    const html = '<!doctype html><html lang="en"><head><title>Sign in</title></head><body><header><a href="/">Example News</a></header>'
      + '<main><form><h1>Sign in</h1><label>Email <input type="email"></label><button>Sign in</button>'
      + '<p><a href="/reset">Forgot your password?</a></p></form></main></body></html>';
    const content = withDocument(html, URL, (doc) => extractContent(doc, { url: URL, force: true }));
    expect(content.text).toContain('Forgot your password?');
    expect(content.html).not.toMatch(/<(form|input|button)\b/);
  });

  it('"show anyway" still fails on a page with no text at all', () => {
    const html = '<!doctype html><html><head><title>Empty</title></head><body><div><img src="/a.png"></div></body></html>';
    expect(() => withDocument(html, URL, (doc) => extractContent(doc, { url: URL, force: true }))).toThrow(NotAnArticleError);
  });

  it('keeps a very short post that has a sentence', () => {
    const html = '<!doctype html><html lang="de"><head><title>Glatteis</title></head><body><article><h1>Glatteis</h1>'
      + '<p>M: Wer rutscht als nächstes aus auf dem Glatteis? Ich: Ich wette, dass du als nächstes ausrutschst.</p>'
      + '</article></body></html>';
    const content = withDocument(html, URL, (doc) => extractContent(doc, { url: URL }));
    expect(content.text).toContain('Wer rutscht als nächstes aus auf dem Glatteis?');
  });

  it('never changes the page it reads', () => {
    const { title, paragraphs } = ARTICLE_TEXTS.ro;
    const html = articlePage({ lang: 'ro', title, paragraphs, below: '<section><h2>Comentarii (3)</h2><p>Ion • 12.03.2024, 10:00</p><p>Bravo!</p></section>' });
    withDocument(html, URL, (doc) => {
      const before = doc.documentElement.outerHTML;
      extractContent(doc, { url: URL });
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
});

describe('extractContent on pages read without scripts', () => {
  it('reads an article a page prints inside <noscript> for readers without scripts', () => {
    const { title, paragraphs } = ARTICLE_TEXTS.ro;
    const article = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html lang="ro"><head><title>${title}</title></head><body><div id="app"></div>`
      + `<noscript><div class="page"><h1>${title}</h1>${article}</div></noscript><noscript><img src="/pixel.gif"></noscript></body></html>`;
    const content = withDocument(html, URL, (doc) => extractContent(doc, { url: URL }));
    for (const paragraph of paragraphs) expect(content.text).toContain(paragraph);
  });
});

describe('extractContent keeps a short post whole', () => {
  it('undoes the article rules when they would leave less than an article (a post read as a comment thread)', () => {
    // fouryears.eu (trafilatura-eval): "Posted by Konstantin 21.10.2019" above a short post and "Posted by
    // Konstantin @ 12:00 am" below it look like the "user • date" lines of a comment thread.
    const { content } = extractBenchPage('http://fouryears.eu/2019/10/21/interning-of-small-integers-in-python/');
    expect(content.text).toContain('lovely example, illustrating the way Python');
    expect(content.notes).toContain('The article-level rules were undone: they would have removed most of the text.');
  });
});

describe('extractContent on a post that is a list of links', () => {
  it('takes the post body the CMS marks up when Readability finds no article (a link roll)', () => {
    // nurmeinstandpunkt.wordpress.com (trafilatura-eval): the post is a list of links with "via …" lines;
    // Readability, plain or after our page rules, finds no article in it.
    const { content, gold } = extractBenchPage('https://nurmeinstandpunkt.wordpress.com/2020/01/23/blogposting-01-23-2020/');
    for (const line of gold.with) expect(content.text).toContain(line);
    expect(content.text).not.toContain('Datenschutz & Cookies');
    expect(content.notes).toContain('Readability found no article; the post body the page marks up is the article.');
  });
});

describe('headlineOf: the headline without the site and section names around it', () => {
  it('takes the heading that is part of the <title>, not the site name a logo repeats', () => {
    const title = 'Bundespolizei - Aktuelles - Illegale Migration aus Belarus über Polen nach Deutschland';
    const headline = 'Illegale Migration aus Belarus über Polen nach Deutschland';
    expect(headlineOf(title, [headline], [])).toBe(headline);
    expect(headlineOf('Ωροσκόπιο: τι λένε τα άστρα σήμερα | Example News', ['Ωροσκόπιο: τι λένε τα άστρα σήμερα'], [])).toBe('Ωροσκόπιο: τι λένε τα άστρα σήμερα');
    // The logo h1 is the site's name: the title stays.
    expect(headlineOf('Outdoor Lovers | iloveponysmag.com', ['iloveponysmag.com'], ['iloveponysmag.com'])).toBe('Outdoor Lovers | iloveponysmag.com');
    // A short section name is not the headline, and a heading that is the whole title changes nothing.
    expect(headlineOf('Economie - Un titlu lung despre bugetul pe anul viitor', ['Economie'], [])).toBe('Economie - Un titlu lung despre bugetul pe anul viitor');
    expect(headlineOf('No separators in this title at all', ['No separators'], [])).toBe('No separators in this title at all');
  });
});

describe('removed blocks listed as text', () => {
  it('lists the site frame by its text and a comment section with its sanitized markup', () => {
    const url = 'https://www.example-news.com/city/2025/03/12/council-budget-approved';
    const { title, paragraphs } = ARTICLE_TEXTS.en;
    const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
      <nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
      <article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
      <section id="comments"><h2>Comments (2)</h2><div class="comment"><b>Ann</b> <p onclick="steal()">Great news for the buses.</p></div>
      <div class="comment"><b>Bob</b> <p>About time.</p></div></section></body></html>`;
    const content = withDocument(html, url, (doc) => extractContent(doc, { url }));
    const frame = content.removed.find((removal) => removal.rule === 'chrome.site-frame');
    expect(frame?.text).toContain('Weather');
    expect(frame?.html).toBe('');
    const comments = content.removed.find((removal) => removal.category === 'comments');
    expect(comments?.html).toContain('Great news for the buses.');
    expect(comments?.html).not.toContain('onclick');
  });
});
