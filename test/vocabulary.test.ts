/**
 * The vocabulary of core/phrases.ts in each of the ten languages, as a reader meets it on that
 * language's news sites: the several ways of saying "you may also be interested" (formal and
 * informal), "suggested articles", promoted content, "share" as a noun and as the verb with its
 * object, and horoscope teasers that name a zodiac sign instead of saying "horoscope". Each case is a
 * whole article page (the story of article-texts.ts) with one clutter block, run through the whole
 * pipeline: the clutter goes, credited to its category, and every paragraph stays. The sign names
 * count only with horoscope context: a heading that names a sign in another sense ("Leul", "Καρκίνος",
 * "الأسد") stays, and an article about such a thing keeps the horoscope rule on.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../bench/score';
import type { Article, RuleCategory } from '../core/types';
import { ARTICLE_TEXTS, type ArticleLanguage } from './article-texts';
import { articlePage, extractArticle, listing } from './helpers';

const URL_OF_PAGE = 'https://www.example-news.com/city/2025/03/12/council-budget-approved';

function run(lang: ArticleLanguage, clutter: string, options: { title?: string; after?: number } = {}): Article {
  const { title, paragraphs } = ARTICLE_TEXTS[lang];
  const html = articlePage({ lang, dir: lang === 'ar' ? 'rtl' : undefined, title: options.title ?? title, paragraphs, after: options.after ?? 4, clutter });
  return extractArticle(html, URL_OF_PAGE);
}

const has = (article: Article, line: string): boolean => normalize(article.text).includes(normalize(line));

function removalsText(article: Article): string {
  return article.removed.map((r) => `  ${r.stage}/${r.rule}: ${JSON.stringify(r.text.slice(0, 100))}`).join('\n');
}

/** The lines are gone, each inside a removal of `category`, and every paragraph of the story is still there. */
function expectRemoved(article: Article, lang: ArticleLanguage, category: RuleCategory, lines: readonly string[]): void {
  const leaked = lines.filter((line) => has(article, line));
  expect(leaked, `${listing('clutter left in the article', leaked)}removed:\n${removalsText(article)}`).toEqual([]);
  const uncredited = lines.filter((line) => !article.removed.some((r) => r.category === category && normalize(r.text).includes(normalize(line))));
  expect(uncredited, `${listing(`not credited to ${category}`, uncredited)}removed:\n${removalsText(article)}`).toEqual([]);
  const missing = ARTICLE_TEXTS[lang].paragraphs.filter((p) => !has(article, p));
  expect(missing, `${listing('missing article paragraphs', missing)}removed:\n${removalsText(article)}`).toEqual([]);
}

const LANGUAGES = ['ro', 'el', 'ar', 'it', 'en', 'fr', 'de', 'es', 'pt', 'pl'] as const;
/** The ten languages phrases.ts holds in full (the story exists in more). */
type Language = typeof LANGUAGES[number];

/** Two headlines per language for the teaser lists (two, so only the label can tell the list is clutter). */
const HEADLINES: Record<Language, [string, string]> = {
  ro: ['Guvernul pregătește noi măsuri pentru energie', 'Ce se schimbă la pensii de la 1 aprilie'],
  el: ['Νέα μέτρα για την ενέργεια ετοιμάζει η κυβέρνηση', 'Τι αλλάζει στις συντάξεις από τον Απρίλιο'],
  ar: ['الحكومة تعد إجراءات جديدة لقطاع الطاقة', 'ما الذي يتغير في المعاشات ابتداء من أبريل'],
  it: ['Il governo prepara nuove misure per l\'energia', 'Cosa cambia per le pensioni dal primo aprile'],
  en: ['Government prepares new energy measures', 'What changes for pensions from April'],
  fr: ['Le gouvernement prépare de nouvelles mesures sur l\'énergie', 'Ce qui change pour les retraites en avril'],
  de: ['Regierung plant neue Maßnahmen für Energie', 'Was sich ab April bei den Renten ändert'],
  es: ['El Gobierno prepara nuevas medidas de energía', 'Qué cambia en las pensiones a partir de abril'],
  pt: ['Governo prepara novas medidas para a energia', 'O que muda nas pensões a partir de abril'],
  pl: ['Rząd przygotowuje nowe działania w energetyce', 'Co zmieni się w emeryturach od kwietnia'],
};

function labelledList(lang: Language, label: string): string {
  const [a, b] = HEADLINES[lang];
  return `<section><h3>${label}</h3><ul><li><a href="/news/1">${a}</a></li><li><a href="/news/2">${b}</a></li></ul></section>`;
}

// ---------------------------------------------------------------------------------------------
// "You may also be interested", "suggested articles", promoted content: labels of teaser lists

