/**
 * Page metadata the extractor reads itself (Readability covers title, byline, site name and date).
 * One pass over the <meta> elements with plain attribute reads: attribute selectors are slow in
 * some DOMs (jsdom spends more on them than on the rest of the pipeline).
 */
import { readJsonLd, isArticleType, type LdObject } from './json-ld';
import { dateInText, datelineOf, isDateline, isMonthName, type Dateline } from './dates';
import { allPhrases, ARTICLE_META, AUTHOR_PATHS, BYLINE, BYLINE_MARKUP, PUBLISHED_LABELS, SURNAME_PARTICLES, UPDATED_LABELS } from './phrases';
import { allElements, hostOf, insideLink, listOf, siteOf } from './dom';
import { comparableKey, foldText, phraseMatcher } from './text';

/** The <meta> contents by lower-cased `property`, `name`, `http-equiv` and `itemprop`, first one wins. */
export type MetaContents = ReadonlyMap<string, string>;

/** Read once per page and handed to the functions below (the clone carries the same <meta> as the page). */
export function metaContents(doc: Document): MetaContents {
  const contents = new Map<string, string>();
  for (const meta of listOf(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'http-equiv', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** Language hints in the order we trust them: the document's own lang, then social and HTTP-equivalent metadata. */
export function declaredLanguages(doc: Document, meta: MetaContents): string[] {
  const hints = [
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    meta.get('og:locale'),
    meta.get('content-language'),
    meta.get('language') ?? meta.get('dc.language'),
    meta.get('inlanguage'),
  ];
  return hints.map((hint) => hint?.trim() ?? '').filter((hint) => hint.length > 0 && hint.length <= 35);
}

/** Separators between a headline and the site or section names around it in a <title>. */
const TITLE_SEPARATOR = /\s+[|\-–—·•»:]\s+/u;
/** A heading shorter than this (letters and digits) is a section name, not a headline. */
const MIN_HEADLINE_KEY = 15;

/**
 * The headline without the site and section names a <title> wraps it in: when a heading of the page
 * ("Illegale Migration aus Belarus …") is one or more consecutive parts of the title ("Bundespolizei -
 * Aktuelles - Illegale Migration aus Belarus …") and most of it, the heading is the title. A heading
 * that is the site's name (a logo in an h1) never is. Otherwise the title stays.
 */
export function headlineOf(title: string, headings: readonly string[], siteNames: readonly string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const keys = parts.map(comparableKey);
  const total = keys.join('').length;
  const names = new Set(siteNames.map(comparableKey).filter(Boolean));
  for (const heading of headings) {
    const key = comparableKey(heading);
    if (key.length < MIN_HEADLINE_KEY || key.length < total / 2 || names.has(key)) continue;
    for (let start = 0; start < keys.length; start++) {
      let joined = '';
      for (let end = start; end < keys.length && joined.length < key.length; end++) {
        joined += keys[end];
        if (joined === key && !(start === 0 && end === keys.length - 1)) return heading.replace(/\s+/g, ' ').trim();
      }
    }
  }
  return title;
}

/** The title before Readability has run: used by the page-stage rules only. */
export function titleHint(doc: Document, meta: MetaContents): string {
  return (
    meta.get('og:title') ||
    doc.getElementsByTagName('h1')[0]?.textContent?.trim() ||
    doc.getElementsByTagName('title')[0]?.textContent?.trim() ||
    ''
  );
}

/** Where a title, byline or date was read. */
export type MetaSource = 'h1' | 'itemprop' | 'og' | 'twitter' | 'ld-headline' | 'ld-name' | 'title' | 'meta' | 'ld' | 'ld-org' | 'dom' | 'line' | 'time' | 'text';

export interface Candidate {
  source: MetaSource;
  text: string;
}

/** Everything the page says about its own headline, authors, date and site, read before Readability. */
export interface PageMetadata {
  headlines: Candidate[];
  authors: Candidate[];
  dates: Candidate[];
  siteNames: string[];
  /** JSON-LD `@type`s of the page's objects (page-kind reads them). */
  ldTypes: string[];
}

/** Meta keys that name an article's author (values that are addresses are profile links, not names). */
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'byl', 'cxenseparse:author'];
/** Meta keys that hold the publication date, most specific first. */
const DATE_META = ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date'];
/** Other meta keys that name a publication date ("published", "citation_publication_date", "x-published-date"), never an update's. */
const PUBLISHED_META = /^(?!.*(?:modif|updat))(?:.*[:._-])?(?:published|publish|publication|pub)(?:[:._-]?(?:date|time|at|on))?$/;
/** Class or id words of the elements that hold a byline's names. */
const BYLINE_CLASS = new RegExp(`(?:^|[\\s_-])(?:${allPhrases(BYLINE_MARKUP).join('|')})(?:$|[\\s_-])`, 'i');
/** A byline longer than this is a bio or a sentence, not names. */
const MAX_BYLINE_CHARS = 100;

export function readPageMetadata(doc: Document, meta: MetaContents): PageMetadata {
  const marked = markedElements(doc);
  const ld = readJsonLd(doc);
  const articles = ld.filter((o) => isArticleType(o.types));
  const headlines: Candidate[] = [];
  const add = (list: Candidate[], source: MetaSource, text: string | null | undefined): void => {
    const clean = decodeEntities(text ?? '').replace(/\s+/g, ' ').trim();
    if (clean) list.push({ source, text: clean });
  };
  for (const h1 of listOf(doc.getElementsByTagName('h1')).slice(0, 3)) add(headlines, 'h1', h1.textContent);
  for (const el of marked.headline.slice(0, 2)) if (el.tagName !== 'META') add(headlines, 'itemprop', el.textContent);
  add(headlines, 'og', meta.get('og:title'));
  add(headlines, 'twitter', meta.get('twitter:title'));
  for (const o of articles) add(headlines, 'ld-headline', o.headline);
  for (const o of articles) add(headlines, 'ld-name', o.name);
  add(headlines, 'title', doc.getElementsByTagName('title')[0]?.textContent);

  const authors: Candidate[] = [];
  for (const o of articles) for (const a of o.authors) if (a.person) add(authors, 'ld', a.name);
  for (const key of AUTHOR_META) {
    const value = meta.get(key);
    if (value && !/^(?:https?:|www\.|@)/i.test(value)) add(authors, 'meta', value);
  }
  // "Written by" / "Jane Doe" in the label and data pairs of link previews (twitter:label1, twitter:data1).
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`);
    if (label && BYLINE_LABEL_WHOLE.test(foldText(label.trim()))) add(authors, 'meta', meta.get(`twitter:data${i}`));
  }
  for (const el of bylineElements(marked)) add(authors, 'dom', el);
  for (const link of marked.authorPages) add(authors, 'line', spacedText(link));
  for (const line of labelledBylines(marked.labelled)) add(authors, 'line', line);
  for (const o of articles) for (const a of o.authors) if (!a.person) add(authors, 'ld-org', a.name);

  const dates: Candidate[] = [];
  // The date the page prints by its headline comes first: it is the one a reader sees (often "updated":
  // on the 2025 web's pages a visible update date is the page's date more often than the metadata's).
  add(dates, 'text', headlineDate(doc)?.date);
  for (const o of articles) add(dates, 'ld', o.datePublished);
  for (const key of DATE_META) add(dates, 'meta', meta.get(key));
  // Other publication keys, a day's ("…-date") before a time's.
  const published = [...meta].filter(([key]) => !DATE_META.includes(key) && PUBLISHED_META.test(key));
  for (const [, value] of [...published.filter(([key]) => key.endsWith('date')), ...published.filter(([key]) => !key.endsWith('date'))]) add(dates, 'meta', value);
  for (const o of ld) if (!isArticleType(o.types)) add(dates, 'ld', o.datePublished);
  for (const el of marked.datePublished.slice(0, 2)) {
    add(dates, 'meta', el.getAttribute('content') ?? el.getAttribute('datetime') ?? dateInText(spacedText(el)));
  }
  for (const time of listOf(doc.getElementsByTagName('time')).slice(0, 5)) add(dates, 'time', time.getAttribute('datetime'));

  const siteNames = [meta.get('og:site_name'), meta.get('application-name'), ...articles.map((o) => o.publisherName),
    ...ld.filter((o) => o.types.includes('WebSite') || o.types.includes('Organization') || o.types.includes('NewsMediaOrganization')).map((o) => o.name)]
    .map((name) => decodeEntities(name ?? '').replace(/\s+/g, ' ').trim())
    .filter((name, i, all) => name && all.indexOf(name) === i);
  return { headlines, authors, dates, siteNames, ldTypes: [...new Set(ld.flatMap((o: LdObject) => o.types))] };
}

/** Class or id words of the elements that print an article's date or its meta line. */
const DATE_CLASS = /(?:^|[\s_-])(?:date|dateline|time|published|posted|pubdate|byline|meta|post-meta|entry-meta|article-meta)(?:$|[\s_-])/i;
/** A date line longer than this is a paragraph, not a meta line. */
const MAX_DATE_LINE = 120;

/** How far around the first h1 (elements before it, after it) the headline's date line is looked for. */
const DATE_WINDOW_BEFORE = 15;
const DATE_WINDOW_AFTER = 60;

/**
 * The date printed with the headline: the first <time>, date/meta-line element or short date line
 * ("By Jane Doe · Mar 27, 2024", "Published on July 18, 2025") with a date among the elements just
 * after the page's first h1, else just before it in its own block (a sidebar's or a teaser's dates
 * are elsewhere). A line that only gives an update date is kept while a published one is looked for
 * among the next lines.
 */
function headlineDate(doc: Document): Dateline | null {
  const body = doc.body;
  const h1 = body?.getElementsByTagName('h1')[0];
  if (!body || !h1) return null;
  const elements = allElements(body);
  const at = elements.indexOf(h1);
  // After the headline first, then the elements just above it in the headline's own block, nearest first.
  const block = h1.parentElement !== body ? h1.parentElement : null;
  const above = block ? elements.slice(Math.max(0, at - DATE_WINDOW_BEFORE), at).reverse().filter((el) => block.contains(el)) : [];
  const around = [...elements.slice(at + 1, at + 1 + DATE_WINDOW_AFTER), ...above];
  let updated: Dateline | null = null;
  for (const el of around) {
    // The headline's own elements and the blocks around it are not a line by it.
    if (h1.contains(el) || el.contains(h1)) continue;
    const isTime = el.tagName === 'TIME';
    const marked = isTime || DATE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    const datetime = isTime ? el.getAttribute('datetime') : null;
    if (datetime && isDate(datetime)) return updated ?? { date: datetime, updated: false };
    // Unmarked lines: short ones that are only a date with a name or a label, outside links (teasers).
    if (!marked && (el.children.length > 6 || insideLink(el))) continue;
    if (!isShort(el, MAX_DATE_LINE)) continue;
    const text = spacedText(el);
    if (text.length > MAX_DATE_LINE || (!marked && !isDateline(text))) continue;
    const line: Dateline | null = datelineOf(text);
    if (!line) continue;
    if (!line.updated) return line;
    updated ??= line;
  }
  return updated;
}

/** True when the element's text is at most `max` characters (spaces counted), read no further than that. */
function isShort(el: Element, max: number): boolean {
  let length = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      length += (node.nodeValue ?? '').trim().length;
      if (length > max) return false;
    } else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return true;
}

/** An element's text with a space wherever an element ends ("Written by<a>Jane</a>" reads "Written by Jane"). */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The names after a byline label: the rest of a short line ("By Jane Doe · May 4", "Von Anja Weber"),
 * or, when the element is the label alone ("Written by", "Autor:"), its next sibling's short text.
 * A label must be followed by a name: a capital letter or a script without case ("By the way" is no byline).
 */
function labelledBylines(elements: readonly Element[]): string[] {
  const texts: string[] = [];
  for (const el of elements) {
    // A teaser's "By …" is inside its headline's link; an author card's may be inside a link to the author's page.
    const link = el.closest('a[href]');
    if (!isShort(el, MAX_BYLINE_CHARS) || (link && !isAuthorPageLink(link, null))) continue;
    let text = spacedText(el);
    const label = BYLINE_LABEL.exec(foldText(text));
    if (!label) continue;
    let rest = dropLeadingWords(text, label[0]).replace(/^[\s:：,\-–—]+/u, '');
    if (!rest) {
      // The label's own line ("<div><strong>Contributors:</strong> Janet Loughrey</div>"), else the element after it.
      const parent = el.parentElement;
      const line = parent && parent !== el.ownerDocument.body && isShort(parent, MAX_BYLINE_CHARS) ? spacedText(parent) : '';
      if (line.startsWith(text) && line.length > text.length) {
        rest = line.slice(text.length).replace(/^[\s:：,\-–—]+/u, '');
      } else {
        let next = el.nextElementSibling;
        while (next && next.tagName === 'BR') next = next.nextElementSibling;
        if (!next || !isShort(next, MAX_BYLINE_CHARS)) continue;
        rest = spacedText(next);
      }
      text = `${text} ${rest}`;
    }
    if (/^[\p{Lu}\p{Lo}]/u.test(rest) && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

/** Short texts of the page's byline elements: rel=author links, schema.org author names, byline classes. */
function bylineElements(marked: MarkedElements): string[] {
  const texts: string[] = [];
  const push = (el: Element | null | undefined): void => {
    const text = el ? spacedText(el) : '';
    if (text && text.length <= MAX_BYLINE_CHARS && !texts.includes(text)) texts.push(text);
  };
  for (const el of marked.author.slice(0, 3)) push(el.querySelector('[itemprop~="name"]') ?? el);
  for (const el of marked.authorLinks.slice(0, 3)) push(el);
  for (const el of marked.bylines) push(el);
  return texts;
}

/** The elements the metadata is read from, in document order. */
interface MarkedElements {
  /** By their itemprop. */
  headline: Element[];
  author: Element[];
  datePublished: Element[];
  /** Links marked rel="author". */
  authorLinks: Element[];
  /** The first three links to an author's page on the site (AUTHOR_PATHS). */
  authorPages: Element[];
  /** The first three whose class or id names a byline (BYLINE_CLASS) and not its picture or bio. */
  bylines: Element[];
  /** Elements whose text opens with a byline label ("By", "Written by", "Von", "Autor:"), outside comments. */
  labelled: Element[];
}

const ATTRIBUTE_SPACES = /[ \t\n\f\r]+/;
/** How many labelled lines are read (the article's byline comes early; an author box or a teaser's later). */
const MAX_LABELLED = 6;
/**
 * Class or id words of a comment section (its "Jane says:" and "Posted by" lines are the commenters')
 * and of a menu ("By use case", "By industry").
 */
const NOT_THE_ARTICLES = /comment|disqus|replies|reply|(?:^|\s)(?:menu|nav|navbar|navigation|dropdown|sub-menu|mega-menu)(?:$|[\s_-])/i;

const AUTHOR_PATH = new Set(allPhrases(AUTHOR_PATHS));
/** Any AUTHOR_PATHS segment followed by a slash: links without one are not read further. */
const AUTHOR_PATH_HINT = new RegExp(`(?:^|/)(?:${[...AUTHOR_PATH].join('|')})/`, 'i');

/**
 * A link to an author's page on the page's own site (`site`, when known): a path segment from
 * AUTHOR_PATHS followed by the author's own ("/author/jane-doe").
 */
function isAuthorPageLink(el: Element, site: string | null): boolean {
  const href = el.getAttribute('href');
  if (!href || href.length > 300 || !AUTHOR_PATH_HINT.test(href)) return false;
  if (site && /^(?:https?:)?\/\//i.test(href)) {
    const host = hostOf(href, `https://${site}/`);
    if (!host || siteOf(host) !== site) return false;
  }
  const segments = href.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let i = 0; i < segments.length - 1; i++) if (AUTHOR_PATH.has(segments[i]!.toLowerCase())) return true;
  return false;
}

