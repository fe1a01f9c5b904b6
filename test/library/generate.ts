/**
 * Generated articles for the library tests and benchmark: deterministic (seeded), in fifteen languages
 * and their scripts (Latin with diacritics, Greek, Cyrillic, Arabic and Hebrew right to left, Chinese,
 * Japanese and Thai without spaces), with emoji and awkward characters, realistic lengths and a
 * Zipf-like word distribution over real words (the council-budget story of test/article-texts.ts, plus
 * a few sentences for the languages it lacks) and a long tail of made-up words in the same letters.
 */
import type { LanguageInfo } from '@/core/language';
import type { Article, Removal } from '@/core/types';
import { ARTICLE_TEXTS } from '../article-texts';

interface LanguageProfile {
  info: LanguageInfo;
  /** Real prose: its words are the most frequent ones. */
  seed: string;
  /** Letters for made-up words: consonants (or any letters) and vowels. */
  consonants: string;
  vowels: string;
  /** Written without spaces between words. */
  spaceless?: boolean;
  hosts: string[];
  sites: string[];
}

const prose = (lang: keyof typeof ARTICLE_TEXTS): string =>
  [ARTICLE_TEXTS[lang].title, ...ARTICLE_TEXTS[lang].paragraphs].join(' ');

function info(code: string, bcp47: string, name: string, nativeName: string, dir: 'ltr' | 'rtl' = 'ltr'): LanguageInfo {
  return { code, bcp47, name, nativeName, dir, confidence: 0.93, source: 'text+declared' };
}

const LATIN = 'bcdfghjklmnprstvz';

