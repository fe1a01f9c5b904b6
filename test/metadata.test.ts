import { describe, expect, it } from 'vitest';
import {
  articleMetadata,
  bylineOf,
  chooseTitle,
  looksLikeId,
  metaContents,
  readPageMetadata,
  withoutSiteParts,
  type ArticleMetadata,
} from '../core/metadata';
import { allPhrases, BYLINE_MARKUP } from '../core/phrases';
import { comparableKey } from '../core/text';
import { withDocument } from './helpers';

/** A page's head and body through the reader and the chooser, as the pipeline runs them. */
function metadataOf(head: string, body: string, url = 'https://www.example-news.com/2025/05/story', fallbacks: { byline?: string; siteName?: string; title?: string } = {}): ArticleMetadata {
  const html = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  return withDocument(html, url, (doc) => articleMetadata(readPageMetadata(doc, metaContents(doc)), { url, ...fallbacks }));
}

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const names = (...values: string[]): Set<string> => new Set(values.map(comparableKey));

describe('title: what the headline sources agree on', () => {
  it('takes the visible headline that og:title and the <title> (without the site) repeat', () => {
    const m = metadataOf(
      '<title>Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα στήριξης | Example News</title><meta property="og:title" content="Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα στήριξης"><meta property="og:site_name" content="Example News">',
      '<header><h1 class="logo">Example News</h1></header><article><h1>Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα στήριξης</h1><p>…</p></article>',
    );
    expect(m.title).toBe('Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα στήριξης');
  });

  it('never takes a JSON-LD name that is an id over the headline', () => {
    const m = metadataOf(
      `<title>Le gouvernement présente son budget - Journal</title>${ld({ '@type': 'NewsArticle', name: 'd-161500790', headline: 'Le gouvernement présente son budget' })}`,
      '<p>Texte.</p>',
      'https://www.journal.example.fr/d-161500790',
    );
    expect(m.title).toBe('Le gouvernement présente son budget');
  });

  it('cuts section and site names around the headline in a <title> when nothing else names it', () => {
    const m = metadataOf('<title>Economie - Guvernul a aprobat bugetul pe anul viitor - Ziarul Exemplu</title><meta property="og:site_name" content="Ziarul Exemplu">', '<p>Text.</p>', 'https://www.ziarulexemplu.ro/economie/buget');
    expect(m.title).toBe('Economie - Guvernul a aprobat bugetul pe anul viitor');
    const withH1 = metadataOf('<title>Economie - Guvernul a aprobat bugetul pe anul viitor - Ziarul Exemplu</title>', '<h1>Guvernul a aprobat bugetul pe anul viitor</h1>', 'https://www.ziarulexemplu.ro/economie/buget');
    expect(withH1.title).toBe('Guvernul a aprobat bugetul pe anul viitor');
  });

  it('knows the site by its domain on any subdomain, and a bullet as a separator', () => {
    const shop = metadataOf('<title>Ghidul complet al anvelopelor de iarnă | Anvelope Exemplu</title>', '<p>Text.</p>', 'https://magazin.exemplu.ro/ghid/iarna');
    expect(shop.title).toBe('Ghidul complet al anvelopelor de iarnă');
    const funds = metadataOf('<title>Fondi indicizzati: come investire | Exemplu</title>', '<p>Testo.</p>', 'https://investitori.exemplu.it/fondi');
    expect(funds.title).toBe('Fondi indicizzati: come investire');
    const blog = metadataOf('<title>Η κηπουρική στο μπαλκόνι • Kipos</title><meta property="og:site_name" content="Kipos">', '<p>Κείμενο.</p>', 'https://www.kipos.gr/blog/balkoni');
    expect(blog.title).toBe('Η κηπουρική στο μπαλκόνι');
  });

  it('does not take the site name, a slug or an id; the title stays when it is all there is', () => {
    expect(looksLikeId('d-161500790')).toBe(true);
    expect(looksLikeId('guvernul-a-aprobat-bugetul')).toBe(true);
    expect(looksLikeId('post_48213')).toBe(true);
    expect(looksLikeId('COVID-19')).toBe(false);
    expect(looksLikeId('Brexit')).toBe(false);
    expect(chooseTitle([{ source: 'h1', text: 'Example News' }, { source: 'og', text: 'guvernul-a-aprobat-bugetul' }, { source: 'title', text: 'Guvernul a aprobat bugetul | Example News' }], names('Example News')))
      .toBe('Guvernul a aprobat bugetul');
  });

  it('takes the Arabic headline that JSON-LD and og:title agree on over a section h1', () => {
    const m = metadataOf(
      `<meta property="og:title" content="الحكومة تعلن عن خطة جديدة للطاقة">${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'أخبار' }, { '@type': 'NewsArticle', headline: 'الحكومة تعلن عن خطة جديدة للطاقة' }] })}`,
      '<h1>أخبار محلية</h1><p>نص.</p>',
    );
    expect(m.title).toBe('الحكومة تعلن عن خطة جديدة للطاقة');
  });

  it('removes site parts only at the ends, and short parts that carry the host name', () => {
    expect(withoutSiteParts('Headline of the day | BBC News', names('bbc'))).toBe('Headline of the day');
    expect(withoutSiteParts('SPIEGEL ONLINE - Regierung einigt sich auf Haushalt', names('spiegel'))).toBe('Regierung einigt sich auf Haushalt');
    expect(withoutSiteParts('Rome - Milan: the derby report', names('example'))).toBe('Rome - Milan: the derby report');
  });

  it('cuts a section or tagline after a pipe, the site\'s name before a colon, a date before the headline', () => {
    const bss = metadataOf('<title>Homestead gardening makes rural communities more self-reliant | District</title><meta property="og:title" content="Homestead gardening makes rural communities more self-reliant | District">', '<p>x</p>', 'https://www.bssnews.net/district/343604');
    expect(bss.title).toBe('Homestead gardening makes rural communities more self-reliant');
    const opinion = metadataOf('<meta property="og:title" content="Come la meditazione cambia il cervello | Opinioni">', '<h1>Come la meditazione cambia il cervello | Opinioni</h1><p>x</p>');
    expect(opinion.title).toBe('Come la meditazione cambia il cervello');
    const blog = metadataOf('<meta property="og:title" content="Garnix Blog: Hardware-Attested Nix Builds">', '<h1>Hardware-Attested Nix Builds</h1><h1>What is attestation</h1><p>x</p>', 'https://garnix.io/blog/attested-nix-builds');
    expect(blog.title).toBe('Hardware-Attested Nix Builds');
    const dated = metadataOf('<meta property="og:title" content="Preparing a transition in Debusine">', '<h1>Dec 18 2025 Preparing a transition in Debusine</h1><p>x</p>');
    expect(dated.title).toBe('Preparing a transition in Debusine');
    // A colon after a headline's own words stays; a longer h1 that only adds words stays whole.
    const redfin = metadataOf('<meta property="og:title" content="Redfin’s 2026 Predictions: Welcome to The Great Housing Reset">', '<p>x</p>', 'https://www.redfin.com/news/predictions');
    expect(redfin.title).toBe('Redfin’s 2026 Predictions: Welcome to The Great Housing Reset');
    const fuller = metadataOf('<meta property="og:title" content="House Renovation Costs in the Bay Area">', '<h1>House Renovation Costs in the Bay Area: Room-by-Room Breakdown</h1><p>x</p>');
    expect(fuller.title).toBe('House Renovation Costs in the Bay Area: Room-by-Room Breakdown');
  });

  it('decodes entities in metadata as text', () => {
    const m = metadataOf('<meta property="og:title" content="Don&amp;#039;t &lt;b&gt;panic&lt;/b&gt;">', '<p>x</p>');
    expect(m.title).toBe("Don't <b>panic</b>");
  });
});

