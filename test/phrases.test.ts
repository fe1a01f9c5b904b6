/**
 * Every phrase of every table in core/phrases.ts makes the rules that use it remove a minimal page's
 * line, through the rule engine directly. Each probe below is a page with one slot for a phrase (and
 * the part that must go marked `data-drop`); the same page with a made-up word in the slot must keep
 * everything, so each probe shows that the phrase is what the rule reacts to. A new phrase needs
 * nothing more; a new table needs a probe here (the last test says which one is missing).
 */
import { describe, expect, it } from 'vitest';
import * as phrases from '../core/phrases';
import { RULES } from '../core/rules/catalog';
import { runExample } from './rule-runner';

/** A page for one phrase (`w`), run by one rule; `inverse`: the phrase is what keeps the block. */
interface Probe {
  rule: string;
  tables: readonly string[];
  page: (w: string) => string;
  inverse?: boolean;
}

const P = '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p>';
const LINKS = '<a href="/t/a">the city budget for 2025</a>, <a href="/t/b">new electric buses in the city centre</a>';
const THREAD = (line: (name: string) => string): string =>
  `<p>The council approved the budget.</p><div data-drop>${line('Jane')}</div><p data-drop>Great news for the buses.</p><div data-drop>${line('Ion')}</div><p data-drop>Indeed it is.</p>`;

/** A word of fortune in each language, for a sign name that is also an everyday word. */
const FORTUNE_WORDS = 'noroc τυχη حظ fortuna luck chanceux gluck suerte sorte szczescie';
/** One sign name per language that is also an everyday word (Leo), and one that is not (Aries, Capricorn in Polish). */
const EVERYDAY_SIGN: Readonly<Record<string, string>> = { ro: 'Leu', el: 'Λέων', ar: 'الأسد', it: 'Leone', en: 'Leo', fr: 'Lion', de: 'Löwe', es: 'Leo', pt: 'Leão', pl: 'Lew' };
const UNAMBIGUOUS_SIGN: Readonly<Record<string, string>> = { ro: 'Berbec', el: 'Κριός', ar: 'الجوزاء', it: 'Ariete', en: 'Aries', fr: 'Bélier', de: 'Widder', es: 'Aries', pt: 'Áries', pl: 'Koziorożec' };
/** Context words count next to a sign of their own language: the sign for the language of `w` in `table`. */
function signOf(table: phrases.PhraseTable, w: string, signs: Readonly<Record<string, string>>): string {
  const lang = Object.keys(table).find((code) => table[code]!.some((phrase) => sample(phrase) === w)) ?? 'en';
  return signs[lang]!;
}