export const PROFILES: readonly LanguageProfile[] = [
  { info: info('ron', 'ro', 'Romanian', 'română'), seed: `${prose('ro')} Știri din România: Guvernul a anunțat noi măsuri.`,
    consonants: `${LATIN}șț`, vowels: 'aeiouăâî', hosts: ['www.digi24.ro', 'www.hotnews.ro'], sites: ['Digi24', 'HotNews'] },
  { info: info('ell', 'el', 'Greek', 'Ελληνικά'), seed: `${prose('el')} Η Ελλάδα και η Αθήνα στις ειδήσεις της ημέρας.`,
    consonants: 'βγδζθκλμνπρστφχ', vowels: 'αεηιουωάέήίόύώ', hosts: ['www.kathimerini.gr', 'www.naftemporiki.gr'], sites: ['Καθημερινή', 'Ναυτεμπορική'] },
  { info: info('arb', 'ar', 'Arabic', 'العربية', 'rtl'), seed: `${prose('ar')} أعلنت الحكومة عن خطة جديدة للتعليم.`,
    consonants: 'بتثجحخدذرزسشصضطظعغفقكلمنهة', vowels: 'اويى', hosts: ['www.aljazeera.net', 'www.alahram.org.eg'], sites: ['الجزيرة', 'الأهرام'] },
  { info: info('rus', 'ru', 'Russian', 'русский'), seed: `${prose('ru')} Новости Москвы: правительство объявило о новых мерах.`,
    consonants: 'бвгджзклмнпрстфхцчшщ', vowels: 'аеиоуыэюяё', hosts: ['www.kommersant.ru', 'ria.ru'], sites: ['Коммерсантъ', 'РИА Новости'] },
  { info: info('ita', 'it', 'Italian', 'italiano'), seed: `${prose('it')} Le notizie di oggi: la città più bella d'Italia è già qui.`,
    consonants: LATIN, vowels: 'aeiouàèìòù', hosts: ['www.corriere.it', 'www.repubblica.it'], sites: ['Corriere della Sera', 'la Repubblica'] },
  { info: info('eng', 'en', 'English', 'English'), seed: prose('en'),
    consonants: `${LATIN}w`, vowels: 'aeiouy', hosts: ['www.theguardian.com', 'apnews.com'], sites: ['The Guardian', 'AP News'] },
  { info: info('fra', 'fr', 'French', 'français'), seed: prose('fr'),
    consonants: `${LATIN}ç`, vowels: 'aeiouéèêà', hosts: ['www.lemonde.fr'], sites: ['Le Monde'] },
  { info: info('deu', 'de', 'German', 'Deutsch'), seed: prose('de'),
    consonants: `${LATIN}ßw`, vowels: 'aeiouäöü', hosts: ['www.spiegel.de'], sites: ['Der Spiegel'] },
  { info: info('spa', 'es', 'Spanish', 'español'), seed: prose('es'),
    consonants: `${LATIN}ñ`, vowels: 'aeiouáéíóú', hosts: ['elpais.com'], sites: ['El País'] },
  { info: info('por', 'pt', 'Portuguese', 'português'), seed: prose('pt'),
    consonants: `${LATIN}ç`, vowels: 'aeiouãõáé', hosts: ['www.publico.pt'], sites: ['Público'] },
  { info: info('pol', 'pl', 'Polish', 'polski'), seed: prose('pl'),
    consonants: `${LATIN}łśżźćń`, vowels: 'aeiouyąęó', hosts: ['wyborcza.pl'], sites: ['Gazeta Wyborcza'] },
  { info: info('heb', 'he', 'Hebrew', 'עברית', 'rtl'),
    seed: 'מועצת העיר אישרה את התקציב לשנה הבאה לאחר דיון ארוך. ראש העיר אמר כי רוב הכסף יופנה לתחבורה הציבורית ולבתי הספר בירושלים.',
    consonants: 'בגדהזחטכלמנסעפצקרשת', vowels: 'אוי', hosts: ['www.haaretz.co.il'], sites: ['הארץ'] },
  { info: info('jpn', 'ja', 'Japanese', '日本語'), spaceless: true,
    seed: '東京都の議会は来年度の予算を可決しました。知事は公共交通機関と学校の改修に予算の大部分を使うと述べました。東京の天気は晴れです。',
    consonants: '東京都市議会予算政府経済学校交通新聞社会国際', vowels: 'のはをにでがとも', hosts: ['www.asahi.com', 'www3.nhk.or.jp'], sites: ['朝日新聞', 'NHK'] },
  { info: info('cmn', 'zh', 'Chinese', '中文'), spaceless: true,
    seed: '北京市政府今天宣布了明年的预算。市长表示，大部分资金将用于公共交通和学校建设。',
    consonants: '北京市政府预算公共交通学校建设经济社会国际新闻', vowels: '的了和在是', hosts: ['www.xinhuanet.com'], sites: ['新华网'] },
  { info: info('tha', 'th', 'Thai', 'ไทย'), spaceless: true,
    seed: 'สภากรุงเทพมหานครอนุมัติงบประมาณสำหรับปีหน้า ผู้ว่าราชการกล่าวว่าเงินส่วนใหญ่จะใช้สำหรับการขนส่งสาธารณะและโรงเรียน',
    consonants: 'กขคงจชซดตทนบปผพฟมยรลวสหอ', vowels: 'ะาิีึืุูเแโ', hosts: ['www.thairath.co.th'], sites: ['ไทยรัฐ'] },
];

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: () => number, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights, for sampling by binary search. */
  cumulative: Float64Array;
}

const TAIL_WORDS = 12_000;

function vocabulary(profile: LanguageProfile, rng: () => number): Vocabulary {
  const real = [...new Set([...segmenter.segment(profile.seed)].filter((s) => s.isWordLike).map((s) => s.segment))];
  const made = new Set<string>();
  const letters = profile.consonants + profile.vowels;
  while (made.size < TAIL_WORDS) {
    let word = '';
    const syllables = between(rng, profile.spaceless ? 2 : 1, 4);
    for (let i = 0; i < syllables; i++) {
      word += profile.spaceless ? pick(rng, [...letters]) : pick(rng, [...profile.consonants]) + pick(rng, [...profile.vowels]);
    }
    if (profile.info.bcp47 === 'el') word = word.replace(/σ$/, 'ς');
    made.add(word);
  }
  const words = [...real, ...[...made].filter((word) => !real.includes(word))];
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  });
  return { words, cumulative };
}

