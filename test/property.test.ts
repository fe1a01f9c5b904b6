/**
 * Property tests on random markup (fast-check): whatever a page holds, the pipeline either returns
 * an article whose HTML is safe to show or says why it cannot (NotAnArticleError, PageTooLargeError),
 * and sanitizing is idempotent. Random trees come from a realistic alphabet of tags, attributes,
 * values and text, hostile ones included (script, on* handlers, javascript: and other URL schemes,
 * style, SVG, MathML, frames, forms, templates, noscript, comments, entities, stray and unclosed tags,
 * right-to-left text), placed inside an ordinary article, alone in a page, in its head, or as the
 * whole document.
 *
 * Deterministic: a fixed seed and a bounded number of runs. A failure prints the counterexample (and
 * the seed and path to replay it); once fixed, it joins the examples below, which run first every time.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractContent } from '../core/extract';
import { sanitizerFor } from '../core/sanitize';
import { NotAnArticleError, PageTooLargeError } from '../core/types';
import { ARTICLE_TEXTS } from './article-texts';
import { articlePage, withDocument } from './helpers';
import { unsafeParts } from './unsafe-html';

const SEED = 20_261_122;
const PAGE_URL = 'https://news.example.org/city/2025/03/12/budget-approved?ref=home';

// ---------------------------------------------------------------------------------------------
// The alphabet

const ORDINARY_TAGS = [
  'p', 'div', 'span', 'a', 'img', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'th', 'blockquote',
  'article', 'section', 'header', 'footer', 'nav', 'aside', 'main', 'figure', 'figcaption', 'b', 'i', 'em', 'strong',
  'br', 'hr', 'pre', 'code', 'details', 'summary', 'time', 'picture', 'source', 'video', 'audio', 'q', 'sup', 'dl', 'dd',
];
const HOSTILE_TAGS = [
  'script', 'style', 'svg', 'math', 'iframe', 'frame', 'frameset', 'form', 'input', 'button', 'textarea', 'select',
  'option', 'template', 'noscript', 'object', 'embed', 'base', 'meta', 'link', 'title', 'xmp', 'noembed', 'noframes',
  'mglyph', 'mtext', 'foreignObject', 'annotation-xml', 'animate', 'use', 'image', 'isindex', 'slot', 'dialog', 'x-widget',
];
const ATTRIBUTES = [
  'id', 'class', 'name', 'title', 'alt', 'lang', 'dir', 'href', 'src', 'srcset', 'style', 'action', 'formaction', 'poster',
  'background', 'data', 'xlink:href', 'cite', 'longdesc', 'is', 'target', 'rel', 'onclick', 'onerror', 'onload',
  'onmouseover', 'ontoggle', 'onfocus', 'autofocus', 'srcdoc', 'data-src', 'tabindex', 'contenteditable', 'popover',
  'open', 'type', 'content', 'http-equiv', 'width', 'colspan', 'attributename', 'values', 'to', 'encoding',
];
const VALUES = [
  'https://news.example.org/a', 'http://cdn.example.net/i.jpg', '/relative/path', 'relative.html', '//other.example/x',
  '#section-2', '?q=1', 'mailto:editor@example.org', 'tel:+40123456', 'ftp://files.example/x',
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,iVBORw0KGgo=', 'blob:https://news.example.org/1',
  'file:///etc/passwd', 'chrome-extension://abcdefghijklmnop/popup.html', 'moz-extension://x/y', 'about:blank',
  'https://a.example/x 1x, /rel.png 2x', 'x" onerror="alert(1)', '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>",
  'alert(1)', 'background:url(https://evil.example/t.gif)', 'expression(alert(1))', 'text/html', 'application/ld+json',
  'refresh', '0;url=javascript:alert(1)', 'user-content-x', 'getElementById', 'browser', 'chrome', '', 'rtl', 'ltr', 'ar',
  '&amp;&lt;&gt;&quot;', 'x-layout', '_blank', 'text/html; charset=utf-8',
];
const TEXTS = [
  'The council approved the budget on Tuesday evening after a debate that lasted almost five hours and covered every line.',
  'Most of the money will go to public transport, where the city wants forty more electric buses and three modernised tram lines.',
  'Read also', 'Comments (12)', 'Share', 'Horoscope: Aries', 'Advertisement', '12.03.2024, 10:00',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&amp;', '&nbsp;', '&#0;', '&#xD800;', '&bogus;', '&#x202E;', '&lt;img src=x onerror=alert(1)&gt;',
  'وافق المجلس البلدي على ميزانية العام المقبل بعد نقاش طويل حول النقل العام والمدارس.', 'שלום עולם, זה טקסט בעברית.',
  '\u202Egnp.exe', 'Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό.', 'Consiliul Local a aprobat bugetul marți seară.',
  '市议会周二晚间批准了明年的预算。', '🗞️ 📰', '   ', '\u200B\u200E\u200F',
];
/** Raw markup that does not nest: stray and unclosed tags, parser tricks. */
const FRAGMENTS = [
  '</p>', '</div></div>', '<p>', '<table>', '<td>', '<li>', '<a href=x>unclosed', '</a>', '<br/>', '</br>', '<p/>',
  '</noscript><img src=x onerror=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg></p><style><a title="</style><img src=x onerror=alert(1)>">', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=alert(1)>', '</script>', '<![CDATA[ x ]]>',
  '<?xml version="1.0"?>', '<select><template><img src=x onerror=alert(1)></template></select>', '<body onload=alert(1)>',
  '<html lang="en"><head>', '<frameset onload=alert(1)>', '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>',
  '<a href="javascript:alert(1)">link</a>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<details open ontoggle=alert(1)>',
  '<base href="https://evil.example/">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<plaintext>',
];
const COMMENTS = [
  '<!-- a comment -->', '<!--><svg onload=alert(1)>-->', '<!-- <script>alert(1)</script> -->',
  '<!--[if IE]><script>alert(1)</script><![endif]-->', '<!---->', '<!-- --!>', '<!-- unclosed', '<!-->',
];