function outsideTheArticle(el: Element): boolean {
  // The page's own classes (<body class="mega-menu comments-open">) say nothing about one element.
  for (let node: Element | null = el; node && node.localName !== 'body' && node.localName !== 'html'; node = node.parentElement) {
    if (node.localName === 'nav') return true;
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (names.length > 1 && NOT_THE_ARTICLES.test(names)) return true;
  }
  return false;
}

/**
 * True when the element's first content is its own text and that text opens with a byline label:
 * "<p>By <a>Jane Doe</a></p>", "<span>Written by</span>", "<h3>Author</h3>". Read from its first
 * child only: one step per element of the walk.
 */
function opensWithBylineLabel(el: Element): boolean {
  let first = el.firstChild;
  while (first && ((first.nodeType === 3 && !(first.nodeValue ?? '').trim()) || first.nodeType === 8)) first = first.nextSibling;
  if (!first || first.nodeType !== 3) return false;
  const text = (first.nodeValue ?? '').trim();
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS) return false;
  // Most texts fail on their first word: only those that open like a label are folded whole.
  const firstWord = /^[\p{L}\p{M}\p{N}]+/u.exec(text)?.[0] ?? '';
  // Folding an ASCII word is lower-casing it.
  const folded = /^[A-Za-z0-9]*$/.test(firstWord) ? firstWord.toLowerCase() : foldText(firstWord);
  return BYLINE_FIRST_WORDS.has(folded) && BYLINE_OPENING.test(foldText(text));
}
const NOT_A_BYLINE = /\b(?:avatar|bio|box|description|img|image|photo|social|follow)\b/i;

