/**
 * Library search: the tokenizer in every script, queries with and without accents (Romanian, Greek,
 * Arabic, Russian, Japanese, Chinese, Thai, Italian, Hebrew), prefixes, filters, changes made by other
 * tabs, and the persisted index (snapshot and change log).
 */
import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LanguageInfo } from '@/core/language';
import { facets, filterSummaries } from '@/lib/library/filters';
import { LibrarySearch } from '@/lib/library/search';
import { openLibrary, type Library } from '@/lib/library/store';
import { foldTerm, indexTerms, queryTerm, tokenize } from '@/lib/library/tokenize';
import { article, freshLibrary } from './helpers';

const language = (code: string, bcp47: string, name: string, dir: 'ltr' | 'rtl' = 'ltr'): LanguageInfo =>
  ({ code, bcp47, name, nativeName: name, dir, confidence: 0.9, source: 'text' });

const CORPUS = [
  { url: 'https://www.digi24.ro/ro-1', language: language('ron', 'ro', 'Romanian'), siteName: 'Digi24',
    title: 'Guvernul a aprobat bugetul', text: 'Știri din România: Consiliul Local a aprobat bugetul pentru anul viitor.' },
  { url: 'https://www.hotnews.ro/ro-2', language: language('ron', 'ro', 'Romanian'), siteName: 'HotNews',
    title: 'Ştiri scrise cu sedilă', text: 'Ţara aşteaptă alegerile; primăria anunţă lucrări.' },
  { url: 'https://www.kathimerini.gr/el-1', language: language('ell', 'el', 'Greek'), siteName: 'Καθημερινή',
    title: 'Η Ελλάδα ψηφίζει τον προϋπολογισμό', text: 'Ο προϋπολογισμός της Αθήνας εγκρίθηκε από τη Βουλή.' },
  { url: 'https://www.aljazeera.net/ar-1', language: language('arb', 'ar', 'Arabic', 'rtl'), siteName: 'الجزيرة',
    title: 'الحُكومة تعلن الميزانية', text: 'أعلنت الحكومة عن خطة جديدة للتعليم في المدارس.' },
  { url: 'https://ria.ru/ru-1', language: language('rus', 'ru', 'Russian'), siteName: 'РИА Новости',
    title: 'Москва утвердила бюджет', text: 'Городская дума ещё раз обсудила расходы на транспорт.' },
  { url: 'https://www.asahi.com/ja-1', language: language('jpn', 'ja', 'Japanese'), siteName: '朝日新聞',
    title: '東京都の予算', text: '東京都の天気は晴れです。議会は来年度の予算を可決しました。' },
  { url: 'https://www.xinhuanet.com/zh-1', language: language('cmn', 'zh', 'Chinese'), siteName: '新华网',
    title: '北京市政府宣布预算', text: '北京市政府今天宣布了明年的预算。' },
  { url: 'https://www.thairath.co.th/th-1', language: language('tha', 'th', 'Thai'), siteName: 'ไทยรัฐ',
    title: 'สภากรุงเทพมหานครอนุมัติงบประมาณ', text: 'ผู้ว่าราชการกล่าวว่าเงินส่วนใหญ่จะใช้สำหรับการขนส่งสาธารณะ' },
  { url: 'https://www.corriere.it/it-1', language: language('ita', 'it', 'Italian'), siteName: 'Corriere della Sera',
    title: "Le notizie della città più bella d'Italia", text: 'Il consiglio comunale approva il bilancio del prossimo anno.' },
  { url: 'https://www.haaretz.co.il/he-1', language: language('heb', 'he', 'Hebrew', 'rtl'), siteName: 'הארץ',
    title: 'מועצת העיר אישרה את התקציב', text: 'ראש העיר אמר כי רוב הכסף יופנה לבתי הספר בְּיְרוּשָׁלַיִם.' },
];

const idOf = (key: string): string => CORPUS.find((entry) => entry.url.endsWith(key))!.url;