describe('byline: the people, without labels, dates or the site', () => {
  const site = names('Example News', 'example-news');

  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Von Anja Schmoll-Trautmann', 'Anja Schmoll-Trautmann'],
    ['De Ion Popescu', 'Ion Popescu'],
    ['Di Marco Rossi', 'Marco Rossi'],
    ['Από Μαρία Παππά', 'Μαρία Παππά'],
    ['بقلم أحمد علي', 'أحمد علي'],
    ['Par Didier Roy | 21 juin 2018', 'Didier Roy'],
    ['Autor: Jan Kowalski', 'Jan Kowalski'],
    ['Jane Doe - Example News', 'Jane Doe'],
    ['Written by Jane Doe · Updated 3 hours ago', 'Jane Doe'],
  ])('%s → %s', (raw, want) => {
    expect(bylineOf(raw, site)).toBe(want);
  });

  it('keeps a surname that begins like a label ("De Luca", "Di Maio")', () => {
    expect(bylineOf('De Luca', site)).toBe('De Luca');
    expect(bylineOf('Di Maio', site)).toBe('Di Maio');
  });

  it('is nothing when it is only the site, an address or a long sentence', () => {
    expect(bylineOf('Example News', site)).toBeNull();
    expect(bylineOf('https://www.example-news.com/author/jane', site)).toBeNull();
    expect(bylineOf('Jane has covered politics for the paper since 2009 and lives in the city with her family and two cats who like news', site)).toBeNull();
  });

  it('names every JSON-LD author, people before the publisher, never the site twice', () => {
    const m = metadataOf(
      `<meta property="og:site_name" content="Example News"><meta name="author" content="Example News">${ld({ '@type': 'NewsArticle', headline: 'A long enough headline here', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }, { '@type': 'Organization', name: 'Example News' }] })}`,
      '<p>x</p>',
    );
    expect(m.byline).toBe('Jane Doe, John Roe');
    expect(m.siteName).toBe('Example News');
  });

  it('has no byline when the only author named is the site itself', () => {
    const m = metadataOf('<meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News">', '<p>x</p>', 'https://www.bbc.co.uk/news/a-1', { byline: 'BBC News', siteName: 'BBC News' });
    expect(m.byline).toBeNull();
    expect(m.siteName).toBe('BBC News');
  });

  it('reads the byline element named by any word of BYLINE_MARKUP, whole, and not one that only contains it', () => {
    for (const word of allPhrases(BYLINE_MARKUP)) {
      expect(metadataOf('<title>Story</title>', `<h1>Story</h1><div class="c-${word}">Jane Doe</div><p>x</p>`).byline, word).toBe('Jane Doe');
      expect(metadataOf('<title>Story</title>', `<h1>Story</h1><div class="c-${word}x">Jane Doe</div><p>x</p>`).byline, `${word}x`).toBeNull();
    }
  });

  it.each([
    ['By: Jane Doe', 'Jane Doe'],
    ['By Clay', 'Clay'],
    ['Von: Weber', 'Weber'],
    ['Author', null],
    ['Written by:', null],
    ['CM Craig McCarthy Last updated', 'CM Craig McCarthy'],
    ['Matthew Richardson ⋅ Review Editor ⋅ Updated', 'Matthew Richardson, Review Editor'],
    ['Van Gogh', 'Van Gogh'],
    ['Text by Hunter Dukes', 'Hunter Dukes'],
    ['View all posts by Ray Ansari', 'Ray Ansari'],
    ['Ana de Souza', 'Ana de Souza'],
    ['The Team, edited by Walter', 'The Team, edited by Walter'],
    ['Colin Gray Colin Gray', 'Colin Gray'],
    ['Steve Kamb Reviewed By: Mike Rebold', 'Steve Kamb'],
    ['Paul Frew , Security Expert', 'Paul Frew, Security Expert'],
  ])('%s → %s (labels with a colon or before one name, label alone, meta words after the name)', (raw, want) => {
    expect(bylineOf(raw, site)).toBe(want);
  });

  it('reads the names after a byline label in the text, in any language, or in the element after a label alone', () => {
    const head = '<title>Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα</title>';
    const cases: [string, string][] = [
      ['<p class="meta">By <a href="/producers/jane-doe">Jane Doe</a></p>', 'Jane Doe'],
      ['<p>Written by<!-- --> <a href="/blog/author/a-b">Ana Bell and Kate Moss</a></p>', 'Ana Bell and Kate Moss'],
      ['<div><p>Written by</p><p>Edzel Tabing</p></div>', 'Edzel Tabing'],
      ['<div><h3>Autore</h3><p>Marco Rossi</p></div>', 'Marco Rossi'],
      ['<p>Von Anja Weber, 4. März 2025</p>', 'Anja Weber'],
      ['<p>Γράφει ο Γιώργος Παπαδόπουλος</p>'.replace('ο ', ''), 'Γιώργος Παπαδόπουλος'],
      ['<p>بقلم أحمد علي</p>', 'أحمد علي'],
      ['<p>Scris de Ion Popescu</p>', 'Ion Popescu'],
      ['<div class="tags"><strong>Contributors:</strong> Janet Loughrey</div>', 'Janet Loughrey'],
      ['<div><strong>Autor:</strong> <a href="/x">Jan Kowalski</a></div>', 'Jan Kowalski'],
    ];
    for (const [line, want] of cases) {
      expect(metadataOf(head, `<h1>Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα</h1>${line}<p>Κείμενο.</p>`).byline, line).toBe(want);
    }
  });

  it('takes no label line for a byline when no name follows, in a menu or in the comments', () => {
    const head = '<title>Story of the day</title>';
    expect(metadataOf(head, '<h1>Story of the day</h1><p>By the way, this is text.</p>').byline).toBeNull();
    expect(metadataOf(head, '<nav><ul><li>By Use Case</li></ul></nav><h1>Story of the day</h1><p>x</p>').byline).toBeNull();
    expect(metadataOf(head, '<h1>Story of the day</h1><p>x</p><section id="comments"><p>By Jane Reader</p><div class="comment-author">Jane Reader says:</div></section>').byline).toBeNull();
  });

  it('reads the name of a link to an author\'s page on the site, not on another site', () => {
    const url = 'https://www.exemplu.ro/politica/guvernul-a-aprobat-bugetul';
    const head = '<title>Guvernul a aprobat bugetul</title>';
    const body = (links: string): string => `<h1>Guvernul a aprobat bugetul</h1><div class="meta">${links}</div><p>Text.</p>`;
    expect(metadataOf(head, body('<a href="/autori/ion-popescu">Ion Popescu</a>'), url).byline).toBe('Ion Popescu');
    expect(metadataOf(head, body('<a href="https://www.exemplu.ro/blog/authors/maria-ionescu">Maria Ionescu</a>'), url).byline).toBe('Maria Ionescu');
    expect(metadataOf(head, body('<a href="https://social.example.org/author/ion">Ion on Social</a>'), url).byline).toBeNull();
    expect(metadataOf(head, body('<a href="/tag/buget">Buget</a>'), url).byline).toBeNull();
  });

  it('prefers a printed name to a user name or a template key ("andrew.keaveney", "KatieS")', () => {
    const article = (author: string): string => ld({ '@type': 'BlogPosting', headline: 'A long enough headline here', author: { '@type': 'Person', name: author } });
    expect(metadataOf(`<meta name="author" content="andrew.keaveney">${article('andrew.keaveney')}`, '<h1>A long enough headline here</h1><p class="byline">Denise Everheart</p><p>x</p>').byline).toBe('Denise Everheart');
    expect(metadataOf(article('KatieS'), '<h1>A long enough headline here</h1><div class="author">Aoife O\'Riordan</div><p>x</p>').byline).toBe("Aoife O'Riordan");
    expect(metadataOf('<meta name="author" content="page.head.extra.author">', '<h1>A long enough headline here</h1><p>Written by Tim Enwall</p>').byline).toBe('Tim Enwall');
    // Alone, a user name is still the byline.
    expect(metadataOf(article('jsteinhardt'), '<p>x</p>').byline).toBe('jsteinhardt');
  });

  it('reads "Written by" in a link preview\'s label and data pairs', () => {
    const m = metadataOf('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Nawaz Dhandala">', '<p>x</p>');
    expect(m.byline).toBe('Nawaz Dhandala');
    const ro = metadataOf('<meta name="twitter:label1" content="Scris de"><meta name="twitter:data1" content="Ion Popescu">', '<p>x</p>');
    expect(ro.byline).toBe('Ion Popescu');
  });

  it('names a JSON-LD author given only by the @id of a Person in the graph, never an Organization that way', () => {
    const graph = (author: unknown, person: unknown): string => ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'A long enough headline here', author }, person] });
    const m = metadataOf(graph({ '@id': 'https://x.example/#/schema/person/1' }, { '@type': 'Person', '@id': 'https://x.example/#/schema/person/1', name: 'Jayesh Shinde' }), '<p>x</p>');
    expect(m.byline).toBe('Jayesh Shinde');
    const org = metadataOf(`<meta property="og:site_name" content="Example News">${graph({ '@id': '#org' }, { '@type': 'Organization', '@id': '#org', name: 'Example News' })}`, '<p>x</p>');
    expect(org.byline).toBeNull();
  });

  it('keeps the page\'s wording of several authors ("and") over a meta tag\'s list', () => {
    const m = metadataOf(
      `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jared Newman, Sam Singleton">${ld({ '@type': 'NewsArticle', headline: 'A long enough headline here', author: [{ '@type': 'Person', name: 'Jared Newman' }, { '@type': 'Person', name: 'Sam Singleton' }] })}`,
      '<h1>A long enough headline here</h1><p>By Jared Newman and Sam Singleton</p><p>x</p>',
    );
    expect(m.byline).toBe('Jared Newman and Sam Singleton');
  });

  it('reads a byline element when the metadata names nobody', () => {
    const m = metadataOf('<title>Story</title>', '<h1>Story</h1><div class="article-byline">Von Sina Giebel</div><p>x</p>');
    expect(m.byline).toBe('Sina Giebel');
  });
});