const RELATED_LABELS: Record<Language, readonly string[]> = {
  ro: ['Te-ar mai putea interesa', 'V-ar putea interesa', 'S-ar putea să vă intereseze', 'Vă recomandăm', 'Articole sugerate', 'Articole asemănătoare', 'Știri pe aceeași temă'],
  el: ['Μπορεί να σας ενδιαφέρει', 'Ίσως σε ενδιαφέρει', 'Σας προτείνουμε', 'Προτεινόμενα άρθρα', 'Διάβασε επίσης', 'Η επιλογή της σύνταξης'],
  ar: ['قد يهمك أيضاً', 'ربما يعجبك', 'اخترنا لك', 'مقالات مقترحة', 'أخبار متعلقة', 'الأكثر تداولاً'],
  it: ['Ti potrebbero interessare', 'Potrebbe interessarvi', 'Articoli suggeriti', 'Articoli consigliati', 'Vi consigliamo', 'Dello stesso autore'],
  en: ['You may also be interested in', 'Suggested articles', 'More like this', 'Recommended reading', 'In case you missed it', 'Most viewed'],
  fr: ['Ces articles pourraient vous intéresser', 'Vous aimerez peut-être aussi', 'Articles suggérés', 'Sur le même thème', 'Les plus partagés'],
  de: ['Das könnte dich interessieren', 'Könnte Sie auch interessieren', 'Empfohlene Artikel', 'Passend zum Thema', 'Meistgeteilt'],
  es: ['Quizás te interese', 'Te podría interesar', 'Artículos sugeridos', 'Noticias recomendadas', 'Lo más compartido'],
  pt: ['Pode interessar-lhe', 'Talvez você goste', 'Artigos sugeridos', 'Notícias recomendadas', 'Mais partilhadas'],
  pl: ['Może Cię też zainteresować', 'Mogą Cię zainteresować', 'Sugerowane artykuły', 'Polecane dla Ciebie', 'Najchętniej czytane'],
};

const SPONSORED_LABELS: Record<Language, string> = {
  ro: 'Conținut promovat', el: 'Εμπορική επικοινωνία', ar: 'محتوى ممول', it: 'Contenuti a pagamento', en: 'Paid post',
  fr: 'Contenu partenaire', de: 'Gesponserte Inhalte', es: 'Contenido de marca', pt: 'Conteúdo de marca', pl: 'Materiał promocyjny',
};