const PROBES: readonly Probe[] = [
  { rule: 'comments.section', tables: ['COMMENT_WORDS'], page: (w) => `<p>The council approved the budget.</p><h3 data-drop>${w} (2)</h3>` },
  { rule: 'comments.login-prompt', tables: ['COMMENT_WORDS'], page: (w) => `<p>The council approved the budget.</p><p data-drop>Sign in to ${w}</p>` },
  { rule: 'comments.login-prompt', tables: ['LOGIN_WORDS'], page: (w) => `<p>The council approved the budget.</p><p data-drop>${w} to comment</p>` },
  { rule: 'comments.action', tables: ['COMMENT_ACTIONS'], page: (w) => `<p>The council approved the budget for next year.</p><button data-drop>${w}</button>` },
  { rule: 'comments.action', tables: ['COMMENT_COUNTERS'], page: (w) => `<p>The council approved the budget for next year.</p><button data-drop>12 ${w}</button>` },
  { rule: 'comments.thread', tables: ['COMMENT_BY'], page: (w) => THREAD((name) => `Comment ${w} ${name}`) },
  { rule: 'comments.thread', tables: ['SAYS'], page: (w) => THREAD((name) => `${name} ${w}:`) },
  { rule: 'comments.thread', tables: ['AGO_BEFORE'], page: (w) => THREAD((name) => `${name} • ${w} ${name === 'Jane' ? 2 : 5} ore`) },
  { rule: 'comments.thread', tables: ['AGO_AFTER'], page: (w) => THREAD((name) => `${name} • ${name === 'Jane' ? 2 : 5} hours ${w}`) },
  { rule: 'comments.thread', tables: ['YESTERDAY'], page: (w) => THREAD((name) => `${name}, ${w}`) },
  { rule: 'comments.container', tables: ['COMMENT_MARKUP'], page: (w) => `<div class="x-${w}" data-drop><p>Great news.</p></div>` },
  { rule: 'comments.container', tables: ['LIVE_MARKUP'], inverse: true, page: (w) => `<div class="comments ${w}" data-drop><p>12' Rossi scores.</p></div>` },
  { rule: 'horoscope.teaser', tables: ['HOROSCOPE'], page: (w) => `<p>The council approved the budget.</p><div data-drop><a href="/x">${w} de azi</a></div>` },
  {
    rule: 'promo.labelled-links', tables: ['RELATED', 'SPONSORED'],
    page: (w) => `<div data-drop><h4>${w}</h4><ul><li><a href="/a">Bugetul pe 2025 a fost aprobat</a></li><li><a href="/b">Noile autobuze sosesc în martie</a></li></ul></div>`,
  },
  {
    rule: 'promo.inline-read-also', tables: ['RELATED'],
    page: (w) => `<p data-drop>${w}: <a href="/a">Bugetul pe 2025 a fost aprobat de consiliul local după o dezbatere lungă</a></p>`,
  },
  { rule: 'promo.related-box', tables: ['RELATED_MARKUP'], page: (w) => `<div class="x-${w}" data-drop><a href="/a">Budget debate</a></div>` },
  { rule: 'promo.disclosure', tables: ['DISCLOSURE'], page: (w) => `<p data-drop>${w} - Jetzt den neuen Tarif sichern</p>` },
  { rule: 'chrome.share-follow', tables: ['SHARE', 'FOLLOW'], page: (w) => `${P}<div data-drop><a href="#">${w}</a> <a href="#">Facebook</a></div>` },
  { rule: 'chrome.share-follow', tables: ['FOLLOW', 'SHARE'], page: (w) => `${P}<p data-drop>${w} Example Daily pe Facebook</p>` },
  { rule: 'chrome.share-follow', tables: ['SOCIAL_NETWORKS'], page: (w) => `${P}<div data-drop><a href="#">${w}</a> <a href="#">Twitter</a></div>` },
  { rule: 'chrome.share-follow', tables: ['SHARE_FILLER'], page: (w) => `${P}<div data-drop><a href="#">Facebook</a> ${w} <a href="#">Twitter</a></div>` },
  { rule: 'chrome.share-follow', tables: ['AND_PREFIX'], page: (w) => `${P}<div data-drop><a href="#">فيسبوك</a> <a href="#">${w}تويتر</a></div>` },
  { rule: 'chrome.share-container', tables: ['SHARE_MARKUP'], page: (w) => `<div class="x-${w}" data-drop><a href="#">Share</a></div>` },
  { rule: 'chrome.cookie-banner', tables: ['CONSENT_MARKUP'], page: (w) => `<div class="x-${w}" data-drop><p>We use cookies.</p></div>` },
  { rule: 'chrome.breadcrumb', tables: ['BREADCRUMB_HOME'], page: (w) => `<div data-drop><a href="/">${w}</a> › <a href="/city">City</a></div>` },
  { rule: 'chrome.newsletter', tables: ['NEWSLETTER'], page: (w) => `<div data-drop><p>${w}</p><form><input type="email"></form></div>` },
  { rule: 'chrome.article-meta', tables: ['ARTICLE_META'], page: (w) => `<p data-drop>${w}: 12.03.2025</p>` },
  { rule: 'chrome.article-meta', tables: ['READING_TIME_UNITS'], page: (w) => `<p data-drop>Reading time: 4 ${w}</p>` },
  { rule: 'chrome.article-meta', tables: ['BYLINE'], page: (w) => `<p data-drop>${w} Jane Doe</p>` },
  { rule: 'chrome.follow-call', tables: ['CALLS'], page: (w) => `${P}<p data-drop>${w} our app</p>` },
  { rule: 'chrome.follow-call', tables: ['CHANNELS'], page: (w) => `${P}<p data-drop>Download our ${w}</p>` },
  { rule: 'chrome.post-footer', tables: ['POST_FOOTER'], page: (w) => `${P}<p data-drop>${w} City.</p>` },
  { rule: 'chrome.contact-section', tables: ['CONTACT'], page: (w) => `${P}<h3 data-drop>${w}</h3><p data-drop>Anna Muster, +49 30 123456</p>` },
  { rule: 'chrome.source-line', tables: ['SOURCE'], page: (w) => `${P}<p data-drop>${w}: dpa</p>` },
  { rule: 'chrome.tags', tables: ['TAGS'], page: (w) => `${P}<div data-drop><span>${w}:</span> ${LINKS}</div>` },
  { rule: 'chrome.inline-tags', tables: ['TAGS'], page: (w) => `<p data-drop>${w}: ${LINKS}</p>` },
  { rule: 'chrome.author-box', tables: ['ABOUT_AUTHOR'], page: (w) => `<div data-drop><h4>${w}</h4><p>Jane Doe covers the city council.</p></div>` },
  { rule: 'chrome.author-box-markup', tables: ['AUTHOR_BOX_MARKUP'], page: (w) => `<div class="c-${w}" data-drop><p>Jane Doe covers the city council.</p></div>` },
  { rule: 'chrome.feedback', tables: ['FEEDBACK'], page: (w) => `<p data-drop>${w}?</p>` },
  { rule: 'chrome.load-more', tables: ['LOAD_MORE'], page: (w) => `<button data-drop>${w}</button>` },
  { rule: 'chrome.image-credit', tables: ['PHOTO_CREDITS'], page: (w) => `<p>The new buses.</p><p data-drop>© ${w}</p>` },
  { rule: 'chrome.image-credit', tables: ['CREDIT_LABELS'], page: (w) => `<p>The new buses.</p><span data-drop>${w}: Jane Doe</span>` },
  { rule: 'chrome.image-credit', tables: ['CREDIT_MARKS'], page: (w) => `<p>The new buses.</p><span data-drop>${w}: Jane Doe for Reuters</span>` },
  { rule: 'chrome.image-credit', tables: ['CREDIT_BY'], page: (w) => `<p>The new buses.</p><span data-drop>Bild ${w} Jane Doe</span>` },
  { rule: 'chrome.copyright', tables: ['COPYRIGHT'], page: (w) => `<p data-drop>${w} Example News</p>` },
  { rule: 'chrome.media-player', tables: ['MEDIA_PLAYER'], page: (w) => `${P}<p data-drop>${w}</p>` },
  { rule: 'chrome.media-player', tables: ['MEDIA_NOTICES'], page: (w) => `${P}<p data-drop>Sorry, ${w} here.</p>` },
  { rule: 'chrome.media-label', tables: ['MEDIA_LABELS'], page: (w) => `${P}<p data-drop>${w}, Getty Images</p>` },
  { rule: 'horoscope.teaser', tables: ['ZODIAC_SIGNS'], page: (w) => `<p>The council approved the budget.</p><div data-drop><a href="/x">${w}: 13.03</a></div>` },
  { rule: 'horoscope.teaser', tables: ['ZODIAC_SIGNS_EVERYDAY'], page: (w) => `<p>The council approved the budget.</p><div data-drop><a href="/x">${w}: ${FORTUNE_WORDS}</a></div>` },
  { rule: 'horoscope.teaser', tables: ['HOROSCOPE_FORTUNE'], page: (w) => `<p>The council approved the budget.</p><div data-drop><a href="/x">${signOf(phrases.HOROSCOPE_FORTUNE, w, EVERYDAY_SIGN)}: ${w}</a></div>` },
  { rule: 'horoscope.teaser', tables: ['HOROSCOPE_PERIOD'], page: (w) => `<p>The council approved the budget.</p><div data-drop><a href="/x">${signOf(phrases.HOROSCOPE_PERIOD, w, UNAMBIGUOUS_SIGN)}: ${w}</a></div>` },
  { rule: 'chrome.paywall', tables: ['PAYWALL'], page: (w) => `<p data-drop>${w}</p>` },
  { rule: 'chrome.paywall', tables: ['PAYWALL_PROMPTS'], page: (w) => `<p data-drop>Yes, ${w}, today.</p>` },
  { rule: 'chrome.section-links', tables: ['PERSON_AND_TAG_PATHS'], inverse: true, page: (w) => `<p data-drop><a href="/${w}">Externe</a></p>${P}` },
];