describe('published date', () => {
  it('prefers JSON-LD, then meta, then <time datetime>; ignores values that are not dates', () => {
    const both = metadataOf(`<meta property="article:published_time" content="2024-03-11T08:00:00Z">${ld({ '@type': 'BlogPosting', headline: 'A headline for the post', datePublished: '2024-03-12T10:00:00+02:00' })}`, '<time datetime="2024-03-13">13 March</time>');
    expect(both.publishedTime).toBe('2024-03-12T10:00:00+02:00');
    const meta = metadataOf('<meta property="article:published_time" content="not a date"><meta name="pubdate" content="2024-03-11">', '<time datetime="2024-03-13">13 March</time>');
    expect(meta.publishedTime).toBe('2024-03-11');
    const time = metadataOf('', '<p>Publicat <time datetime="2024-03-13T09:30">13 martie</time></p>');
    expect(time.publishedTime).toBe('2024-03-13T09:30');
    expect(metadataOf('', '<p>x</p>').publishedTime).toBeNull();
    // A day without a year is no date (a browser would make "Apr 12" the 12th of April 2001).
    expect(metadataOf('<meta name="pubdate" content="Apr 12">', '<p>x</p>').publishedTime).toBeNull();
  });

  it('takes the date printed with the headline first (a sidebar\'s dates are not it)', () => {
    const sidebar = '<aside>' + Array.from({ length: 30 }, (_, i) => `<div class="teaser"><span class="date">${i + 1} January 2020</span></div>`).join('') + '</aside>';
    const page = (line: string): string => `${sidebar}<article><h1>Guvernul a aprobat bugetul pe anul viitor</h1>${line}<p>Text.</p></article>`;
    const head = ld({ '@type': 'NewsArticle', headline: 'Guvernul a aprobat bugetul pe anul viitor', datePublished: '2024-01-02' });
    expect(metadataOf(head, page('<div class="post-meta">Actualizat: 4 septembrie 2025, 10:22</div>')).publishedTime).toBe('2025-09-04');
    expect(metadataOf(head, page('<p class="byline">Von Anja Weber, 4. März 2025</p>')).publishedTime).toBe('2025-03-04');
    expect(metadataOf(head, page('<div class="dateline"><time datetime="2025-03-05T08:00:00+01:00">5 Μαρτίου</time></div>')).publishedTime).toBe('2025-03-05T08:00:00+01:00');
    // No date by the headline: the metadata's.
    expect(metadataOf(head, page('')).publishedTime).toBe('2024-01-02');
  });
});

describe('the header line under the title', () => {
  it('shows the site once when the byline is the site ("BBC News · BBC News" never)', async () => {
    const { bylineAndSite } = await import('../core/text');
    expect(bylineAndSite('BBC News', 'BBC News')).toEqual(['BBC News']);
    expect(bylineAndSite('SPIEGEL ONLINE', 'Spiegel Online')).toEqual(['Spiegel Online']);
    expect(bylineAndSite('Jane Doe', 'BBC News')).toEqual(['Jane Doe', 'BBC News']);
    expect(bylineAndSite(null, 'BBC News')).toEqual(['BBC News']);
    expect(bylineAndSite('  ', null)).toEqual([]);
  });
});
