import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { data as francData } from 'franc/data.js';
import { expressions as francExpressions } from 'franc/expressions.js';
import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, languageFromTag, languageName } from '../core/language';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const seedsDir = join(shared, 'seeds');
const danielDir = join(shared, 'bench', 'daniel-sample');
const fixturesDir = fileURLToPath(new URL('./fixtures/extra/', import.meta.url));

/** A page's own language hints, in priority order: <html lang>, og:locale, Content-Language. */
function declaredOf(html: string): string[] {
  const patterns = [
    /<html[^>]*\slang=["']?([^"'\s>]+)/i,
    /property=["']og:locale["'][^>]*content=["']([^"']+)/i,
    /http-equiv=["']?content-language["']?[^>]*content=["']([^"']+)/i,
  ];
  return patterns.map((re) => re.exec(html)?.[1]).filter((v): v is string => v !== undefined);
}

interface SeedGold {
  language: { iso639_3: string; bcp47: string; dir: string };
}

const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({
        name: f,
        text: readFileSync(join(seedsDir, f), 'utf8'),
        gold: JSON.parse(readFileSync(join(seedsDir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as SeedGold,
      }))
  : [];
const seedIn = (iso639_3: string): string => {
  const seed = seeds.find((s) => s.gold.language.iso639_3 === iso639_3);
  if (!seed) throw new Error(`no ${iso639_3} seed`);
  return seed.text;
};

// Short texts written for these tests (same news sentence in several languages).
const CROATIAN =
  'Predsjednik je u srijedu izjavio da će vlada nastaviti s gospodarskim reformama unatoč prosvjedima posljednjih tjedana. Prema izvorima, mjere će stupiti na snagu početkom sljedeće godine.';
const ENGLISH =
  'The president said on Wednesday that the government would continue its economic reforms despite the protests of recent weeks. According to sources, the measures will take effect at the start of next year. Officials declined to comment on the details of the plan, which has been criticised by opposition parties and trade unions alike.';
const JAPANESE = '首相は水曜日、ここ数週間の抗議活動にもかかわらず、政府は経済改革を続けると述べた。関係者によると、措置は来年初めから施行される。';
const KANJI_ONLY = '東京都知事選挙投票結果発表'.repeat(3);
const ARABIC_SHORT = 'مرحبا بالعالم';
const HEBREW_SHORT = 'שלום עולם';

describe.skipIf(seeds.length === 0)('detectLanguage on the seed articles', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('%s matches its gold language', (_, seed) => {
    const info = detectLanguage(seed.text);
    expect({ code: info.code, bcp47: info.bcp47, dir: info.dir }).toEqual({
      code: seed.gold.language.iso639_3,
      bcp47: seed.gold.language.bcp47,
      dir: seed.gold.language.dir,
    });
    expect(info.source).toBe('text');
    expect(info.confidence).toBeGreaterThan(0.8);
    expect(info.name.length).toBeGreaterThan(0);
  });

  it('names the gold languages in English and in their own language', () => {
    expect(detectLanguage(seedIn('ron'))).toMatchObject({ name: 'Romanian', nativeName: 'română' });
    expect(detectLanguage(seedIn('ell'))).toMatchObject({ name: 'Greek', nativeName: 'Ελληνικά' });
    expect(detectLanguage(seedIn('arb'))).toMatchObject({ name: 'Arabic', nativeName: 'العربية' });
    expect(detectLanguage(seedIn('ita'))).toMatchObject({ name: 'Italian', nativeName: 'italiano' });
  });

  it('keeps Romanian when the page wrongly declares English', () => {
    for (const declared of [['en'], ['en-US'], ['en-US', 'en_GB'], ['en', 'ro_RO']]) {
      const info = detectLanguage(seedIn('ron'), declared);
      expect(info.code).toBe('ron');
      expect(info.bcp47.startsWith('ro')).toBe(true);
    }
    expect(detectLanguage(seedIn('ron'), ['en']).source).toBe('text');
  });

  it('ignores declarations in a script the text is not written in', () => {
    expect(detectLanguage(seedIn('ell'), ['en'])).toMatchObject({ code: 'ell', source: 'text' });
    expect(detectLanguage(seedIn('arb'), ['en-US'])).toMatchObject({ code: 'arb', bcp47: 'ar', dir: 'rtl' });
  });

  it('raises the confidence when text and declaration agree', () => {
    const alone = detectLanguage(seedIn('ita'));
    const agreed = detectLanguage(seedIn('ita'), ['it-IT']);
    expect(agreed).toMatchObject({ code: 'ita', bcp47: 'it', source: 'text+declared' });
    expect(agreed.confidence).toBeGreaterThan(alone.confidence);
  });

  it('treats an article mixing two languages as undetermined unless declared', () => {
    const mixed = `${seedIn('ron').slice(0, 450)}\n${ENGLISH}`;
    expect(detectLanguage(mixed)).toMatchObject({ code: 'und', source: 'none' });
    expect(detectLanguage(mixed, ['ro']).code).toBe('ron');
  });

  it('handles a 10 MB text by looking at its beginning only', () => {
    const text = seedIn('ron').repeat(Math.ceil(10_000_000 / seedIn('ron').length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    expect(detectLanguage(text, ['ro']).code).toBe('ron');
    // Nothing but digits in the first megabytes: nothing to detect, and no full scan.
    expect(detectLanguage('0123456789 '.repeat(1_000_000) + seedIn('ron')).code).toBe('und');
    expect(directionOf('und', text)).toBe('ltr');
  });
});

const fixtures = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .map((f) => ({
        name: f.replace(/\.gold\.json$/, ''),
        gold: JSON.parse(readFileSync(join(fixturesDir, f), 'utf8')) as SeedGold & { title: string | null; keep: string[] },
        html: readFileSync(join(fixturesDir, f.replace(/\.gold\.json$/, '.html')), 'utf8'),
      }))
  : [];

describe.skipIf(fixtures.length === 0)('detectLanguage on the fixture pages (gold text + the page’s declarations)', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    const text = [fixture.gold.title ?? '', ...fixture.gold.keep].join('\n');
    const info = detectLanguage(text, declaredOf(fixture.html));
    expect({ code: info.code, bcp47: info.bcp47, dir: info.dir }).toEqual({
      code: fixture.gold.language.iso639_3,
      bcp47: fixture.gold.language.bcp47,
      dir: fixture.gold.language.dir,
    });
  });
});

describe('detectLanguage on short and unclear text', () => {
  it.each([
    ['empty', ''],
    ['one word', 'Hello'],
    ['a headline', 'Breaking news tonight'],
    ['a short sentence', 'Acesta este un text scurt.'],
    ['numbers and punctuation', '12:45 — 2024-01-01 (+40) 21 555 1234 ...'],
    ['a list of names', 'Vladimir Putin, Xi Jinping, Emmanuel Macron, Olaf Scholz, Joe Biden, Recep Tayyip Erdogan, Narendra Modi'],
  ])('%s → und', (_, text) => {
    expect(detectLanguage(text)).toMatchObject({ code: 'und', bcp47: 'und', name: 'Undetermined', confidence: 0, source: 'none' });
  });

  it('takes the declared language for a short snippet', () => {
    expect(detectLanguage('Acesta este un text scurt.', ['ro'])).toMatchObject({ code: 'ron', bcp47: 'ro', source: 'declared', dir: 'ltr' });
    expect(detectLanguage('Acesta este un text scurt.', ['ro_RO']).bcp47).toBe('ro');
    // The verdict names the language, not the country the page declared.
    expect(detectLanguage('Este é um texto curto.', ['pt_BR'])).toMatchObject({ code: 'por', bcp47: 'pt' });
    expect(detectLanguage('', ['garbage!!', 'x-default', 'el'])).toMatchObject({ code: 'ell', source: 'declared' });
  });

  it('lets a short text choose between conflicting declarations', () => {
    const declared = ['en-US', 'ro_RO']; // template default first, og:locale second
    expect(detectLanguage('Acesta este un text scurt despre vremea de mâine.', declared).code).toBe('ron');
    expect(detectLanguage('This is a short text about the weather tomorrow.', declared).code).toBe('eng');
  });

  it('splits Content-Language lists', () => {
    expect(detectLanguage('Acesta este un text scurt.', ['ro, en']).code).toBe('ron');
    expect(detectLanguage('This is short.', ['en-GB,en;q=0.9,ro;q=0.8']).code).toBe('eng');
  });

  it('lets the declaration settle close calls between sibling languages', () => {
    const alone = detectLanguage(CROATIAN);
    expect(['hrv', 'bos', 'srp']).toContain(alone.code);
    expect(detectLanguage(CROATIAN, ['hr'])).toMatchObject({ code: 'hrv', bcp47: 'hr' });
  });

  it('detects Chinese, Japanese and Korean from short texts', () => {
    expect(detectLanguage(JAPANESE)).toMatchObject({ code: 'jpn', bcp47: 'ja', source: 'text' });
    expect(detectLanguage(JAPANESE, ['zh']).code).toBe('jpn'); // kana: Japanese whatever is declared
    expect(detectLanguage(KANJI_ONLY).code).toBe('cmn');
    expect(detectLanguage(KANJI_ONLY, ['ja']).code).toBe('jpn'); // kanji alone fit Japanese too
  });

  it('gives the direction of undetermined text from its script', () => {
    expect(detectLanguage(ARABIC_SHORT)).toMatchObject({ code: 'und', dir: 'rtl' });
    expect(detectLanguage(HEBREW_SHORT).dir).toBe('rtl');
    expect(detectLanguage('Hello').dir).toBe('ltr');
  });
});

describe('directionOf', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr', 'ar-EG', 'fa_IR', 'arb', 'heb', 'pes', 'urd', 'iw', 'az-Arab', 'az-IR'])(
    '%s is right-to-left',
    (tag) => expect(directionOf(tag)).toBe('rtl'),
  );

  it.each(['en', 'ro', 'el', 'ru', 'zh-Hant-TW', 'ja', 'hi', 'tr', 'az', 'ku', 'ron', 'ell'])('%s is left-to-right', (tag) =>
    expect(directionOf(tag)).toBe('ltr'),
  );

  it('decides by the text for unknown languages', () => {
    expect(directionOf('und', ARABIC_SHORT)).toBe('rtl');
    expect(directionOf('xx', HEBREW_SHORT)).toBe('rtl');
    expect(directionOf('', 'ߒߞߏ ߞߊ߲')).toBe('rtl'); // NKo
    expect(directionOf('und', `Breaking: ${ARABIC_SHORT} ${ARABIC_SHORT}`)).toBe('rtl');
    expect(directionOf('und', 'Hello world')).toBe('ltr');
    expect(directionOf('und')).toBe('ltr');
  });

  it('lets the text decide for languages written in both directions, not for others', () => {
    expect(directionOf('ms', ARABIC_SHORT)).toBe('rtl'); // Malay in Jawi
    expect(directionOf('ms', 'Selamat pagi')).toBe('ltr');
    expect(directionOf('en', ARABIC_SHORT)).toBe('ltr');
  });
});

describe('languageFromTag', () => {
  it.each([
    ['ro', 'ron', 'ro'],
    ['ro-RO', 'ron', 'ro'],
    ['ro_RO', 'ron', 'ro'],
    ['rum', 'ron', 'ro'],
    ['ron', 'ron', 'ro'],
    ['mo', 'ron', 'ro'],
    ['EL', 'ell', 'el'],
    ['el_GR', 'ell', 'el'],
    ['en-GB', 'eng', 'en-GB'],
    ['gre', 'ell', 'el'],
    ['it', 'ita', 'it'],
    ['ar', 'arb', 'ar'],
    ['ara', 'arb', 'ar'],
    ['arb', 'arb', 'ar'],
    ['iw', 'heb', 'he'],
    ['in', 'ind', 'id'],
    ['ji', 'ydd', 'yi'],
    ['pt_BR', 'por', 'pt-BR'],
    ['zh-Hant-TW', 'cmn', 'zh-Hant-TW'],
    ['zh-cn', 'cmn', 'zh-CN'],
    ['cmn', 'cmn', 'zh'],
    ['pes', 'pes', 'fa'],
    ['prs', 'prs', 'fa'],
    ['zlm', 'zlm', 'ms'],
    ['ekk', 'ekk', 'et'],
    ['lvs', 'lvs', 'lv'],
    ['uzn', 'uzn', 'uz'],
    ['azj', 'azj', 'az'],
    ['npi', 'npi', 'ne'],
    ['swh', 'swh', 'sw'],
    ['sr-Latn-RS', 'srp', 'sr-Latn'],
    ['es-419', 'spa', 'es-419'],
    ['en_US.UTF-8', 'eng', 'en-US'],
    [' "de-DE" ', 'deu', 'de-DE'],
    ['Romanian', 'ron', 'ro'],
    ['no', 'nor', 'no'],
    ['haw', 'haw', 'haw'],
  ])('%s → %s / %s', (tag, code, bcp47) => {
    expect(languageFromTag(tag)).toEqual({ code, bcp47 });
  });

  it.each(['', '   ', 'x-default', 'X-DEFAULT', 'und', 'mul', 'zxx', 'qaa', 'xx', 'zz-ZZ', '1234', '*', 'garbage!!', '-en', 'i-default-ish', 'utf-8'])(
    '%j is not a language',
    (tag) => expect(languageFromTag(tag)).toBeNull(),
  );
});

describe('languageName', () => {
  const francCodes = new Set<string>();
  for (const languages of Object.values(francData)) for (const code of Object.keys(languages)) francCodes.add(code);
  for (const script of Object.keys(francExpressions)) if (!(script in francData)) francCodes.add(script);

  it('covers every code franc can return', () => {
    expect(francCodes.size).toBeGreaterThanOrEqual(170);
    for (const code of francCodes) {
      const { name, nativeName } = languageName(code);
      expect(name, code).toMatch(/\S/);
      expect(name, code).not.toBe(code);
      expect(name, code).not.toBe('Undetermined');
      expect(nativeName, code).toMatch(/\S/);
      expect(languageFromTag(code)?.code, code).toBe(code);
    }
  });

  it('gives English and native names for tags and codes', () => {
    expect(languageName('ro-RO')).toEqual({ name: 'Romanian', nativeName: 'română' });
    expect(languageName('ell')).toEqual({ name: 'Greek', nativeName: 'Ελληνικά' });
    expect(languageName('ar')).toEqual({ name: 'Arabic', nativeName: 'العربية' });
    expect(languageName('pt-BR')).toEqual({ name: 'Portuguese', nativeName: 'português' });
    expect(languageName('prs').name).toBe('Dari');
    expect(languageName('und')).toEqual({ name: 'Undetermined', nativeName: 'Undetermined' });
    expect(languageName('garbage!!').name).toBe('Undetermined');
  });

  it('falls back to the English name when there is no native one', () => {
    const { name, nativeName } = languageName('ace'); // Acehnese: no CLDR locale data
    expect(name).toBe('Acehnese');
    expect(nativeName).toBe('Acehnese');
  });
});

describe.skipIf(!existsSync(danielDir))('detectLanguage on real news (DAnIEL sample)', () => {
  const expected: Record<string, string> = { Greek: 'ell', Polish: 'pol', Russian: 'rus' };
  const languages = existsSync(danielDir)
    ? (JSON.parse(readFileSync(join(danielDir, 'languages.json'), 'utf8')) as Record<string, string>)
    : {};
  const pages = Object.entries(languages).map(([id, language]) => ({
    id,
    expected: expected[language],
    text: readFileSync(join(danielDir, 'reference', `${id}.html`), 'utf8')
      .replace(/<[^>]+>/g, '\n')
      .replace(/&[a-z]+;|&#\d+;/g, ' '),
    html: gunzipSync(readFileSync(join(danielDir, 'html', `${id}.html.gz`))).toString('latin1'),
  }));

  const share = (results: boolean[]): number => results.filter(Boolean).length / results.length;

  it('gets at least 97% of the reference texts right', () => {
    expect(pages.length).toBeGreaterThanOrEqual(90);
    expect(share(pages.map((p) => detectLanguage(p.text).code === p.expected))).toBeGreaterThanOrEqual(0.97);
  });

  it('gets at least 97% right with the pages’ own declarations, some of which wrongly say en', () => {
    const wronglyEnglish = pages.filter((p) => p.expected !== 'eng' && declaredOf(p.html)[0]?.startsWith('en'));
    expect(wronglyEnglish.length).toBeGreaterThan(0);
    for (const page of wronglyEnglish) expect(detectLanguage(page.text, declaredOf(page.html)).code).toBe(page.expected);
    expect(share(pages.map((p) => detectLanguage(p.text, declaredOf(p.html)).code === p.expected))).toBeGreaterThanOrEqual(0.97);
  });

  it('gets the first paragraph alone right when the page declares its language', () => {
    const firstParagraphs = pages.map((p) => ({ ...p, text: p.text.trim().split(/\n\s*\n*/).slice(0, 2).join(' ') }));
    const declared = firstParagraphs.filter((p) => declaredOf(p.html).length > 0);
    expect(share(declared.map((p) => detectLanguage(p.text, declaredOf(p.html)).code === p.expected))).toBeGreaterThanOrEqual(0.97);
  });
});
