import { describe, expect, it } from 'vitest';
import { articleMetadata, metaContents, readPageMetadata } from '../core/metadata';
import { dateInText, datelineOf, isDateline } from '../core/dates';
import { withDocument } from './helpers';

/** A page's head and body through the reader and the chooser, as the pipeline runs them. */
function publishedTime(head: string, body: string, fallback?: string): string | null {
  const url = 'https://www.example-news.com/story';
  const html = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  return withDocument(html, url, (doc) => articleMetadata(readPageMetadata(doc, metaContents(doc)), { url, publishedTime: fallback }).publishedTime);
}

/** A headline, the line under it (no date class, no <time>), and a paragraph of text. */
const article = (line: string): string => `<header><a href="/">Home</a></header><article><h1>A headline long enough to be the one</h1><div class="x-1a2b"><span>${line}</span></div><p>The text of the article, a paragraph long enough to read as prose in any language.</p></article>`;

describe('a date line by the headline, without a date class', () => {
  it.each([
    ['By Dr. Jane Doe - Mar 27, 2024', '2024-03-27'],
    ['Faith Katunga • Oct 20, 2025', '2025-10-20'],
    ['Publicat: 4 septembrie 2025, 10:22', '2025-09-04'],
    ['Δημοσιεύθηκε: 12 Μαρτίου 2024', '2024-03-12'],
    ['Pubblicato il 3 settembre 2024 alle 10:15', '2024-09-03'],
    ['Veröffentlicht am 04.09.2025', '2025-09-04'],
    ['Publicado el 12 de marzo de 2024', '2024-03-12'],
    ['Opublikowano 7 października 2023', '2023-10-07'],
    ['Опубликовано 5 мая 2024', '2024-05-05'],
    ['Essay - Published: 2025.12.17', '2025-12-17'],
  ])('%s → %s', (line, want) => {
    expect(publishedTime('', article(line))).toBe(want);
  });

  it('gives the published date of a line that also has an update date, in any order', () => {
    expect(publishedTime('', article('Published on Oct 21, 2025 Updated on Mar 9, 2026'))).toBe('2025-10-21');
    expect(publishedTime('', article('Updated on Mar 9, 2026 · Published on Oct 21, 2025'))).toBe('2025-10-21');
    expect(publishedTime('', article('August 16, 2019 - Updated July 9, 2025'))).toBe('2019-08-16');
    expect(publishedTime('', article('Actualizat: 9 martie 2026 · Publicat: 21 octombrie 2025'))).toBe('2025-10-21');
  });

  it('takes an update date when it is the only date the page prints', () => {
    expect(publishedTime('', article('Last updated: Dec 12, 2025'))).toBe('2025-12-12');
  });

  it('never takes a sentence of the text, or a teaser link, that names a day', () => {
    const sentence = '<article><h1>A headline long enough to be the one</h1><p>On March 3, 2024 the council voted the budget down.</p></article>';
    expect(publishedTime('', sentence)).toBeNull();
    const teaser = '<article><h1>A headline long enough to be the one</h1><a href="/other"><span>March 3, 2024</span></a></article>';
    expect(publishedTime('', teaser)).toBeNull();
  });
});

describe('dates written in other ways', () => {
  it('reads a day, a short month and a year joined by hyphens', () => {
    expect(dateInText('By: Someone on 04-ago-2021 5:11:10')).toBe('2021-08-04');
    expect(dateInText('12-Mar-2024')).toBe('2024-03-12');
  });

  it('knows a date line from a sentence', () => {
    expect(isDateline('Jane Doe · 23.07.2025 · 6 min read')).toBe(true);
    expect(isDateline('On March 3, 2024 the council voted the budget down.')).toBe(false);
    expect(isDateline('no date at all')).toBe(false);
  });

  it('says which date of a line is an update', () => {
    expect(datelineOf('Zuletzt aktualisiert: 5. März 2025')).toEqual({ date: '2025-03-05', updated: true });
    expect(datelineOf('Gepubliceerd 2 mei 2024, bijgewerkt 4 mei 2024')).toEqual({ date: '2024-05-02', updated: false });
  });
});

describe('publication dates in other meta keys and formats', () => {
  it('reads meta keys that name a publication date, never an update', () => {
    expect(publishedTime('<meta name="published" content="July 17, 2025">', '<p>x</p>')).toBe('2025-07-17');
    expect(publishedTime('<meta name="x-published-date" content="2025-05-27T06:03:43Z">', '<p>x</p>')).toBe('2025-05-27T06:03:43Z');
    expect(publishedTime('<meta name="citation_publication_date" content="2019/1/22">', '<p>x</p>')).toBe('2019-01-22');
    expect(publishedTime('<meta name="last-updated-date" content="2025-05-27">', '<p>x</p>')).toBeNull();
  });

  it('prefers a key that names a day to one that names a time', () => {
    expect(publishedTime('<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16">', '<p>x</p>')).toBe('2021-02-16');
  });

  it('gives a date that is not ISO 8601 as its day, and keeps an ISO time with its own offset', () => {
    expect(publishedTime('<meta name="pubdate" content="Nov 05, 2025">', '<p>x</p>')).toBe('2025-11-05');
    expect(publishedTime('<meta name="pubdate" content="2025-11-7">', '<p>x</p>')).toBe('2025-11-07');
    expect(publishedTime('<meta property="article:published_time" content="2025-03-04T23:30:00+02:00">', '<p>x</p>')).toBe('2025-03-04T23:30:00+02:00');
    expect(publishedTime('', '<p>x</p>', 'Dec 03, 2025')).toBe('2025-12-03');
  });
});
