import { describe, expect, it } from 'vitest';
import { normalize } from '../bench/score';
import { elementAt, missesProse, pathTo, proseCluster } from '../core/prose';
import { extractBenchPage, withDocument } from './helpers';

const URL = 'https://news.example.com/letters/1';
const LETTER = [
  'Our cultural institutions are facing a moment of trial, and the protests for justice are leading to overdue demands for reform of the police.',
  'The free exchange of information and ideas, the lifeblood of a liberal society, is daily becoming more constricted in ways that worry many of us.',
  'This stifling atmosphere will ultimately harm the most vital causes of our time, and the restriction of debate invariably hurts those who lack power.',
  'We refuse any false choice between justice and freedom, which cannot exist without each other, and as writers we need a culture that leaves room.',
  'Editors are fired for running controversial pieces, books are withdrawn for alleged inauthenticity, and professors are investigated for quoting works.',
];
const names = Array.from({ length: 60 }, (_, i) => `<strong>Person ${i}</strong>, <span>University ${i}</span><br>`).join('');
const PAGE = `<!doctype html><html lang="en"><head><title>A letter</title></head><body><nav><a href="/">Home</a></nav>
<div class="content"><h1>A letter</h1><div class="letter">${LETTER.map((p) => `<p><span>${p}</span></p>`).join('')}
<p>Short note, <a href="/more">more</a>.</p></div><table><tr><td>${names}</td></tr></table></div>
<aside><p><a href="/a">A long teaser headline that is all link and therefore navigation, not prose at all</a></p></aside></body></html>`;

describe('the prose cluster', () => {
  it('is the element holding the most paragraph prose, without short or link paragraphs', () => {
    const cluster = withDocument(PAGE, URL, (doc) => {
      const found = proseCluster(doc.body)!;
      return { className: found.container.className, paragraphs: found.paragraphs };
    });
    expect(cluster).toEqual({ className: 'letter', paragraphs: LETTER });
  });

  it('is missed by an article without its paragraphs and with little prose of its own, not by one that has them', () => {
    withDocument(PAGE, URL, (doc) => {
      const cluster = proseCluster(doc.body)!;
      expect(missesProse(doc.querySelector('table')!, cluster)).toBe(true);
      expect(missesProse(doc.querySelector('.content')!, cluster)).toBe(false);
      // An article with prose of its own (a long comment thread elsewhere may hold more) is not second-guessed.
      const ownProse = doc.createElement('div');
      for (const paragraph of LETTER) ownProse.append(Object.assign(doc.createElement('p'), { textContent: paragraph.split(' ').reverse().join(' ') }));
      expect(missesProse(ownProse, cluster)).toBe(false);
    });
  });

  it('finds the same element again by its path in another copy of the page', () => {
    withDocument(PAGE, URL, (doc) => {
      const cluster = proseCluster(doc.body)!;
      const copy = doc.cloneNode(true) as Document;
      expect(elementAt(copy.body, pathTo(doc.body, cluster.container))?.className).toBe('letter');
    });
  });

  it('keeps the prose on real pages where Readability alone takes a table of names or of contacts', () => {
    // trafilatura-eval: plain Readability returns the signatories (harpers.org) and a table of MPs'
    // addresses (dailymail.co.uk); the gold snippets are sentences of the article.
    for (const url of ['https://harpers.org/a-letter-on-justice-and-open-debate/', 'https://www.dailymail.co.uk/news/article-8772683/Chef-Jamie-Oliver-joins-Mail-Sundays-war-toxic-food.html']) {
      const { content, gold } = extractBenchPage(url);
      for (const snippet of gold.with) expect(normalize(content.text), url).toContain(normalize(snippet));
      expect(content.notes).toContain('Readability chose a block without most of the page\'s prose; the article is the prose instead.');
    }
  });

  it('is not the legal text of a consent dialog, however long (meininger.de: 27,000 characters of it)', () => {
    const { content, gold } = extractBenchPage('https://www.meininger.de/wein/erzeuger/lvmh-mit-ordentlichem-wachstum');
    for (const snippet of gold.with) expect(normalize(content.text)).toContain(normalize(snippet));
    expect(content.text).not.toContain('Verarbeitungsvorgänge');
    expect(content.notes).not.toContain('Readability chose a block without most of the page\'s prose; the article is the prose instead.');
  });
});
