import { describe, expect, it } from 'vitest';
import {
  compareTiming,
  median,
  normalize,
  parseReference,
  percentile,
  scoreDaniel,
  scoreDanielPage,
  scoreFixture,
  fixtureTotals,
  scoreTrafilatura,
  scoreWcxb,
  scoreWcxbPage,
  titleMatches,
  authorFound,
  sameDay,
  calendarDay,
  wcxbWords,
  wordPrf,
  tokenize,
  tokenOverlap,
  worstPages,
  type DanielGoldPage,
  type FixtureGold,
  type OutputLine,
  type TrafilaturaPage,
  type WcxbPage,
} from '../bench/score';

const ok = (id: string, text: string, extra: Partial<OutputLine> = {}): OutputLine => ({ id, title: '', text, ms: 1, ...extra });
const lines = (...all: OutputLine[]): Map<string, OutputLine> => new Map(all.map((l) => [l.id, l]));

describe('normalize', () => {
  it('collapses every kind of Unicode whitespace to one space and trims', () => {
    expect(normalize('  a\u00a0\u00a0b\n\tc\u2003d\u3000e\u202f f  ')).toBe('a b c d e f');
  });
});

describe('trafilatura scoring', () => {
  const gold: Record<string, TrafilaturaPage> = {
    p1: { file: 'p1.html', with: ['The main story', 'second paragraph'], without: ['Impressum', 'Share on Twitter'], comments: ['great post!'] },
    p2: { file: 'p2.html', with: ['Another article body'], without: ['Newsletter'] },
  };

  it('scores a perfect extraction as P = R = F1 = 1', () => {
    const s = scoreTrafilatura(gold, lines(ok('p1', 'The main story. A second paragraph.'), ok('p2', 'Another article body')));
    expect(s).toMatchObject({ tp: 3, fn: 0, fp: 0, tn: 3, precision: 1, recall: 1, f1: 1, errors: 0 });
  });

  it('lowers recall for a missed snippet and precision for a leaked one', () => {
    const s = scoreTrafilatura(gold, lines(ok('p1', 'The main story. Impressum'), ok('p2', 'Another article body')));
    expect(s).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 2 });
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(4 / 6);
    expect(s.withoutLeakage).toBeCloseTo(1 / 3);
    const p1 = s.perPage.find((p) => p.id === 'p1');
    expect(p1?.missed).toEqual(['second paragraph']);
    expect(p1?.leaked).toEqual(['Impressum']);
  });

  it('ignores whitespace differences on both sides', () => {
    const s = scoreTrafilatura(gold, lines(ok('p1', 'The\u00a0main\n\nstory second   paragraph'), ok('p2', 'Another\tarticle body')));
    expect(s.fn).toBe(0);
    const spaced: Record<string, TrafilaturaPage> = { p: { file: 'p', with: ['  a\nb '], without: [] } };
    expect(scoreTrafilatura(spaced, lines(ok('p', 'x a b y'))).tp).toBe(1);
  });

  it('counts an error line (or a missing line) as all withs missed and all withouts avoided', () => {
    const s = scoreTrafilatura(gold, lines({ id: 'p1', error: 'Readability found no article' }));
    expect(s).toMatchObject({ tp: 0, fn: 3, fp: 0, tn: 3, errors: 2, precision: 0, recall: 0 });
    expect(s.perPage.find((p) => p.id === 'p1')?.error).toBe('Readability found no article');
    expect(s.perPage.find((p) => p.id === 'p2')?.error).toBe('no output line');
  });

  it('measures comment leakage separately', () => {
    const s = scoreTrafilatura(gold, lines(ok('p1', 'The main story second paragraph great post!'), ok('p2', '')));
    expect(s).toMatchObject({ commentsFound: 1, commentsTotal: 1, commentLeakage: 1 });
    expect(s.fp).toBe(0);
  });

  it('lists the worst pages by FN + FP', () => {
    const s = scoreTrafilatura(gold, lines(ok('p1', 'Impressum Share on Twitter'), ok('p2', 'Another article body')));
    expect(worstPages(s.perPage, 10).map((p) => p.id)).toEqual(['p1']);
  });
});