/** One walk over the page instead of a selector query per kind (each query walks the page too, slower in jsdom). */
function markedElements(doc: Document): MarkedElements {
  const marked: MarkedElements = { headline: [], author: [], datePublished: [], authorLinks: [], authorPages: [], bylines: [], labelled: [] };
  const root = doc.documentElement;
  if (!root) return marked;
  const host = hostOf(doc.URL);
  const site = host ? siteOf(host) : null;
  for (const el of [root, ...allElements(root)]) {
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      const tokens = itemprop.split(ATTRIBUTE_SPACES);
      if (tokens.includes('headline')) marked.headline.push(el);
      if (tokens.includes('author')) marked.author.push(el);
      if (tokens.includes('datePublished')) marked.datePublished.push(el);
    }
    if (el.tagName === 'A' && el.getAttribute('rel')?.split(ATTRIBUTE_SPACES).includes('author')) marked.authorLinks.push(el);
    else if (el.tagName === 'A' && marked.authorPages.length < 3 && isAuthorPageLink(el, site) && !outsideTheArticle(el)) marked.authorPages.push(el);
    if (marked.bylines.length < 3 && (el.hasAttribute('class') || el.hasAttribute('id'))) {
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (BYLINE_CLASS.test(names) && !NOT_A_BYLINE.test(names) && !outsideTheArticle(el)) marked.bylines.push(el);
    }
    if (marked.labelled.length < MAX_LABELLED && opensWithBylineLabel(el) && !outsideTheArticle(el)) marked.labelled.push(el);
  }
  return marked;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** Metadata strings often carry HTML entities ("Don&#039;t"): decoded as text, never parsed as HTML. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------