/** Tables no rule reads: tested where they are used. */
const READ_OUTSIDE_THE_RULES: Record<string, string> = {
  MONTHS: 'written dates in core/dates.ts',
  BYLINE_MARKUP: 'bylines read by class in core/metadata.ts (test/metadata.test.ts)',
  AUTHOR_PATHS: 'links to an author\'s page read as the byline in core/metadata.ts (test/metadata.test.ts)',
  SURNAME_PARTICLES: 'surnames kept whole in bylines in core/metadata.ts (test/metadata.test.ts)',
  PUBLISHED_LABELS: 'the published date of a date line in core/dates.ts (test/dates-lines.test.ts)',
  UPDATED_LABELS: 'the update date of a date line in core/dates.ts (test/dates-lines.test.ts)',
};

/** A word no table holds: in its place the probe's page must keep everything. */
const NOT_A_PHRASE = 'zebra';

/** A table's phrase as page text: a stem without its `*`, "hier [à]" as "hier à". */
function sample(phrase: string): string {
  return phrase.replace(/\*$/u, '').replace(/\s*\[([^\]]+)\]$/u, ' $1');
}

type Table = phrases.PhraseTable | readonly string[];
const TABLES = Object.entries(phrases).filter((entry): entry is [string, Table] => typeof entry[1] === 'object');
const tableNamed = (name: string): Table => TABLES.find(([n]) => n === name)?.[1] ?? [];
const phrasesOf = (table: Table): string[] => (Array.isArray(table) ? [...table] : phrases.allPhrases(table as phrases.PhraseTable));