describe('labels of teaser lists, every common way of saying them', () => {
  for (const lang of LANGUAGES) {
    for (const label of [...RELATED_LABELS[lang], SPONSORED_LABELS[lang]]) {
      it(`${lang}: "${label}" and its links`, () => {
        expectRemoved(run(lang, labelledList(lang, label)), lang, 'promo', [label, ...HEADLINES[lang]]);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// "Share" as a noun (a counter) and as the verb with its object

const SHARE_BARS: Record<Language, [string, string, string]> = {
  ro: ['125 distribuiri', 'Distribuie articolul', 'Copiază linkul'],
  el: ['125 κοινοποιήσεις', 'Μοιραστείτε το άρθρο', 'Αντιγραφή link'],
  ar: ['125 مشاركات', 'شارك المقال', 'انسخ الرابط'],
  it: ['125 condivisioni', 'Condividi questo articolo', 'Copia il link'],
  en: ['125 shares', 'Share this story', 'Copy the link'],
  fr: ['125 partages', 'Partager cet article', 'Envoyer par e-mail'],
  de: ['125 Mal geteilt', 'Diesen Artikel teilen', 'Per Mail teilen'],
  es: ['125 compartidos', 'Comparte esta noticia', 'Enviar por correo'],
  pt: ['125 partilhas', 'Partilhar notícia', 'Copiar o link'],
  pl: ['125 udostępnień', 'Udostępnij artykuł', 'Skopiuj link'],
};

describe('share bars in words', () => {
  for (const lang of LANGUAGES) {
    const [count, verb, copy] = SHARE_BARS[lang];
    it(`${lang}: "${count}", "${verb}", "${copy}"`, () => {
      const bar = `<p><span>${count}</span> <a href="/share?via=button">${verb}</a> <a href="/share?via=copy">${copy}</a></p>`;
      expectRemoved(run(lang, bar), lang, 'chrome', [verb, copy]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Horoscopes by a sign's name, with horoscope context; a sign's name in another sense stays

/** The twelve signs as a horoscope menu prints them, Aries to Pisces. */
const SIGN_NAMES: Record<Language, readonly string[]> = {
  ro: ['Berbec', 'Taur', 'Gemeni', 'Rac', 'Leu', 'Fecioară', 'Balanță', 'Scorpion', 'Săgetător', 'Capricorn', 'Vărsător', 'Pești'],
  el: ['Κριός', 'Ταύρος', 'Δίδυμοι', 'Καρκίνος', 'Λέων', 'Παρθένος', 'Ζυγός', 'Σκορπιός', 'Τοξότης', 'Αιγόκερως', 'Υδροχόος', 'Ιχθύες'],
  ar: ['الحمل', 'الثور', 'الجوزاء', 'السرطان', 'الأسد', 'العذراء', 'الميزان', 'العقرب', 'القوس', 'الجدي', 'الدلو', 'الحوت'],
  it: ['Ariete', 'Toro', 'Gemelli', 'Cancro', 'Leone', 'Vergine', 'Bilancia', 'Scorpione', 'Sagittario', 'Capricorno', 'Acquario', 'Pesci'],
  en: ['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio', 'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces'],
  fr: ['Bélier', 'Taureau', 'Gémeaux', 'Cancer', 'Lion', 'Vierge', 'Balance', 'Scorpion', 'Sagittaire', 'Capricorne', 'Verseau', 'Poissons'],
  de: ['Widder', 'Stier', 'Zwillinge', 'Krebs', 'Löwe', 'Jungfrau', 'Waage', 'Skorpion', 'Schütze', 'Steinbock', 'Wassermann', 'Fische'],
  es: ['Aries', 'Tauro', 'Géminis', 'Cáncer', 'Leo', 'Virgo', 'Libra', 'Escorpio', 'Sagitario', 'Capricornio', 'Acuario', 'Piscis'],
  pt: ['Áries', 'Touro', 'Gêmeos', 'Câncer', 'Leão', 'Virgem', 'Libra', 'Escorpião', 'Sagitário', 'Capricórnio', 'Aquário', 'Peixes'],
  pl: ['Baran', 'Byk', 'Bliźnięta', 'Rak', 'Lew', 'Panna', 'Waga', 'Skorpion', 'Strzelec', 'Koziorożec', 'Wodnik', 'Ryby'],
};

/** A teaser naming a sign with a date, "this week" or luck, and no horoscope word. */
const SIGN_TEASERS: Record<Language, string> = {
  ro: 'Berbecii au noroc la bani săptămâna aceasta',
  el: 'Κριός: Τι σας επιφυλάσσει η εβδομάδα που έρχεται',
  ar: 'مواليد برج الأسد: مفاجأة سارة في العمل اليوم',
  it: 'Sagittario, una settimana di fortuna in amore e nel lavoro',
  en: 'Sagittarius: a lucky week for love and money',
  fr: 'Sagittaire : une semaine de chance en amour',
  de: 'Widder: Diese Woche bringt Glück im Beruf',
  es: 'Capricornio: una semana de suerte en el amor',
  pt: 'Capricórnio: uma semana de sorte no amor',
  pl: 'Koziorożec: szczęście w pracy w tym tygodniu',
};

/** A heading that names a sign in another sense, with a day: a currency, a disease, a surname, a pope, a football club. */
const SIGN_WORDS_IN_THE_NEWS: Record<Language, string> = {
  ro: 'Leul, în scădere față de euro azi',
  el: 'Καρκίνος: νέα θεραπεία εγκρίθηκε σήμερα',
  ar: 'الأسد يستقبل وفدا روسيا في دمشق اليوم',
  it: 'Leone XIV oggi in visita a Napoli',
  en: 'Cancer screening: new guidance this week',
  fr: 'Cancer : un nouveau traitement autorisé cette semaine',
  de: 'Krebs: Neue Therapie ab heute zugelassen',
  es: 'La libra cae hoy frente al euro',
  pt: 'Leão vence hoje em Alvalade',
  pl: 'Rak płuca: nowa terapia od dziś refundowana',
};

/** A horoscope teaser with a horoscope word, for the page whose own subject is a sign word. */
const HOROSCOPE_WORD_TEASERS: Record<Language, string> = {
  ro: 'Horoscop: ce aduce weekendul pentru fiecare zodie',
  el: 'Ζώδια: τι φέρνει το Σαββατοκύριακο',
  ar: 'الأبراج: ماذا تحمل عطلة نهاية الأسبوع',
  it: 'Oroscopo del weekend per tutti i segni',
  en: 'Weekend horoscope for every sign',
  fr: 'Horoscope du week-end pour chaque signe',
  de: 'Wochenend-Horoskop für alle Sternzeichen',
  es: 'Horóscopo del fin de semana para cada signo',
  pt: 'Horóscopo do fim de semana para cada signo',
  pl: 'Horoskop na weekend dla każdego znaku',
};

describe('horoscopes by the signs\' names', () => {
  it('en: a teaser with a word that is a sign in another language and luck in this one stays ("Lions", "lucky")', () => {
    const teaser = 'Detroit Lions lucky to escape with a win in overtime';
    const article = run('en', `<p><a href="/sport/2025/03/12/lions-win">${teaser}</a></p>`);
    expect(article.removed.filter((r) => r.category === 'horoscope').map((r) => r.text)).toEqual([]);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: a teaser link naming a sign with "this week", a date or luck`, () => {
      const teaser = SIGN_TEASERS[lang];
      expectRemoved(run(lang, `<p><a href="/lifestyle/2025/03/12/teaser">${teaser}</a></p>`), lang, 'horoscope', [teaser]);
    });

    it(`${lang}: a menu of the twelve signs, one link each`, () => {
      const signs = SIGN_NAMES[lang];
      // Minified, as many sites serve it: no space between the items.
      const menu = `<ul>${signs.map((sign, i) => `<li><a href="/lifestyle/sign-${i + 1}">${sign}</a></li>`).join('')}</ul>`;
      // The menu's words, in order (a single sign's name may be part of a word of the story: "الميزانية").
      expectRemoved(run(lang, menu), lang, 'horoscope', [signs.join(' ')]);
    });

    it(`${lang}: a heading naming a sign in another sense stays, and the page keeps removing horoscope teasers`, () => {
      const heading = SIGN_WORDS_IN_THE_NEWS[lang];
      const teaser = HOROSCOPE_WORD_TEASERS[lang];
      const clutter = `<h2>${heading}</h2><p>${ARTICLE_TEXTS[lang].paragraphs[0]!.slice(0, 120)}</p><p><a href="/lifestyle/weekend">${teaser}</a></p>`;
      const article = run(lang, clutter, { title: `${heading} – ${ARTICLE_TEXTS[lang].title}`, after: 2 });
      expect(has(article, heading), `${JSON.stringify(heading)} is in the article\nremoved:\n${removalsText(article)}`).toBe(true);
      expect(article.removed.filter((r) => normalize(r.text).includes(normalize(heading))).map((r) => r.rule)).toEqual([]);
      expectRemoved(article, lang, 'horoscope', [teaser]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Player and caption chrome: what a media player and the screen-reader labels of pictures print

const MEDIA_CHROME: Record<Language, readonly string[]> = {
  ro: ['Browserul tău nu suportă redarea acestui clip video.', 'Sursa foto, Inquam Photos / Octav Ganea'],
  el: ['Το πρόγραμμα περιήγησής σας δεν υποστηρίζει βίντεο HTML5.', 'Πηγή φωτογραφίας: Eurokinissi'],
  ar: ['متصفحك لا يدعم تشغيل هذا الفيديو', 'التعليق على الصورة، رئيس البلدية خلال جلسة المجلس'],
  it: ['Il tuo browser non supporta il tag video.', 'Didascalia: il sindaco durante la seduta del consiglio'],
  en: ['Media playback is unsupported on your device', 'Media caption, Watch: the council votes on the budget'],
  fr: ['Votre navigateur ne prend pas en charge la lecture de cette vidéo.', 'Légende image, Le maire pendant la séance du conseil'],
  de: ['Ihr Browser unterstützt kein HTML5-Video.', 'Bildunterschrift: Der Bürgermeister während der Sitzung'],
  es: ['Tu navegador no es compatible con este video.', 'Pie de foto, El alcalde durante la sesión del consejo'],
  pt: ['O seu navegador não suporta a reprodução deste vídeo.', 'Legenda da foto, O presidente da câmara durante a sessão'],
  pl: ['Twoja przeglądarka nie obsługuje odtwarzacza wideo.', 'Podpis zdjęcia, Burmistrz podczas sesji rady miasta'],
};

describe('player and caption chrome', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: ${MEDIA_CHROME[lang].map((line) => JSON.stringify(line)).join(', ')}`, () => {
      const lines = MEDIA_CHROME[lang];
      const clutter = `<figure><img src="/media/council.jpg" alt=""><figcaption>${lines[1]}</figcaption></figure><p>${lines[0]}</p>`;
      expectRemoved(run(lang, clutter), lang, 'chrome', lines);
    });
  }

  it('en: the BBC\'s hidden "Image source, " label before the agency', () => {
    const clutter = '<figure><img src="/media/council.jpg" alt=""><p><span class="visually-hidden">Image source, </span>Getty Images</p>'
      + '<figcaption><span class="visually-hidden">Image caption, </span>The council in session on Tuesday evening</figcaption></figure>';
    const article = run('en', clutter);
    expectRemoved(article, 'en', 'chrome', ['Image source', 'Getty Images', 'Image caption']);
    expect(has(article, 'The council in session on Tuesday evening')).toBe(true);
  });
});