// Choosing: the title the sources agree on, the people of the byline, the first real date.

/** What Readability read (a fallback for each field) and the page's address. */
export interface MetadataFallbacks {
  url: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export function articleMetadata(page: PageMetadata, fallbacks: MetadataFallbacks): ArticleMetadata {
  const siteName = clean(fallbacks.siteName) ?? page.siteNames[0] ?? null;
  const names = siteNamesOf(page, siteName, fallbacks.url);
  // Readability's byline as it is when no cleaning leaves a name (never when it is the site's name).
  const readabilityByline = clean(fallbacks.byline);
  const byline = chooseByline(page.authors, names) ?? bylineOf(fallbacks.byline ?? '', names)
    ?? (readabilityByline && !names.has(comparableKey(readabilityByline)) ? readabilityByline : null);
  return {
    title: chooseTitle(page.headlines, withDomainName(names, fallbacks.url)) ?? clean(fallbacks.title) ?? '',
    byline,
    siteName,
    publishedTime: chooseDate(page.dates) ?? (isDate(fallbacks.publishedTime) ? asDay(clean(fallbacks.publishedTime)!) : null),
  };
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Keys of every name the site goes by: og:site_name, the publisher, the host and its first label. */
function siteNamesOf(page: PageMetadata, siteName: string | null, url: string): Set<string> {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // no host to add
  }
  const label = host.split('.').slice(0, -1).join('.');
  return new Set([siteName ?? '', ...page.siteNames, host, label].map(comparableKey).filter((key) => key.length > 0));
}

/**
 * For the title, the registrable domain's name names the site too ("Headline | Bridgestone Tires" on
 * tires.bridgestone.com). Not for bylines: a personal site's domain is often its author's name.
 */
function withDomainName(names: ReadonlySet<string>, url: string): Set<string> {
  const host = hostOf(url);
  const domainName = host ? comparableKey(siteOf(host).split('.')[0] ?? '') : '';
  return domainName ? new Set([...names, domainName]) : new Set(names);
}

/** Metadata sources in the order their wording is preferred when they agree equally (no visible h1). */
const TITLE_PRIORITY: readonly MetaSource[] = ['ld-headline', 'og', 'twitter', 'ld-name', 'title'];

/** An id or a slug is never a title: "d-161500790", "post_48213", "my-first-post". */
export function looksLikeId(text: string): boolean {
  const t = text.trim();
  if (/\s/.test(t)) return false;
  return /\d{4,}/.test(t) || /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u.test(t);
}

/** The parts of a title at its ends that name the site ("Headline | BBC News", "Spiegel - Headline") go. */
export function withoutSiteParts(text: string, names: ReadonlySet<string>): string {
  let parts = text.split(TITLE_SEPARATOR);
  const isSite = (part: string): boolean => {
    const key = comparableKey(part);
    if (!key) return true;
    if (names.has(key)) return true;
    // "BBC News" for bbc.co.uk, "SPIEGEL ONLINE" for spiegel.de: a short part that starts or ends with the site's name.
    return part.split(/\s+/).length <= 4 && [...names].some((name) => name.length >= 3 && (key.startsWith(name) || key.endsWith(name)));
  };
  while (parts.length > 1 && isSite(parts[parts.length - 1]!)) parts = parts.slice(0, -1);
  while (parts.length > 1 && isSite(parts[0]!)) parts = parts.slice(1);
  if (parts.length === text.split(TITLE_SEPARATOR).length) {
    // "Garnix Blog: Hardware-Attested Nix Builds": the site's name before a colon.
    const prefix = /^([^:：]{2,40})[:：]\s+(?=\S)/u.exec(text);
    return prefix && prefix[1]!.trim().split(/\s+/).length <= 2 && isSite(prefix[1]!) ? text.slice(prefix[0].length) : text;
  }
  // Join what is left with the separators the title had between those parts.
  const start = text.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = text.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? text.slice(start, end).trim() : parts.join(' - ');
}

/** True when `part`'s key is the key of one or more consecutive separator parts of `whole` (not all of them). */
function isPartOf(part: string, whole: string): boolean {
  const key = comparableKey(part);
  const keys = whole.split(TITLE_SEPARATOR).map(comparableKey);
  if (keys.length < 2 || key.length < MIN_HEADLINE_KEY) return false;
  for (let start = 0; start < keys.length; start++) {
    let joined = '';
    for (let end = start; end < keys.length && joined.length < key.length; end++) {
      joined += keys[end];
      if (joined === key) return true;
    }
  }
  return false;
}

/** A headline's pipe separates the section or a tagline after it ("… in Rajshahi | District"): a headline is what comes before. */
const PIPE = /\s+\|\s+/u;

export function withoutSectionParts(text: string): string {
  const first = text.split(PIPE)[0]!;
  return first !== text && comparableKey(first).length >= MIN_HEADLINE_KEY && first.trim().split(/\s+/).length >= MIN_LONE_H1_WORDS ? first.trim() : text;
}

/**
 * The metadata headline a single visible h1 prints after its date ("Dec 18 2025 Preparing a transition
 * in Debusine"), in the metadata's wording. A longer h1 that only adds words is the fuller headline.
 */
function wrappedHeadline<T extends Candidate>(visible: readonly T[], usable: readonly T[]): T | undefined {
  const h1 = visible.length === 1 ? visible[0]! : undefined;
  if (!h1) return undefined;
  const key = comparableKey(h1.text);
  return usable.find((c) => {
    if (c.source === 'h1' || c.source === 'itemprop') return false;
    const other = comparableKey(c.text);
    if (other.length < MIN_HEADLINE_KEY || other.length >= key.length || !key.endsWith(other)) return false;
    const lead = h1.text.slice(0, Math.max(0, h1.text.length - c.text.length)).trim();
    return lead.split(/\s+/).length <= 4 && /\d/.test(lead) && dateInText(lead) !== null;
  });
}

/** A visible headline has at least two words and this many letters; a shorter h1 is a section or a logo. */
const MIN_H1_KEY = 10;
/** An h1 no other source repeats needs this many words to be taken for the headline. */
const MIN_LONE_H1_WORDS = 3;
/** Longer than this, an h1 nothing repeats is a description set in a heading, not a headline. */
const MAX_LONE_H1_CHARS = 200;

/** How many other sources say the same as `c` (site names cut) or wrap it in section and site names. */
function supportOf(c: { source: MetaSource; text: string }, all: readonly { source: MetaSource; text: string; raw: string }[]): number {
  const key = comparableKey(c.text);
  return new Set(all.filter((o) => o.source !== c.source && (comparableKey(o.text) === key || isPartOf(c.text, o.raw))).map((o) => o.source)).size;
}

/**
 * The headline: the page's visible h1 (the one other sources agree with when there are several), as
 * the reader sees it; without one, what the metadata sources agree on (site names cut from the ends),
 * the article's JSON-LD headline first among equals. Ids, slugs and the site's own name never are.
 */
export function chooseTitle(candidates: readonly Candidate[], names: ReadonlySet<string>): string | null {
  const usable = candidates
    .map((c) => ({ ...c, text: withoutSectionParts(withoutSiteParts(c.text, names)), raw: c.text }))
    .filter((c) => {
      const key = comparableKey(c.text);
      return key.length >= 3 && !looksLikeId(c.text) && !names.has(key) && c.text.length <= 400;
    });
  const visible = usable.filter((c) => (c.source === 'h1' || c.source === 'itemprop') && comparableKey(c.text).length >= MIN_H1_KEY && /\s/.test(c.text));
  const agreed = visible.find((c) => supportOf(c, usable) > 0);
  // An h1 nothing else repeats is still the headline when it reads like one (a section label is shorter).
  // Several h1s none of which the metadata repeats are the page's chrome ("Contact us", "Follow us").
  const h1s = usable.filter((c) => c.source === 'h1').length;
  const alone = h1s > 1 ? undefined : visible.find((c) => c.text.split(/\s+/).length >= MIN_LONE_H1_WORDS && c.text.length <= MAX_LONE_H1_CHARS);
  // An h1 that wraps what the metadata says in a date or a kicker ("Dec 18 2025 Preparing a transition …").
  const wrapped = agreed ? undefined : wrappedHeadline(visible, usable);
  if (agreed ?? wrapped ?? alone) return (agreed ?? wrapped ?? alone)!.text;
  let best: { text: string; support: number; rank: number } | null = null;
  for (const c of usable) {
    const support = supportOf(c, usable);
    const rank = TITLE_PRIORITY.indexOf(c.source);
    if (!best || support > best.support || (support === best.support && rank < best.rank)) best = { text: c.text, support, rank };
  }
  return best?.text ?? null;
}

/** "By", "Von", "De", "Di", "Από", "بقلم", "Author:", "Posted by"… at the start of a byline. */
const BYLINE_LABEL = phraseMatcher(allPhrases(BYLINE, ARTICLE_META), 'start');
/** A byline label that is the whole text ("Written by" as a link preview's label). */
const BYLINE_LABEL_WHOLE = new RegExp(`${phraseMatcher(allPhrases(BYLINE), 'whole').source.slice(0, -1)}\\s*[:：]?$`, 'u');
/** A text that opens with a byline label proper (not a date or count label). */
const BYLINE_OPENING = phraseMatcher(allPhrases(BYLINE), 'start');
/** The first words of those labels, folded ("by", "written", "γραφει"). */
const BYLINE_FIRST_WORDS = new Set(allPhrases(BYLINE).map((phrase) => foldText(phrase).split(' ')[0]!));
/** A part of a byline line that is a date or count label ("Updated yesterday", "Aktualisiert"), not a name. */
const META_LABEL = phraseMatcher(allPhrases(ARTICLE_META).filter((phrase) => !allPhrases(BYLINE).includes(phrase)), 'start');
/** Separators between a byline's names and what follows them (date, site, role). */
const BYLINE_SEPARATOR = /\s*(?:[|•·⋅∙・\n]|\s[-–—]\s)\s*/u;
const SURNAME_PARTICLE = phraseMatcher(allPhrases(SURNAME_PARTICLES), 'whole');

/** Date, count and review labels that end the names of a byline part ("Last updated", "Reviewed by"). */
const AFTER_THE_NAMES = phraseMatcher(allPhrases(ARTICLE_META, UPDATED_LABELS, PUBLISHED_LABELS).filter((phrase) => !allPhrases(BYLINE).includes(phrase)), 'start');
/** Byline labels that may follow a word or two ("Text by", "Recipe by", "View all posts by"), surname particles aside. */
const INNER_LABEL = new Set(allPhrases(BYLINE).filter((phrase) => !phrase.includes(' ') && !SURNAME_PARTICLE.test(phrase)));

/**
 * A byline part as its names: after a label that follows a word or two ("Guide by Will Judd" → "Will
 * Judd"), before a date, count or review label ("Craig McCarthy Last updated on …" → "Craig McCarthy"),
 * a name printed twice once ("Colin Gray Colin Gray").
 */
function namesOfPart(text: string): string {
  let words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (AFTER_THE_NAMES.test(foldText(words.slice(i).join(' ')))) {
      words = words.slice(0, i);
      break;
    }
  }
  const inner = words.findIndex((word, i) => i >= 1 && i <= 3 && INNER_LABEL.has(foldText(word).replace(/[:：]$/u, '')));
  // Not after a list of names ("The Team, edited by Walter").
  if (inner > 0 && /^[\p{Lu}\p{Lo}]/u.test(words[inner + 1] ?? '') && !/[,;&]/u.test(words.slice(0, inner).join(' '))) words = words.slice(inner + 1);
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) words = words.slice(0, half);
  return words.join(' ');
}
const MAX_BYLINE_WORDS = 16;