// ---------------------------------------------------------------------------------------------
// Generators

const attributeValue = fc.oneof(fc.constantFrom(...VALUES), fc.constantFrom(...TEXTS));
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), attributeValue, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`);
const tag = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ORDINARY_TAGS) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TAGS) });
/** How an element ends: closed, left open (the parser decides), or self-closed. */
const ending = fc.constantFrom('close', 'close', 'close', 'open', 'self');

const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.constantFrom(...FRAGMENTS),
    fc.constantFrom(...COMMENTS),
    tie('element'),
    tie('element'),
  ),
  element: fc.tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), ending)
    .map(([name, attributes, children, end]) => end === 'self'
      ? `<${name}${attributes.join('')}/>`
      : `<${name}${attributes.join('')}>${children.join('')}${end === 'close' ? `</${name}>` : ''}`),
}));

/** Random markup: a few random trees side by side. */
const markup = fc.array(node, { minLength: 1, maxLength: 5 }).map((nodes) => nodes.join(''));

type Placement = 'in the article' | 'alone in the body' | 'in the head' | 'the whole document';

function pageFor(placement: Placement, random: string): string {
  const { title, paragraphs } = ARTICLE_TEXTS.en;
  switch (placement) {
    case 'in the article':
      return articlePage({ lang: 'en', title, paragraphs, after: 3, clutter: random });
    case 'alone in the body':
      return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${random}</body></html>`;
    case 'in the head':
      return articlePage({ lang: 'en', title, paragraphs }).replace('</head>', `${random}</head>`);
    case 'the whole document':
      return random;
  }
}

const page = fc.record({
  random: markup,
  placement: fc.constantFrom<Placement>('in the article', 'in the article', 'alone in the body', 'in the head', 'the whole document'),
  force: fc.boolean(),
  maxElements: fc.constantFrom<number | undefined>(undefined, undefined, undefined, 40),
});

// ---------------------------------------------------------------------------------------------
// Counterexamples found so far (with other seeds), kept as examples that always run

const STORY = 'The council approved the budget on Tuesday evening after a debate that lasted almost five hours and covered every line.';