async function corpusLibrary(): Promise<{ library: Library; search: LibrarySearch; indexedDB: IDBFactory }> {
  const { library, indexedDB } = await freshLibrary();
  for (const entry of CORPUS) await library.save(article({ ...entry, html: `<p>${entry.text}</p>`, byline: null }));
  return { library, search: await LibrarySearch.load(library), indexedDB };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tokenizer', () => {
  it('splits words in any script, on apostrophes and hyphens', () => {
    expect(tokenize("Jean-Claude: l'Italia dell'anno 2024, «Ελλάδα» — Москва; الحكومة")).toEqual(
      ['Jean', 'Claude', 'l', 'Italia', 'dell', 'anno', '2024', 'Ελλάδα', 'Москва', 'الحكومة']);
  });

  it('cuts scripts without spaces into words with Intl.Segmenter, or into character pairs without it', () => {
    expect(tokenize('東京都の天気は晴れです')).toEqual(expect.arrayContaining(['東京', '天気']));
    expect(tokenize('สภากรุงเทพมหานครอนุมัติงบประมาณ')).toEqual(expect.arrayContaining(['กรุงเทพมหานคร', 'อนุมัติ']));
    expect(tokenize('東京都の天気', null)).toEqual(['東京', '京都', '都の', 'の天', '天気']);
    expect(tokenize('iPhone16発売 東', null)).toEqual(['iPhone16', '発売', '東']);
  });

  it('folds case, accents, final sigma and Arabic variants, and indexes Arabic words without the article too', () => {
    expect(foldTerm('ΠΡΟΫΠΟΛΟΓΙΣΜΌΣ')).toBe('προυπολογισμοσ');
    expect(foldTerm('προϋπολογισμός')).toBe('προυπολογισμοσ');
    expect(foldTerm('Ştiri')).toBe(foldTerm('știri'));
    expect(foldTerm('ещё')).toBe('еще');
    expect(indexTerms('الحكومة')).toEqual(['الحكومه', 'حكومه']);
    expect(indexTerms('Città')).toEqual(['citta']);
    expect(queryTerm('والحُكومة')).toBe('حكومه');
    expect(queryTerm('أعلنت')).toBe('اعلنت');
    expect(indexTerms('\u0301')).toBeNull(); // a lone accent folds to nothing
  });
});

