import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../core/json-ld';
import { metaContents } from '../core/metadata';
import { isListPage, measurePageKind, pageKindOf, type PageKind } from '../core/page-kind';
import { withDocument } from './helpers';

const URL = 'https://www.example-news.com/section/politics';

function kindOf(body: string, head = '', url = URL): PageKind {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Example</title>${head}</head><body>${body}</body></html>`;
  return withDocument(html, url, (doc) => {
    const facts = { ldTypes: readJsonLd(doc).flatMap((o) => o.types), published: metaContents(doc).has('article:published_time'), ogArticle: metaContents(doc).get('og:type')?.toLowerCase() === 'article', url };
    const kind = pageKindOf(measurePageKind(doc.body, facts));
    // The pipeline's shortcut (a declared article is not measured) gives the same answer.
    expect(isListPage(doc.body, facts)).toBe(kind === 'list');
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
    const five = cards(HEADLINES.slice(0, 5));
    expect(kindOf(`${nav}<h1>Tag: budget</h1>${five}`)).toBe('article');
    expect(kindOf(`${nav}<h1>Tag: budget</h1>${five}`, ld({ '@type': 'CollectionPage', name: 'Budget' }))).toBe('list');
  });

  it('an article with a grid of related stories under it stays an article', () => {
    expect(kindOf(article(`<section class="related"><h2>Read also</h2>${cards()}</section>`))).toBe('article');
  });

  it('a short brief that declares itself a NewsArticle stays an article, whatever surrounds it', () => {
    const brief = `${nav}<article><h1>Budget approved</h1><p>${PROSE[0]}</p></article>${cards([...HEADLINES, ...HEADLINES])}`;
    expect(kindOf(brief)).toBe('list');
    expect(kindOf(brief, ld({ '@type': 'NewsArticle', headline: 'Budget approved' }))).toBe('article');
    // A page whose Open Graph type is article needs twice the evidence: the brief's paragraph holds against these cards.
    expect(kindOf(brief, '<meta property="og:type" content="article">')).toBe('article');
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

// Pages as today's sites print them, in several languages: the section front and the shop grid carry a
// description of their own, search results long snippets; the articles sit among big blocks of links.
const RO_HEADLINES = [
  'Guvernul a aprobat bugetul pentru anul viitor după o noapte de dezbateri',
  'Sindicatele anunță proteste în toate marile orașe de săptămâna viitoare',
  'Opoziția cere o anchetă privind contractul de achiziții al ministerului',
  'Alegeri locale: prezența la vot, mai mare decât se aștepta în nordul țării',
  'Curtea Constituțională se pronunță azi asupra legii pensiilor speciale',
  'Salariul minim crește de la 1 ianuarie, a anunțat ministrul Muncii',
  'Primarul prezintă planul pentru noile linii de tramvai din centrul vechi',
  'Fermierii protestează în capitală față de prețul motorinei',
  'Școlile se redeschid după ce inundațiile au afectat zeci de clădiri',
  'Listele de așteptare din spitale scad pentru prima dată în cinci ani',
  'Banca Națională menține dobânda de politică monetară neschimbată',
  'Noul pod se deschide circulației cu doi ani mai târziu decât era planificat',
];
const RO_TEASER = 'Deputații au votat aseară, după o ședință care a durat peste zece ore, iar opoziția a anunțat că va contesta legea.';

describe('page kind on pages as today\'s sites print them', () => {
  it('a Romanian section front with a line of description and teasers of sentence length is a list', () => {
    const description = '<div class="category-description"><p>Cele mai noi știri politice din România și din lume, analize și interviuri cu cei care iau deciziile în Parlament, la Guvern și în partide.</p></div>';
    const grid = '<div class="articles">' + RO_HEADLINES.map((h, i) => `<div class="article-item"><a href="/politica/${i}" class="thumb"><img src="/i/${i}.jpg" alt=""></a><h2 class="title"><a href="/politica/${i}">${h}</a></h2><p class="excerpt">${RO_TEASER}</p><span class="date">acum ${i + 1} ore</span></div>`).join('') + '</div>';
    expect(kindOf(`${nav}<main><h1>Politică</h1>${description}${grid}<div class="pagination"><a href="?page=2">2</a><a href="?page=3">3</a></div></main>`)).toBe('list');
  });

  it('Greek search results with long snippets are a list', () => {
    const titles = ['Προϋπολογισμός 2026: τι αλλάζει', 'Η Βουλή ψήφισε τον προϋπολογισμό', 'Αντιδράσεις για τις περικοπές', 'Ο υπουργός για το έλλειμμα', 'Τι είπε η αντιπολίτευση', 'Οι συνταξιούχοι και ο νέος προϋπολογισμός', 'Οι δήμοι ζητούν περισσότερα χρήματα', 'Φόροι: οι αλλαγές του 2026', 'Η αγορά αντέδρασε ήρεμα', 'Τα νοσοκομεία στον προϋπολογισμό'];
    const snippet = 'Ο προϋπολογισμός του 2026 ψηφίστηκε από τη Βουλή μετά από πενθήμερη συζήτηση, με τις δαπάνες για την υγεία και την παιδεία να αυξάνονται σημαντικά σε σχέση με πέρυσι.';
    const results = '<div id="results"><p class="count">Βρέθηκαν 214 αποτελέσματα για «προϋπολογισμός»</p>' + titles.map((t, i) => `<div class="search-result"><h3><a href="/eidiseis/${i}">${t}</a></h3><p>${snippet}</p><div class="meta">12/11/2025</div></div>`).join('') + '</div>';
    expect(kindOf(`${nav}<h1>Αναζήτηση</h1><form role="search"><input name="q" value="προϋπολογισμός"><button>Αναζήτηση</button></form>${results}`)).toBe('list');
  });

  it('an Italian shop grid at a shop address (short product names, prices, a paragraph of shop text below) is a list', () => {
    const names = ['Borsa Tote', 'Zaino Urbano', 'Portafoglio Slim', 'Cintura Classica', 'Borsa Tracolla', 'Marsupio Sport', 'Pochette Sera', 'Valigia Cabina', 'Shopper Tela', 'Borsa Mare', 'Zaino Trekking', 'Porta Carte', 'Borsa Secchiello', 'Zaino Laptop', 'Beauty Case', 'Borsone Viaggio', 'Clutch Oro', 'Borsa Bowling', 'Zaino Mini', 'Portamonete Pelle', 'Borsa Postino', 'Sacca Palestra', 'Tracolla Uomo', 'Porta Documenti'];
    const grid = '<ul class="products">' + names.map((n, i) => `<li class="product"><a href="/p/${i}"><img src="/i/${i}.jpg" alt="${n}"></a><a href="/p/${i}" class="name">${n}</a><span class="variant">Pelle · ${i % 4 + 2} colori</span><span class="price">€ ${49 + i},90</span></li>`).join('') + '</ul>';
    const seo = '<div class="seo-text"><h2>Borse da donna</h2><p>Scopri la nostra collezione di borse in pelle, realizzate a mano in Toscana con materiali di qualità: spedizione gratuita sopra i 50 euro.</p></div>';
    expect(kindOf(`${nav}<main><h1>Borse</h1><div class="toolbar">24 prodotti · Ordina per prezzo</div>${grid}${seo}</main>`, '', 'https://www.example-shop.it/shop/borse/')).toBe('list');
  });

  it('an Arabic article followed by a big grid of related stories with teasers stays an article', () => {
    const body = ['وافق البرلمان على ميزانية العام المقبل بعد نقاش استمر طوال الليل، وصوّت التحالف الحاكم بالإجماع على كل البنود المطروحة.', 'وقال وزير المالية إن الخطة تبقي العجز تحت ثلاثة في المئة مع زيادة الإنفاق على المدارس والمستشفيات بنسبة العشر.', 'وانتقدت أحزاب المعارضة التخفيضات في النقل الإقليمي وقالت إنها ستطعن في إجراءين أمام المحكمة الدستورية.', 'وقال اقتصاديون إن توقعات النمو التي تستند إليها الخطة متفائلة، لكن أسواق السندات استقبلت التصويت بهدوء صباح الثلاثاء.', 'وتنتقل الميزانية الآن إلى رئيس الدولة الذي أمامه خمسة عشر يوما للتوقيع عليها أو إعادتها إلى البرلمان مع ملاحظاته.', 'وكانت الحكومة قد عدلت مشروعها مرتين خلال الأسابيع الماضية بعد مفاوضات طويلة مع النقابات وممثلي البلديات.', 'ومن المنتظر أن تبدأ الوزارات تنفيذ بنود الميزانية الجديدة مطلع كانون الثاني، على أن تقدم تقريرا أول عن الإنفاق في الربيع.'];
    const related = '<section class="related"><h2>اقرأ أيضا</h2><div class="grid">' + Array.from({ length: 24 }, (_, i) => `<div class="card"><a href="/news/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/news/${i}">عنوان خبر ذي صلة رقم ${i} عن الاقتصاد والسياسة</a></h3><p>مقتطف قصير من الخبر</p></div>`).join('') + '</div></section>';
    const mostRead = '<div class="most-read"><h2>الأكثر قراءة</h2><ol>' + Array.from({ length: 10 }, (_, i) => `<li class="item"><a href="/top/${i}">خبر من الأكثر قراءة اليوم رقم ${i}</a></li>`).join('') + '</ol></div>';
    expect(kindOf(`${nav}<main><article><h1>البرلمان يقر ميزانية العام المقبل</h1><div class="byline">محمد أحمد</div>${body.map((p) => `<p>${p}</p>`).join('')}</article>${related}${mostRead}</main>`)).toBe('article');
  });

  it('a Greek article whose paragraphs are line breaks in one block, among lists of links, stays an article', () => {
    const text = ['Η Βουλή ψήφισε τον προϋπολογισμό του 2026 μετά από πενθήμερη συζήτηση, με 158 ψήφους υπέρ.', 'Ο υπουργός Οικονομικών είπε ότι το έλλειμμα θα μείνει κάτω από το τρία τοις εκατό.', 'Η αντιπολίτευση κατήγγειλε τις περικοπές στις περιφερειακές συγκοινωνίες και ζήτησε ονομαστική ψηφοφορία.', 'Οι οικονομολόγοι θεωρούν τις προβλέψεις για την ανάπτυξη αισιόδοξες, αλλά οι αγορές αντέδρασαν ήρεμα.', 'Ο προϋπολογισμός πηγαίνει τώρα στον Πρόεδρο της Δημοκρατίας για υπογραφή.', 'Η κυβέρνηση είχε αλλάξει δύο φορές το σχέδιο τις τελευταίες εβδομάδες, μετά από μακρές διαπραγματεύσεις με τα συνδικάτα και τους δήμους.', 'Τα υπουργεία θα αρχίσουν να εφαρμόζουν τον νέο προϋπολογισμό από τον Ιανουάριο και θα δώσουν την πρώτη έκθεση για τις δαπάνες την άνοιξη.', 'Οι δήμαρχοι των μεγάλων πόλεων ζήτησαν περισσότερα χρήματα για τις συγκοινωνίες και την καθαριότητα, χωρίς να πάρουν απάντηση.'].join('<br><br>');
    const latest = '<div class="latest"><h2>Τελευταία νέα</h2><ul>' + Array.from({ length: 30 }, (_, i) => `<li class="latest-item"><a href="/n/${i}">Είδηση της ημέρας αριθμός ${i} για την οικονομία</a><span>${i + 1}′</span></li>`).join('') + '</ul></div>';
    expect(kindOf(`${nav}<div class="page"><div class="content"><h1>Ψηφίστηκε ο προϋπολογισμός</h1><div class="article-text">${text}</div></div>${latest}</div>`)).toBe('article');
  });

  it('a short Romanian news brief with a big grid of related stories stays an article', () => {
    const brief = '<p>Guvernul a aprobat în ședința de miercuri proiectul bugetului pentru anul viitor, care va fi trimis Parlamentului până la sfârșitul săptămânii.</p><p>Ministrul Finanțelor a spus că deficitul va rămâne sub trei la sută, iar cheltuielile pentru sănătate și educație vor crește cu o zecime.</p>';
    const related = '<div class="related-grid">' + RO_HEADLINES.map((h, i) => `<div class="related-item"><a href="/politica/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/politica/${i}">${h}</a></h3></div>`).join('') + '</div>';
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-12T10:22:00+02:00">';
    expect(kindOf(`${nav}<main><h1>Guvernul a aprobat proiectul bugetului</h1><div class="meta">12 noiembrie 2025, 10:22</div>${brief}<h2>Citește și</h2>${related}</main>`, head)).toBe('article');
  });
});