/**
 * A byline part up to its first word with a digit or an address ("BeauHD on Friday December 19, 2025",
 * "Jane Doe jane@example.com"), without the month names and short connectors ("on", "am", "le") left
 * dangling before it.
 */
function namesBeforeDate(text: string): string {
  const words = text.split(' ');
  const cut = words.findIndex((word) => /\d|[@/]|https?:|www\./i.test(word));
  if (cut < 0) return text;
  const kept = words.slice(0, cut);
  while (kept.length > 0 && (isMonthName(kept[kept.length - 1]!) || /^\p{Ll}{1,3}[,.]?$/u.test(kept[kept.length - 1]!))) kept.pop();
  return kept.join(' ');
}

/** The words a folded phrase match covers, taken off the original text (folding changes lengths). */
function dropLeadingWords(text: string, folded: string): string {
  const count = folded.trim().split(/\s+/).length;
  return text.trim().split(/\s+/).slice(count).join(' ');
}

/**
 * A byline as names only: labels ("By", "Von", "Autor:") off its start, dates, roles after a bar and
 * the site's name dropped. Null when nothing like a name is left (the site's name, an address, a sentence).
 */
export function bylineOf(value: string, names: ReadonlySet<string>): string | null {
  const parts = decodeEntities(value).split(BYLINE_SEPARATOR).map((part) => {
    let text = part.replace(/\s+/g, ' ').trim();
    for (let i = 0; i < 3; i++) {
      const label = BYLINE_LABEL.exec(foldText(text));
      if (!label) break;
      const rest = dropLeadingWords(text, label[0]);
      // A label alone ("Author", "Written by:") names nobody.
      if (!rest.replace(/^[\s:：]+/u, '')) return '';
      // "De Luca", "Di Maio" are names: such a label goes only before a colon or two words or more.
      const colon = /^[:：]/u.test(rest) || /[:：]$/u.test(text.split(/\s+/, label[0].trim().split(/\s+/).length).join(' '));
      if (!colon && SURNAME_PARTICLE.test(label[0].trim()) && rest.split(/\s+/).length < 2) break;
      text = rest.replace(/^[\s:：,\-–—]+/u, '');
    }
    text = namesOfPart(text);
    // A long sentence ("Jane has covered politics since 2009 and …") is a bio, whatever its start.
    if (text.split(' ').length > MAX_BYLINE_WORDS) return '';
    return namesBeforeDate(text).replace(/^[\s:：,\-–—]+|[\s:：,\-–—]+$/gu, '');
  });
  const kept = parts.filter((part) => {
    const key = comparableKey(part);
    return key.length >= 2 && !names.has(key) && !META_LABEL.test(foldText(part));
  });
  // The names come first; what follows them past the length of a byline is not kept.
  let byline = '';
  for (const part of kept) {
    const next = byline ? `${byline}, ${part}` : part;
    if (next.length > MAX_BYLINE_CHARS) break;
    byline = next;
  }
  byline = byline.replace(/\s+([,;])/gu, '$1').trim();
  if (!byline || byline.length > MAX_BYLINE_CHARS || byline.split(/\s+/).length > MAX_BYLINE_WORDS) return null;
  return /\p{L}/u.test(byline) ? byline : null;
}

