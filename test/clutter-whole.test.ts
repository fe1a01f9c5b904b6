/**
 * Clutter removed whole, by structure rather than words: what a teaser widget leaves after the
 * article when Readability drops its headline links (its outlet names one per line, its label), and
 * a section kicker link above the headline. The negative cases are article endings and openings
 * that look alike and must stay.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../bench/score';
import type { Article } from '../core/types';
import { ARTICLE_TEXTS, type ArticleLanguage } from './article-texts';
import { articlePage, extractArticle, listing } from './helpers';

const URL_OF_PAGE = 'https://www.example-news.com/city/2025/03/12/council-budget-approved';

function run(lang: ArticleLanguage, spec: { above?: string; clutter?: string; after?: number }): Article {
  const { title, paragraphs } = ARTICLE_TEXTS[lang];
  return extractArticle(articlePage({ lang, dir: lang === 'ar' ? 'rtl' : undefined, title, paragraphs, after: spec.after ?? paragraphs.length, ...spec }), URL_OF_PAGE);
}

const has = (article: Article, line: string): boolean => normalize(article.text).includes(normalize(line));
const removals = (article: Article): string => article.removed.map((r) => `  ${r.stage}/${r.rule}: ${JSON.stringify(r.text.slice(0, 100))}`).join('\n');

function expectRemovedBy(article: Article, lang: ArticleLanguage, rule: string, lines: readonly string[]): void {
  const leaked = lines.filter((line) => has(article, line));
  expect(leaked, `${listing('left in the article', leaked)}removed:\n${removals(article)}`).toEqual([]);
  const uncredited = lines.filter((line) => !article.removed.some((r) => r.rule === rule && normalize(r.text).includes(normalize(line))));
  expect(uncredited, `${listing(`not credited to ${rule}`, uncredited)}removed:\n${removals(article)}`).toEqual([]);
  const missing = ARTICLE_TEXTS[lang].paragraphs.filter((p) => !has(article, p));
  expect(missing, listing('missing article paragraphs', missing)).toEqual([]);
}

function expectKept(article: Article, lines: readonly string[]): void {
  const gone = lines.filter((line) => !has(article, line));
  expect(gone, `${listing('removed', gone)}removed:\n${removals(article)}`).toEqual([]);
}

/** A promo widget's cards after Readability dropped their headline links: picture gone, source name left. */
function remains(names: readonly string[]): string {
  return `<div class="grid">${names.map((name) => `<div class="card"><span class="name">${name}</span></div>`).join('')}</div>`;
}

describe('what a teaser widget leaves after the article', () => {
  const runs: { lang: ArticleLanguage; names: string[] }[] = [
    { lang: 'ro', names: ['Mediafax', 'Digi24', 'Cancan.ro', 'Prosport.ro', 'Gandul.ro'] },
    { lang: 'el', names: ['Protothema.gr', 'Newsbomb', 'Iefimerida.gr', 'Gazzetta.gr'] },
    { lang: 'it', names: ['Corriere.it', 'Repubblica.it', 'Fanpage', 'Ilpost.it'] },
    { lang: 'ar', names: ['Alarabiya.net', 'Aljazeera.net', 'سكاي نيوز', 'Masrawy.com'] },
  ];
  for (const { lang, names } of runs) {
    it(`${lang}: a run of outlet names, one per line (${names.join(', ')})`, () => {
      expectRemovedBy(run(lang, { clutter: remains(names) }), lang, 'promo.widget-remains', names);
    });
  }

  it('ro: a teaser list\'s label with nothing left under it', () => {
    expectRemovedBy(run('ro', { clutter: '<h3>Ultimele știri</h3>' }), 'ro', 'promo.widget-remains', ['Ultimele știri']);
  });

  it('ro: the label and the outlet names it headed', () => {
    const names = ['Mediafax', 'Digi24', 'Cancan.ro', 'Prosport.ro'];
    expectRemovedBy(run('ro', { clutter: `<h3>Din rețeaua noastră</h3>${remains(names)}` }), 'ro', 'promo.widget-remains', ['Din rețeaua noastră', ...names]);
  });

  it('de: a list of names that ends the article stays (no domains: the article\'s own list)', () => {
    const cast = ['Bruce Maddox', 'Narek', 'Hugh', 'Soji Asha'];
    const list = `<h3>Sonstige Figuren</h3><ul>${cast.map((name) => `<li>${name}</li>`).join('')}</ul>`;
    expectKept(run('de', { clutter: list }), ['Sonstige Figuren', ...cast]);
  });

  it('en: a signature and a place after the article stay', () => {
    expectKept(run('en', { clutter: '<p>Jane Doe</p><p>Brussels</p>' }), ['Jane Doe', 'Brussels']);
  });

  it('en: a heading followed by the article\'s own short lines stays', () => {
    const clutter = '<h3>Opening hours</h3><p>Monday to Friday</p><p>9am to 5pm</p>';
    expectKept(run('en', { clutter }), ['Opening hours', 'Monday to Friday', '9am to 5pm']);
  });
});

describe('a section kicker above the headline', () => {
  const kickers: { lang: ArticleLanguage; kicker: string; href: string }[] = [
    { lang: 'ro', kicker: 'Externe', href: '/externe' },
    { lang: 'el', kicker: 'Διεθνή', href: '/kosmos' },
    { lang: 'ar', kicker: 'عربي ودولي', href: '/world' },
    { lang: 'en', kicker: 'World', href: '/news/world' },
  ];
  for (const { lang, kicker, href } of kickers) {
    it(`${lang}: "${kicker}" linking to ${href}`, () => {
      const article = run(lang, { above: `<p class="kicker"><a href="${href}">${kicker}</a></p>` });
      expectRemovedBy(article, lang, 'chrome.section-links', [kicker]);
    });
  }

  it('en: a link to an article or an author above the text stays', () => {
    const above = '<p><a href="/news/2025/03/11/council-meeting-preview">Preview</a></p><p><a href="/author/jane-doe">Jane Doe</a></p>';
    expectKept(run('en', { above }), ['Preview']);
  });
});