describe('DAnIEL scoring', () => {
  it('tokenises on letters and digits, lower-cased', () => {
    expect(tokenize('Οι ΕΥΤΥΧΙΣΜΕΝΟΙ, 35% — «Żółw»!')).toEqual(['οι', 'ευτυχισμενοι', '35', 'żółw']);
  });

  it('intersects token multisets', () => {
    expect(tokenOverlap(['a', 'a', 'a', 'b'], ['a', 'a', 'c'])).toBe(2);
    expect(tokenOverlap([], ['a'])).toBe(0);
  });

  it('strips reference tags and takes the first <p> as the title', () => {
    const ref = parseReference('<p> Title here </p>\n<p>Body <b>one</b> &amp; two</p>');
    expect(ref).toEqual({ title: 'Title here', paragraphs: ['Title here', 'Body one & two'] });
  });

  it('scores title + text against the reference', () => {
    const reference = '<p>Big news</p><p>the cat sat on the mat</p>';
    const page = scoreDanielPage('x', 'Polish', reference, ok('x', 'The cat sat. Subscribe now', { title: 'Big news', language: { code: 'pol', bcp47: 'pl', dir: 'ltr' } }));
    // extracted: big news the cat sat subscribe now (7); reference: big news the cat sat on the mat (8); overlap 5
    expect(page.precision).toBeCloseTo(5 / 7);
    expect(page.recall).toBeCloseTo(5 / 8);
    expect(page.f1).toBeCloseTo((2 * (5 / 7) * (5 / 8)) / (5 / 7 + 5 / 8));
    expect(page.languageRight).toBe(true);
  });

  it('macro-averages per language and overall; error pages score zero', () => {
    const gold = new Map<string, DanielGoldPage>([
      ['g', { language: 'Greek', referenceHtml: '<p>α β</p>' }],
      ['p', { language: 'Polish', referenceHtml: '<p>a b</p>' }],
    ]);
    const s = scoreDaniel(gold, lines(ok('g', 'α β'), { id: 'p', error: 'boom' }));
    expect(s.byLanguage.Greek).toMatchObject({ pages: 1, precision: 1, recall: 1, f1: 1 });
    expect(s.byLanguage.Polish).toMatchObject({ pages: 1, errors: 1, precision: 0, recall: 0, f1: 0 });
    expect(s.overall).toMatchObject({ pages: 2, errors: 1, f1: 0.5 });
    expect(s.byLanguage.Russian).toBeUndefined();
  });
});

describe('fixture scoring', () => {
  const gold: FixtureGold = {
    language: { iso639_3: 'ron', bcp47: 'ro', dir: 'ltr' },
    title: 'Titlul  articolului',
    keep: ['Primul paragraf.', 'Al doilea paragraf.'],
    optional: ['Foto: agenție'],
    drop: [{ text: 'Horoscop zilnic', category: 'horoscope' }, { text: 'Comentarii (3)', category: 'comments' }],
  };
  const language = { code: 'ron', bcp47: 'ro', name: 'Romanian', dir: 'ltr', confidence: 1 };

  it('reports keep recall, leaked drop lines, title, language and direction', () => {
    const s = scoreFixture('f', gold, ok('f', 'Primul\u00a0paragraf.\n\nHoroscop zilnic', { title: 'Titlul articolului', language }));
    expect(s).toMatchObject({ keepFound: 1, keepTotal: 2, keepRecall: 0.5, dropLeakage: 0.5, titleRight: true, languageRight: true, dirRight: true });
    expect(s.missedKeep).toEqual(['Al doilea paragraf.']);
    expect(s.dropLeaked).toEqual([{ text: 'Horoscop zilnic', category: 'horoscope' }]);
  });

  it('does not judge a null gold title; a wrong bcp47 or dir is wrong', () => {
    const s = scoreFixture('f', { ...gold, title: null }, ok('f', '', { title: 'x', language: { ...language, bcp47: 'ro-MD', dir: 'rtl' } }));
    expect(s).toMatchObject({ titleRight: null, languageRight: false, dirRight: false, keepRecall: 0 });
  });

  it('counts an error line as nothing kept and everything wrong', () => {
    const s = scoreFixture('f', gold, { id: 'f', error: 'boom' });
    expect(s).toMatchObject({ keepRecall: 0, dropLeakage: 0, titleRight: false, languageRight: false, dirRight: false, error: 'boom' });
  });

  it('adds fixtures up (micro keep recall)', () => {
    const a = scoreFixture('a', gold, ok('a', 'Primul paragraf. Al doilea paragraf.', { title: 'Titlul articolului', language }));
    const b = scoreFixture('b', { ...gold, title: null }, { id: 'b', error: 'boom' });
    expect(fixtureTotals([a, b])).toMatchObject({ fixtures: 2, errors: 1, keepFound: 2, keepTotal: 4, keepRecall: 0.5, titlesRight: 1, titlesJudged: 1, languageRight: 1, dirRight: 1 });
  });
});

describe('timing', () => {
  it('computes median and nearest-rank p95', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(oneToTwenty, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
  });

  it('compares modes by ratio of medians and median of per-page ratios on shared pages', () => {
    const full = new Map([['a', 20], ['b', 30], ['c', 400]]);
    const plain = new Map([['a', 10], ['b', 10], ['d', 5]]);
    const t = compareTiming(full, plain);
    expect(t.full.median).toBe(30);
    expect(t.plain.median).toBe(10);
    expect(t.ratioOfMedians).toBe(3);
    expect(t.pairedPages).toBe(2);
    expect(t.medianOfRatios).toBe(2.5);
  });
});