describe('search', () => {
  it.each([
    ['Romanian, accents', 'știri', ['ro-1', 'ro-2']],
    ['Romanian, no accents', 'stiri', ['ro-1', 'ro-2']],
    ['Romanian, cedilla', 'ţara', ['ro-2']],
    ['Greek, accents', 'Ελλάδα', ['el-1']],
    ['Greek, no accents, capitals', 'ΕΛΛΑΔΑ', ['el-1']],
    ['Greek, final sigma', 'προυπολογισμος', ['el-1']],
    ['Arabic, with the article', 'الحكومة', ['ar-1']],
    ['Arabic, without the article', 'حكومة', ['ar-1']],
    ['Arabic, harakat and hamza', 'الحُكومة أعلنت', ['ar-1']],
    ['Arabic, alef without hamza', 'اعلنت', ['ar-1']],
    ['Russian', 'москва', ['ru-1']],
    ['Russian, е for ё', 'еще', ['ru-1']],
    ['Japanese', '天気', ['ja-1']],
    ['Japanese, two words', '東京 予算', ['ja-1']],
    ['Chinese, prefix of a word', '北京', ['zh-1']],
    ['Thai', 'งบประมาณ', ['th-1']],
    ['Italian, accents', 'città', ['it-1']],
    ['Italian, no accents', 'citta notizie', ['it-1']],
    ['Italian, after an apostrophe', 'italia', ['it-1']],
    ['Hebrew, with niqqud in the text', 'בירושלים', ['he-1']],
    ['site name', 'Corriere', ['it-1']],
  ])('%s: %s', async (_name, query, expected) => {
    const { search } = await corpusLibrary();
    expect(search.search(query).sort()).toEqual(expected.map(idOf).sort());
    await search.close();
  });

  it('requires every word, the last one as a prefix only', async () => {
    const { search } = await corpusLibrary();
    expect(search.search('bug')).toEqual([idOf('ro-1')]);
    expect(search.search('guvernul bug')).toEqual([idOf('ro-1')]);
    expect(search.search('bug guvernul')).toEqual([]); // "bug" is not a word of the text
    expect(search.search('guvernul Ελλάδα')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    await search.close();
  });

  it('ranks a title match above a body match', async () => {
    const { library } = await freshLibrary();
    await library.save(article({ url: 'https://a.example/body', title: 'Altceva', text: 'Despre buget și altele.' }));
    await library.save(article({ url: 'https://a.example/title', title: 'Bugetul orașului', text: 'Nimic aici.' }));
    const search = await LibrarySearch.load(library);
    expect(search.search('buget')).toEqual(['https://a.example/title', 'https://a.example/body']);
    await search.close();
  });

  it('filters by language (tag or code) and by site, with and without a query', async () => {
    const { library, search } = await corpusLibrary();
    expect(search.search('stiri', { language: 'ro' })).toHaveLength(2);
    expect(search.search('stiri', { language: 'ron', site: 'hotnews.ro' })).toEqual([idOf('ro-2')]);
    expect(search.search('stiri', { language: 'el' })).toEqual([]);
    expect(search.search('stiri', { site: 'digi24.ro' })).toEqual([idOf('ro-1')]);

    const summaries = await library.list();
    expect(filterSummaries(summaries, { language: 'ell' }).map((s) => s.id)).toEqual([idOf('el-1')]);
    expect(filterSummaries(summaries, { site: 'ria.ru' }).map((s) => s.id)).toEqual([idOf('ru-1')]);
    expect(filterSummaries(summaries, {})).toHaveLength(CORPUS.length);
    const { languages, sites } = facets(summaries);
    expect(languages[0]).toEqual({ value: 'ro', label: 'Romanian', count: 2 });
    expect(languages).toHaveLength(CORPUS.length - 1);
    expect(sites.find((s) => s.value === 'corriere.it')).toEqual({ value: 'corriere.it', label: 'Corriere della Sera', count: 1 });
    await search.close();
  });

  it('language filters match the base language of a tag with a script', async () => {
    const { library } = await freshLibrary();
    await library.save(article({ url: 'https://tw.example/1', title: '臺北市政府', text: '臺北市政府今天宣布', language: language('cmn', 'zh-Hant', 'Chinese') }));
    const search = await LibrarySearch.load(library);
    expect(search.search('政府', { language: 'zh' })).toEqual(['https://tw.example/1']);
    expect(search.search('政府', { language: 'zh-Hans' })).toEqual([]);
    await search.close();
  });
});

describe('keeping the index in step', () => {
  it('sees saves, updates and deletes made by another tab after refresh()', async () => {
    const { search, indexedDB } = await corpusLibrary();
    const otherTab = await openLibrary({ indexedDB });

    await otherTab.save(article({ url: 'https://www.digi24.ro/new', title: 'Alegeri locale anticipate', text: 'Campania începe.' }));
    expect(search.search('anticipate')).toEqual([]);
    expect(await search.refresh()).toBe(true);
    expect(search.search('anticipate')).toEqual(['https://www.digi24.ro/new']);
    expect(await search.refresh()).toBe(false);

    await otherTab.save(article({ url: 'https://www.digi24.ro/new', title: 'Alegeri amânate', text: 'Campania se amână.' }));
    await search.refresh();
    expect(search.search('anticipate')).toEqual([]);
    expect(search.search('amanate')).toEqual(['https://www.digi24.ro/new']);

    await otherTab.delete(idOf('el-1'));
    await search.refresh();
    expect(search.search('ελλαδα')).toEqual([]);
    expect(search.size).toBe(CORPUS.length); // one added, one deleted
    await search.close();
  });

  it('persists the index and loads it next time instead of rebuilding it', async () => {
    const { library, search } = await corpusLibrary();
    await search.close(); // the first load built the index and writes its snapshot

    const load = vi.spyOn(MiniSearch, 'loadJSONAsync');
    await library.save(article({ url: 'https://www.digi24.ro/after', title: 'Scrisă după instantaneu' }));
    const again = await LibrarySearch.load(library);
    expect(load).toHaveBeenCalledOnce();
    expect(again.search('instantaneu')).toEqual(['https://www.digi24.ro/after']); // from the change log
    expect(again.search('ελλαδα')).toEqual([idOf('el-1')]); // from the snapshot
    await again.close();
  });

  it('rebuilds a damaged snapshot from the articles', async () => {
    const { library, search, indexedDB } = await corpusLibrary();
    await search.close();
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('clean-news-reader');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = raw.transaction('search', 'readwrite');
      tx.objectStore('search').put({ format: 1, revision: 999, json: '{"truncated' }, 'snapshot');
      tx.oncomplete = () => resolve();
    });
    raw.close();

    const again = await LibrarySearch.load(library);
    expect(again.search('москва')).toEqual([idOf('ru-1')]);
    expect(again.size).toBe(CORPUS.length);
    await again.close();
  });

  it('catches up when another page wrote a newer snapshot and trimmed the change log', async () => {
    const { library, search: pageA } = await corpusLibrary();
    await pageA.close(); // snapshot 1, log trimmed up to it

    for (let i = 0; i < 101; i++) await library.save(article({ url: `https://www.digi24.ro/batch/${i}`, title: `Lot ${i} cuvântunic${i}` }));
    const pageB = await LibrarySearch.load(library); // 101 changes behind its snapshot: writes a new one
    await pageB.close();

    expect(await pageA.refresh()).toBe(true);
    expect(pageA.search('cuvantunic100')).toEqual(['https://www.digi24.ro/batch/100']);
    expect(pageA.size).toBe(CORPUS.length + 101);
  });
});