function sampleWord(vocab: Vocabulary, rng: () => number): string {
  const target = rng() * vocab.cumulative[vocab.cumulative.length - 1]!;
  let low = 0;
  let high = vocab.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (vocab.cumulative[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return vocab.words[low]!;
}

const EXTRAS = ['🗞️', '👍🏽', '👨‍👩‍👧', '🇷🇴', '—', '«citat»', '“quote”', '\u200f', '\u2028', 'e\u0301', '½', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'];
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface GenerateOptions {
  seed?: number;
  /** Words per article (default 800–1,500). */
  minWords?: number;
  maxWords?: number;
  /** Every n-th article is twenty times longer (default: none). */
  longEvery?: number;
}

/** `count` articles, the i-th always the same for a seed. */
export function generateArticles(count: number, options: GenerateOptions = {}): Article[] {
  const rng = random(options.seed ?? 1);
  const vocabularies = new Map(PROFILES.map((profile) => [profile, vocabulary(profile, rng)]));
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const profile = PROFILES[i % PROFILES.length]!;
    const vocab = vocabularies.get(profile)!;
    const join = profile.spaceless ? '' : ' ';
    const stop = profile.spaceless ? '。' : '.';
    const sentence = (words: number): string => {
      const parts = Array.from({ length: words }, () => sampleWord(vocab, rng));
      if (rng() < 0.05) parts.splice(between(rng, 0, parts.length), 0, pick(rng, EXTRAS));
      const first = parts[0] ?? '';
      parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
      return parts.join(join) + stop;
    };

    let words = between(rng, options.minWords ?? 800, options.maxWords ?? 1_500);
    if (options.longEvery && i % options.longEvery === options.longEvery - 1) words *= 20;
    const paragraphs: string[] = [];
    for (let left = words; left > 0;) {
      const sentences: string[] = [];
      for (let n = between(rng, 2, 6); n > 0 && left > 0; n--) {
        const length = Math.min(left, between(rng, 6, 25));
        sentences.push(sentence(length));
        left -= length;
      }
      paragraphs.push(sentences.join(join));
    }

    const host = pick(rng, profile.hosts);
    const siteName = rng() < 0.9 ? profile.sites[profile.hosts.indexOf(host)] ?? null : null;
    const title = sentence(between(rng, 5, 12)).slice(0, -1) + (rng() < 0.1 ? ` ${pick(rng, EXTRAS)}` : '');
    const url = `https://${host}/${2020 + (i % 6)}/${String((i % 12) + 1).padStart(2, '0')}/article-${i}${rng() < 0.1 ? '?ref=home' : ''}`;
    const html = paragraphs
      .map((p, n) => {
        let body = escapeHtml(p);
        if (n % 4 === 1) body = `<strong>${body}</strong>`;
        if (n % 5 === 2) body += ` <a href="https://${host}/related/${i}-${n}" target="_blank" rel="noopener noreferrer">${escapeHtml(sampleWord(vocab, rng))}</a>`;
        const image = n === 0 ? `<figure><img src="https://${host}/images/${i}.jpg" alt="${escapeHtml(title)}"></figure>\n` : '';
        const heading = n > 0 && n % 6 === 0 ? `<h2>${escapeHtml(sentence(4).slice(0, -1))}</h2>\n` : '';
        return `${image}${heading}<p>${body}</p>`;
      })
      .join('\n');
    const removed: Removal[] = Array.from({ length: between(rng, 0, 4) }, (_, n) => {
      const text = sentence(between(rng, 3, 10));
      // Its place (by the text of an article block) in two of three, as extraction records it.
      const place = n % 3 === 0 ? { after: title.slice(0, 80) } : n % 3 === 1 ? { before: text.slice(0, 80) } : null;
      return { rule: ['comments-section', 'read-also', 'share-bar', 'horoscope-teaser'][n]!, category: (['comments', 'promo', 'chrome', 'horoscope'] as const)[n]!, text, html: `<div><p>${escapeHtml(text)}</p></div>`, stage: n % 2 ? 'article' : 'page', ...(place && { place }) };
    });
    articles.push({
      url,
      title,
      byline: rng() < 0.7 ? sentence(2).slice(0, -1) : null,
      siteName,
      publishedTime: rng() < 0.8 ? new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString() : null,
      declaredLanguages: [profile.info.bcp47],
      text: paragraphs.join('\n\n'),
      html,
      wordCount: words,
      removed,
      notes: i % 97 === 0 ? ['The page was very large; some blocks were not examined.'] : [],
      language: profile.info,
      readingMinutes: Math.max(1, Math.round(words / 200)),
    });
  }
  return articles;
}