describe('wcxb-dev scoring', () => {
  it('splits words as Python\'s \\w+ on the lower-cased text (letters, digits, underscore; any script)', () => {
    expect(wcxbWords('Ωραίο ΚΕΙΜΕΝΟ, snake_case 2025-09-04! «Citește»')).toEqual(['ωραίο', 'κειμενο', 'snake_case', '2025', '09', '04', 'citește']);
  });

  it('scores words as multisets: repeated words count as often as the reference has them', () => {
    const s = wordPrf('the the the cat', 'the cat sat');
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(wordPrf('', 'a b')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('judges a title exact when its words are the same, case and punctuation aside', () => {
    expect(titleMatches('Top Nutrition Trends: Fall 2025', 'top nutrition trends — fall 2025')).toBe(true);
    expect(titleMatches('Top Nutrition Trends | Scratch', 'Top Nutrition Trends')).toBe(false);
    expect(titleMatches('Trends Top Nutrition', 'Top Nutrition Trends')).toBe(false);
    expect(titleMatches(null, 'Top')).toBe(false);
  });

  it('finds the author when each of its words is in the byline', () => {
    expect(authorFound('By Andrew King, Staff Writer', 'Andrew King')).toBe(true);
    expect(authorFound('Andrew Kingsley', 'Andrew King')).toBe(false);
    expect(authorFound('Scratch Culinary', 'Andrew King')).toBe(false);
    expect(authorFound(null, 'Andrew King')).toBe(false);
  });

  it('compares dates by calendar day as written, or by month when the gold date has only a month', () => {
    expect(calendarDay('2025-09-04T23:30:00-05:00')).toBe('2025-09-04');
    expect(calendarDay('Thu, 04 Sep 2025 10:00:00 GMT')).toBe('2025-09-04');
    expect(calendarDay('yesterday')).toBeNull();
    expect(sameDay('2025-09-04T23:30:00-05:00', '2025-09-04')).toBe(true);
    expect(sameDay('2025-09-05', '2025-09-04')).toBe(false);
    expect(sameDay('2015-11-20', '2015-11')).toBe(true);
    expect(sameDay(null, '2025-09-04')).toBe(false);
  });

  const page = (extra: Partial<WcxbPage> = {}): WcxbPage => ({
    type: 'article', title: 'A Headline', author: 'Ana Pop', date: '2025-01-02',
    mainContent: 'one two three four', with: ['two three'], without: ['Subscribe now'], ...extra,
  });

  it('scores one page: words, snippets (case-insensitive), metadata', () => {
    const s = scoreWcxbPage('p', page(), ok('p', 'One two three.\n\nSUBSCRIBE now', { title: 'A headline', byline: 'De Ana Pop', publishedTime: '2025-01-02T08:00:00Z' }));
    expect(s).toMatchObject({ withFound: 1, withTotal: 1, withoutFound: 1, withoutTotal: 1, titleRight: true, authorRight: true, dateRight: true, notArticle: false, scored: true });
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.precision).toBeCloseTo(3 / 5);
  });

  it('does not judge null gold metadata; a "not an article" answer scores zero and is counted', () => {
    const s = scoreWcxbPage('p', page({ author: null, date: null }), { id: 'p', error: 'No article text was found on this page.', errorName: 'NotAnArticleError' });
    expect(s).toMatchObject({ f1: 0, withFound: 0, titleRight: false, authorRight: null, dateRight: null, notArticle: true });
    const crashed = scoreWcxbPage('p', page(), { id: 'p', error: 'boom', errorName: 'TypeError' });
    expect(crashed.notArticle).toBe(false);
  });

  it('averages words over pages with reference text, groups by type with articles first, counts refusals', () => {
    const gold = new Map<string, WcxbPage>([
      ['a1', page()],
      ['a2', page({ mainContent: '' })],
      ['l1', page({ type: 'listing', mainContent: 'x y', author: null, date: null, title: 'Latest' })],
    ]);
    const s = scoreWcxb(gold, lines(
      ok('a1', 'one two three four', { title: 'A Headline', byline: 'Ana Pop', publishedTime: '2025-01-02' }),
      ok('a2', 'anything', { title: 'Other', byline: null }),
      { id: 'l1', error: 'No article text was found on this page.', errorName: 'NotAnArticleError' },
    ));
    expect(Object.keys(s.byType)).toEqual(['article', 'listing']);
    expect(s.byType.article).toMatchObject({ pages: 2, scoredPages: 1, f1: 1, notArticle: 0, errors: 0 });
    expect(s.byType.article!.title).toEqual({ right: 1, judged: 2, rate: 0.5 });
    expect(s.byType.article!.author).toEqual({ right: 1, judged: 2, rate: 0.5 });
    expect(s.byType.listing).toMatchObject({ pages: 1, notArticle: 1, errors: 0, f1: 0 });
    expect(s.all).toMatchObject({ pages: 3, scoredPages: 2, notArticle: 1 });
    expect(s.all.f1).toBeCloseTo(0.5);
  });
});
