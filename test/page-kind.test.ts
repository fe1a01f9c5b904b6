import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../core/json-ld';
import { isListPage, measurePageKind, pageKindOf, type PageKind } from '../core/page-kind';
import { withDocument } from './helpers';

const URL = 'https://www.example-news.com/section/politics';

function kindOf(body: string, head = ''): PageKind {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Example</title>${head}</head><body>${body}</body></html>`;
  return withDocument(html, URL, (doc) => {
    const types = readJsonLd(doc).flatMap((o) => o.types);
    const kind = pageKindOf(measurePageKind(doc.body, types));
    // The pipeline's shortcut (a declared article is not measured) gives the same answer.
    expect(isListPage(doc.body, types)).toBe(kind === 'list');
    return kind;
  });
}

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const nav = '<nav><ul>' + ['Home', 'Politics', 'Economy', 'Sport', 'Culture', 'Opinion'].map((s) => `<li><a href="/${s}">${s}</a></li>`).join('') + '</ul></nav>';
const HEADLINES = [
  'Parliament approves the budget after a long night of debate',
  'Ministers meet unions as the strike enters its third day',
  'Opposition calls for an inquiry into the procurement deal',
  'Regional elections: turnout higher than expected in the north',
  'Court rules on the new housing law after months of appeals',
  'Government to raise the minimum wage from January next year',
  'Mayor unveils plan for new tram lines across the old town',
  'Farmers protest in the capital over the price of diesel fuel',
  'Schools reopen after the floods damaged dozens of buildings',
  'Hospital waiting lists fall for the first time in five years',
  'Central bank keeps rates unchanged for the fourth month running',
  'New bridge opens to traffic two years later than planned',
];
const cards = (items = HEADLINES, excerpt = true): string => '<div class="grid">' + items.map((h, i) =>
  `<article class="card card-${i}"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/p/${i}">${h}</a></h3>${excerpt ? '<p>A short standfirst of the story.</p>' : ''}<span class="time">2 hours ago</span></article>`).join('') + '</div>';
const PROSE = [
  'The parliament approved the budget for next year after a debate that lasted through the night, with the governing coalition holding together on every vote.',
  'The finance minister said the plan keeps the deficit under three percent while raising spending on schools and hospitals by a tenth.',
  'Opposition parties criticised the cuts to regional transport and said they would challenge two of the measures before the constitutional court.',
  'Economists said the growth forecast behind the plan is optimistic, but the bond markets reacted calmly to the vote on Tuesday morning.',
  'The budget now goes to the president, who has fifteen days to sign it or to send it back to the parliament with his objections.',
];
const article = (extra = ''): string => `${nav}<main><article><h1>Parliament approves next year's budget</h1><div class="byline">By Jane Doe</div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>${extra}</main>`;

describe('page kind: a page of links is not an article', () => {
  it('a section front of headline cards is a list', () => {
    expect(kindOf(`${nav}<main><h1>Politics</h1>${cards()}</main>`)).toBe('list');
  });

  it('search results and tag pages (list items of headline links with snippets) are lists', () => {
    const results = '<ol class="results">' + HEADLINES.map((h, i) => `<li class="result"><a href="/p/${i}">${h}</a><div class="snippet">…the budget… ${i} days ago</div></li>`).join('') + '</ol>';
    expect(kindOf(`${nav}<h1>Search results for “budget”</h1>${results}`)).toBe('list');
  });

  it('a page that declares itself a collection needs fewer cards', () => {
    const four = cards(HEADLINES.slice(0, 5));
    expect(kindOf(`${nav}<h1>Tag: budget</h1>${four}`)).toBe('article');
    expect(kindOf(`${nav}<h1>Tag: budget</h1>${four}`, ld({ '@type': 'CollectionPage', name: 'Budget' }))).toBe('list');
  });

  it('an article with a grid of related stories under it stays an article', () => {
    expect(kindOf(article(`<section class="related"><h2>Read also</h2>${cards()}</section>`))).toBe('article');
  });

  it('a short brief that declares itself a NewsArticle stays an article, whatever surrounds it', () => {
    const brief = `${nav}<article><h1>Budget approved</h1><p>${PROSE[0]}</p></article>${cards()}`;
    expect(kindOf(brief)).toBe('list');
    expect(kindOf(brief, ld({ '@type': 'NewsArticle', headline: 'Budget approved' }))).toBe('article');
  });

  it('a forum thread (posts with the author\'s link and text of their own) stays a page with an answer', () => {
    const posts = Array.from({ length: 12 }, (_, i) => `<div class="post"><div class="author"><a href="/u/${i}">Member number ${i} here</a></div><div class="post-body">I had the same problem with the router after the update, and resetting it to factory settings fixed it for me. Try that first and tell us what happens next time it drops.</div><a href="/report/${i}">Report</a></div>`).join('');
    expect(kindOf(`${nav}<h1>Router drops the connection every night</h1>${posts}`)).toBe('article');
  });

  it('a documentation page with a sidebar of links and prose of its own stays', () => {
    const sidebar = '<aside><ul>' + HEADLINES.map((h, i) => `<li class="toc-item"><a href="/docs/${i}">${h}</a></li>`).join('') + '</ul></aside>';
    expect(kindOf(`${nav}${sidebar}<main><h1>Installing the client</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</main>`)).toBe('article');
  });
});