/** True when the rule removed every marked element (and nothing else) of the page. */
function dropsMarked(ruleId: string, html: string): boolean {
  const rule = RULES.find((r) => r.id === ruleId)!;
  const { root, removals, marked } = runExample(rule, html, rule.stages.includes('article') ? 'article' : 'page');
  const removed = removals.flatMap((removal) => removal.elements);
  return marked.length > 0 && marked.every((el) => !root.contains(el)) && removed.every((el) => el.closest('[data-drop]') !== null);
}

describe('every phrase makes the rules that use it react', () => {
  for (const probe of PROBES) {
    for (const name of probe.tables) {
      it(`${name} in ${probe.rule}`, () => {
        const failing = phrasesOf(tableNamed(name)).filter((phrase) => dropsMarked(probe.rule, probe.page(sample(phrase))) === Boolean(probe.inverse));
        expect(failing, `phrases of ${name} that ${probe.rule} ${probe.inverse ? 'does not keep' : 'does not remove'} on its probe`).toEqual([]);
        expect(dropsMarked(probe.rule, probe.page(NOT_A_PHRASE)), `the probe with "${NOT_A_PHRASE}" in the phrase's place`).toBe(Boolean(probe.inverse));
      });
    }
  }

  it('has a probe for every table of core/phrases.ts the rules read, in a rule of the catalog', () => {
    const probed = new Set(PROBES.flatMap((probe) => probe.tables));
    expect(TABLES.map(([name]) => name).filter((name) => !probed.has(name) && !(name in READ_OUTSIDE_THE_RULES))).toEqual([]);
    expect(PROBES.filter((probe) => !RULES.some((rule) => rule.id === probe.rule)).map((probe) => probe.rule)).toEqual([]);
  });
});
