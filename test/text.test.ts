/** core/text.ts: folding for accent- and script-insensitive matching, Unicode-aware phrase boundaries, word counts. */
import { describe, expect, it } from 'vitest';
import { countWords, foldText, letterCount, normalizeSpace, phraseMatcher } from '../core/text';

describe('foldText', () => {
  it('folds Romanian s/t with cedilla (ş ţ, legacy) and with comma (ș ț) to the same letters', () => {
    const cedilla = 'Citeşte şi: Ţara'; // U+015F, U+0163
    const comma = 'Citește și: Țara'; // U+0219, U+021B
    expect(cedilla).not.toBe(comma);
    expect(foldText(cedilla)).toBe('citeste si: tara');
    expect(foldText(comma)).toBe(foldText(cedilla));
    expect(foldText('Urmărește-ne în România')).toBe('urmareste-ne in romania');
  });

  it('drops Greek tonos and dialytika and folds final sigma', () => {
    expect(foldText('Σχόλια')).toBe('σχολια');
    expect(foldText('ΩΡΟΣΚΟΠΙΟ')).toBe(foldText('ωροσκόπιο'));
    expect(foldText('Ζώδια')).toBe('ζωδια');
    expect(foldText('ΆΈΉΊΌΎΏ ΐ ΰ')).toBe('αεηιουω ι υ');
    // Final ς and upper-case Σ both become σ, so a phrase typed in capitals matches the running text.
    expect(foldText('Διαβάστε επίσης')).toBe('διαβαστε επισησ');
    expect(foldText('ΕΠΙΣΗΣ')).toBe(foldText('επίσης'));
  });

  it('unifies Arabic hamza forms of alef, ta marbuta, alef maqsura and drops harakat and tatweel', () => {
    expect(foldText('أبراج')).toBe('ابراج');
    expect(foldText('إقرأ أيضاً')).toBe(foldText('اقرا ايضا'));
    expect(foldText('آخر الأخبار')).toBe('اخر الاخبار');
    expect(foldText('ٱلله')).toBe('الله');
    expect(foldText('مدرسة')).toBe('مدرسه');
    expect(foldText('مستشفى')).toBe('مستشفي');
    expect(foldText('كَتَبَ')).toBe('كتب');
    expect(foldText('مـــدرسة')).toBe('مدرسه');
  });

  it('lower-cases, removes Latin accents, expands compatibility forms and collapses whitespace', () => {
    expect(foldText('  Lire\u00a0 AUSSI :\n Él Ça  ')).toBe('lire aussi : el ca');
    expect(foldText('ﬁnal')).toBe('final');
    // Ł has no decomposition (its stroke is not a mark), yet Polish written without diacritics and
    // phrase lists typed that way spell it l: it folds to l like the other letters lose their marks.
    expect(foldText('Zaloguj się, ŻÓŁW')).toBe('zaloguj sie, zolw');
    expect(foldText('Źródło: dołącz')).toBe('zrodlo: dolacz');
    expect(foldText('Đakovo, Ørsted, ılık')).toBe('dakovo, orsted, ilik');
  });
});