/**
 * The page's people: every JSON-LD author together — in the page's own wording when a byline element
 * or meta tag names them all ("Written by A, B, and C") — else the first meta or byline element that is
 * a name, else the JSON-LD organisation when it is not the site. A person the markup names is kept even
 * when the site bears their name; anything else that is only the site's name is not a byline.
 */
export function chooseByline(candidates: readonly Candidate[], names: ReadonlySet<string>): string | null {
  const none = new Set<string>();
  const cleaned = candidates.map((c) => ({ source: c.source, byline: bylineOf(c.text, c.source === 'ld' ? none : names) }))
    .filter((c): c is { source: MetaSource; byline: string } => c.byline !== null);
  // A user name ("andrew.keaveney", "KatieS") is the account that posted: a printed name comes first.
  const named = cleaned.filter((c) => !looksLikeHandle(c.byline));
  const usable = named.some((c) => c.source === 'ld' || c.source === 'meta' || c.source === 'dom' || c.source === 'line') ? named : cleaned;
  const people = [...new Set(usable.filter((c) => c.source === 'ld').map((c) => c.byline))];
  const others = usable.filter((c) => c.source === 'meta' || c.source === 'dom' || c.source === 'line').map((c) => c.byline);
  if (people.length > 0) {
    const keys = people.map(comparableKey);
    const visible = usable.filter((c) => c.source === 'dom' || c.source === 'line').map((c) => c.byline);
    const worded = [...visible, ...others].find((b) => keys.every((key) => comparableKey(b).includes(key)));
    if (worded) return worded;
    const joined = people.join(', ');
    if (joined.length <= MAX_BYLINE_CHARS * 2) return joined;
  }
  if (others[0]) return others[0];
  for (const c of candidates) if (c.source === 'ld-org') return bylineOf(c.text, names) ?? null;
  return null;
}

/** One word with a dot, an underscore, a digit or a capital inside: a user name or a template's key, not a printed name. */
export function looksLikeHandle(byline: string): boolean {
  return !/\s/.test(byline.trim()) && /[._\d]|\p{Ll}\p{Lu}/u.test(byline);
}

/** A value with a year that any browser reads as a date between 1990 and 2100 ("Apr 12" has no year: V8 reads it as 2001). */
function isDate(value: string | null | undefined): boolean {
  if (!value || !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(value)) return false;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1990 && year <= 2100;
}

/** The first candidate that is a date (JSON-LD, then meta, then the page's <time datetime>). */
export function chooseDate(candidates: readonly Candidate[]): string | null {
  const chosen = candidates.find((c) => isDate(c.text))?.text;
  return chosen === undefined ? null : asDay(chosen);
}

/**
 * A date as the page wrote it when it is ISO 8601 (its time and offset kept: the page's own day), else
 * its day as YYYY-MM-DD when the text names one ("Nov 05, 2025", "2025-11-7"): a browser would read
 * such a text in the reader's time zone, a day earlier or later than the page's.
 */
function asDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}(?!\d)/.test(value)) return value;
  return dateInText(value) ?? value;
}