/** Each once broke idempotence: a second pass reordered target/rel, or re-parsing moved content DOMPurify had unwrapped. */
const MARKUP_EXAMPLES: [string][] = [
  [`<a href=x>unclosed${STORY}`],
  ['<p/><object><meta><p></p></meta></object>'],
  [`<h1><form/><h3></h3>${STORY}`],
  ['<p/><table><p></p></table>'],
];

/** The first threw from DOMPurify (a <body> it had to remove as its own root); the others were not fixed points. */
const PAGE_EXAMPLES: [{ random: string; placement: Placement; force: boolean; maxElements: number | undefined }][] = [
  [{ random: `&lt;script&gt;alert(1)&lt;/script&gt;<!-- a comment -->${STORY}`, placement: 'the whole document', force: true, maxElements: undefined }],
  [{ random: '<pre><!-- a comment -->', placement: 'in the article', force: false, maxElements: undefined }],
  [{ random: `<h3><table></h3><p><h3>${STORY}</h3></p>`, placement: 'in the article', force: false, maxElements: undefined }],
];

// ---------------------------------------------------------------------------------------------
// Properties

/** One window for the sanitizer alone (string in, string out), as the popup and the reader use it. */
const sanitizer = sanitizerFor(new JSDOM('<!doctype html><body></body>', { url: 'https://reader.invalid/' }).window);

describe('the generator', () => {
  it('makes hostile markup that the checker flags before sanitizing', () => {
    // Guards against a generator that drifted into harmless markup: raw samples must often be unsafe.
    const samples = fc.sample(markup, { seed: SEED, numRuns: 200 });
    const unsafe = samples.filter((sample) => unsafeParts(sample).length > 0).length;
    expect(unsafe).toBeGreaterThan(100);
    expect(samples.some((sample) => /<script\b/i.test(sample))).toBe(true);
    expect(samples.some((sample) => /\son\w+=/i.test(sample))).toBe(true);
  });
});

describe('extractContent on random pages', () => {
  it('returns safe HTML or says why it cannot: NotAnArticleError or PageTooLargeError, nothing else', () => {
    let articles = 0;
    fc.assert(
      fc.property(page, ({ random, placement, force, maxElements }) => {
        const html = pageFor(placement, random);
        let content;
        try {
          content = withDocument(html, PAGE_URL, (doc) => extractContent(doc, { url: PAGE_URL, force, maxElements }));
        } catch (error) {
          if (error instanceof NotAnArticleError || error instanceof PageTooLargeError) return;
          throw error;
        }
        articles++;
        expect(unsafeParts(content.html), 'article html').toEqual([]);
        for (const removal of content.removed) expect(unsafeParts(removal.html), `removed by ${removal.rule}`).toEqual([]);
        for (const field of [content.title, content.text]) expect(typeof field).toBe('string');
        // What we hand to the reader is already what the sanitizer makes of it: sanitizing it again changes nothing.
        expect(sanitizer.sanitize(content.html, PAGE_URL)).toBe(content.html);
      }),
      { seed: SEED, numRuns: 200, examples: PAGE_EXAMPLES },
    );
    // Most runs must reach the end of the pipeline, or the properties above say little.
    expect(articles).toBeGreaterThan(100);
  }, 120_000);
});

describe('sanitize on random markup', () => {
  it('is idempotent: sanitize(sanitize(x)) === sanitize(x)', () => {
    fc.assert(
      fc.property(markup, (random) => {
        const once = sanitizer.sanitize(random, PAGE_URL);
        expect(sanitizer.sanitize(once, PAGE_URL)).toBe(once);
      }),
      { seed: SEED, numRuns: 500, examples: MARKUP_EXAMPLES },
    );
  });

  it('leaves nothing unsafe: no script, handler, style, form, frame, SVG or MathML, only http(s) and mailto URLs', () => {
    fc.assert(
      fc.property(markup, (random) => {
        expect(unsafeParts(sanitizer.sanitize(random, PAGE_URL))).toEqual([]);
      }),
      { seed: SEED, numRuns: 500, examples: MARKUP_EXAMPLES },
    );
  });
});