describe('phraseMatcher', () => {
  const matches = (phrases: string[], text: string, anchored?: 'anywhere' | 'whole' | 'start'): boolean =>
    phraseMatcher(phrases, anchored).test(foldText(text));

  it('Greek: matches whole words whatever the accents and case, never inside a longer word', () => {
    expect(matches(['αστρα'], 'Τι λένε τα άστρα σήμερα')).toBe(true);
    expect(matches(['αστρα'], 'ΤΑ ΑΣΤΡΑ')).toBe(true);
    expect(matches(['αστρα'], 'Μια αστραπή φώτισε τον ουρανό')).toBe(false); // αστρα-πή
    expect(matches(['αστρα'], 'Η γάστρα με τα λουλούδια')).toBe(false); // γ-αστρα
    expect(matches(['δειτε ολα τα σχολια'], 'Δείτε  όλα τα\u00a0σχόλια')).toBe(true);
  });

  it('Greek: a stem with * matches its inflections but still needs a word start', () => {
    expect(matches(['ωροσκοπ*'], 'Το ωροσκόπιο της εβδομάδας')).toBe(true);
    expect(matches(['ωροσκοπ*'], 'ΩΡΟΣΚΟΠΙΑ')).toBe(true);
    expect(matches(['ζωδι*'], 'Τα ζώδια')).toBe(true);
    expect(matches(['ζωδι*'], 'πρωτοζωδια')).toBe(false);
    expect(matches(['σχολι*'], 'Σχολιάστε')).toBe(true);
  });

  it('Arabic: matches across hamza spellings, never inside a longer word', () => {
    expect(matches(['الأبراج'], 'توقعات الابراج اليوم')).toBe(true);
    expect(matches(['ابراج'], 'أبراج اليوم')).toBe(true);
    expect(matches(['حظك اليوم'], 'حظك اليوم الخميس')).toBe(true);
    expect(matches(['رد'], 'رد')).toBe(true);
    expect(matches(['رد'], 'وردت أنباء عن الحادث')).toBe(false);
    expect(matches(['رد'], 'الردود كثيرة')).toBe(false);
    expect(matches(['برجك'], 'أبراجك')).toBe(false);
  });

  it('Cyrillic: matches whole words and stems, never inside a longer word', () => {
    expect(matches(['гороскоп*'], 'Гороскопы на неделю')).toBe(true);
    expect(matches(['гороскоп*'], 'Мегагороскоп')).toBe(false);
    expect(matches(['популярное'], 'Популярное')).toBe(true);
    expect(matches(['популярное'], 'непопулярное решение')).toBe(false);
    expect(matches(['все комментарии'], 'Все\u00a0 комментарии (12)')).toBe(true);
    expect(matches(['все комментарии'], 'Всех комментариев')).toBe(false);
  });

  it('Latin with diacritics: "ș" is a letter (JavaScript \\b would split "și" there)', () => {
    expect(matches(['si'], 'Citește și asta')).toBe(true);
    expect(matches(['vezi'], 'vezișor')).toBe(false);
    expect(matches(['horoscop*'], 'Horoscopul zilei')).toBe(true);
    expect(matches(['horoscop*'], 'superhoroscop')).toBe(false);
    expect(matches(['horoscop'], 'horoscopul')).toBe(false);
  });

  it('anchoring: whole line, or the start followed by a non-letter', () => {
    expect(matches(['citeste si'], 'Citește și', 'whole')).toBe(true);
    expect(matches(['citeste si'], 'Citește și asta', 'whole')).toBe(false);
    expect(matches(['citeste si'], 'Citește și: Primăria anunță', 'start')).toBe(true);
    expect(matches(['citeste si'], 'Citește sistemul', 'start')).toBe(false);
    expect(matches(['citeste si'], 'Apoi citește și asta', 'start')).toBe(false);
  });

  it('escapes regular-expression characters in phrases and prefers the longest phrase', () => {
    expect(matches(['google+'], 'Google+')).toBe(true);
    expect(matches(['a.b'], 'axb')).toBe(false);
    expect(matches(['(beta)'], 'beta')).toBe(false);
    const re = phraseMatcher(['read', 'read more']);
    expect(re.exec(foldText('Read more: the story'))?.[0]).toBe('read more');
  });
});

describe('countWords', () => {
  it('counts words in Latin, Greek, Arabic and Cyrillic text, with inner apostrophes and hyphens', () => {
    expect(countWords('L’opposition a-t-elle raison? Cluj-Napoca, 2026 — ok.')).toBe(6);
    expect(countWords('Τι λένε τα άστρα για την εβδομάδα;')).toBe(7);
    expect(countWords('وافق المجلس البلدي على الميزانية')).toBe(5);
    expect(countWords('Городская дума утвердила бюджет')).toBe(4);
    expect(countWords('  — , . !  ')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('segments CJK text into words instead of counting a whole sentence as one', () => {
    const chinese = '我们今天去北京参观故宫。';
    expect(chinese.split(/\s+/).length).toBe(1);
    expect(countWords(chinese)).toBeGreaterThanOrEqual(5);
    expect(countWords(chinese)).toBeLessThanOrEqual(8);
    const japanese = '首相は水曜日、ここ数週間の抗議活動にもかかわらず、政府は経済改革を続けると述べた。';
    expect(countWords(japanese)).toBeGreaterThanOrEqual(12);
    expect(countWords(japanese)).toBeLessThanOrEqual(25);
    // Mixed text: the Latin words are counted too.
    expect(countWords('Tokyo 東京 is big')).toBe(4);
  });
});

describe('letterCount and normalizeSpace', () => {
  it('counts letters and digits in any script, not punctuation or spaces', () => {
    expect(letterCount('Σχόλια (13)!')).toBe(8);
    expect(letterCount('— • |')).toBe(0);
    expect(letterCount('حظك اليوم')).toBe(8);
  });

  it('collapses Unicode whitespace', () => {
    expect(normalizeSpace('\n a\u00a0\u2003b\t\tc \n')).toBe('a b c');
  });
});
