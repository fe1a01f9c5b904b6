/** Promos: recommendation networks, related and "read also" links, teaser lists, ad disclosures. */
import { allPhrases, DISCLOSURE, RELATED, RELATED_MARKUP, SPONSORED } from '../../phrases';
import { BOTH, ARTICLE } from '../stages';
import type { Rule } from '../types';

export const PROMO_RULES: readonly Rule[] = [
  {
    id: 'promo.network-widget',
    category: 'promo',
    description: 'Content-recommendation networks: Taboola, Outbrain, MGID, Adnow, Profitshare, Revcontent, Zergnet, Yahoo Gemini, Dianomi.',
    neverArticle: true,
    stages: BOTH,
    match: {
      kind: 'markup',
      attributes: [{ name: 'data-taboola', contains: '' }, { name: 'data-type', contains: '_mgwidget' }, { name: 'data-src', contains: 'outbrain' }],
      contains: [
        'taboola', 'outbrain', 'ob-widget', 'mgid', 'scriptroot', 'adnow', 'profitshare', 'revcontent', 'rc-widget',
        'zergnet', 'dianomi', 'gemini-ad', 'nativeads', 'native-ad', 'strossle', 'plista', 'ligatus', 'contentad',
      ],
    },
    examples: {
      drop: [
        '<div id="taboola-below-article" data-drop><a href="https://ads.example.com/x">You will not believe these photos</a></div>',
      ],
      keep: [
        '<p>Outbrain and Taboola pay publishers for clicks, the report says.</p>',
      ],
    },
  },
  {
    id: 'promo.related-box',
    category: 'promo',
    description: 'Blocks whose class or id names them as related, recommended, most-read or promoted content.',
    stages: BOTH,
    match: {
      kind: 'markup',
      words: allPhrases(RELATED_MARKUP),
    },
    examples: {
      drop: [
        '<aside class="related-articles" data-drop><a href="/a">Budget debate</a></aside>',
      ],
      keep: [
        '<div class="article-body"><p>Related costs rose by a tenth.</p></div>',
        // An anchor made from the section's own heading.
        '<section id="how-popular-is-the-new-tram-line"><h2>How popular is the new tram line?</h2><p>Ridership doubled in its first year.</p></section>',
      ],
    },
  },
  {
    id: 'promo.cross-site-teasers',
    category: 'promo',
    description: 'Lists of headline links that point at other sites (sister sites, promo networks), with their source names.',
    stages: ARTICLE,
    match: { kind: 'teaserRun', minTeasers: 3, crossSite: true },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><ul data-drop><li><a href="https://www.othersite.ro/a">Five things to know about the new tram lines</a></li><li><a href="https://www.sport-news.ro/b">Local football club wins the regional cup final</a></li><li><a href="https://www.stiri-auto.ro/c">New electric buses arrive in the city next spring</a></li></ul>',
      ],
      keep: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><ul><li><a href="/a">Five things to know about the new tram lines</a></li><li><a href="/b">Local football club wins the regional cup final</a></li><li><a href="/c">New electric buses arrive in the city next spring</a></li></ul>',
      ],
    },
  },
  {
    id: 'promo.teaser-list',
    category: 'promo',
    description: 'Lists of three or more headline links with their labels and summaries (related and "more news" lists).',
    stages: ARTICLE,
    match: { kind: 'teaserRun', minTeasers: 3, crossSite: false },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><ul data-drop><li><a href="/a">Five things to know about the new tram lines</a></li><li><a href="/b">Local football club wins the regional cup final</a></li><li><a href="/c">New electric buses arrive in the city next spring</a></li></ul>',
      ],
      keep: [
        '<p>The plan, <a href="/budget">published on Monday</a>, adds money for buses.</p>',
        // Links inside the sentences of a paragraph.
        '<p>Every car needs its fluids checked: the <a href="/oil">motor oil and its filter</a> every few months, the <a href="/fluid">automatic transmission fluid</a> once a year, and the <a href="/wipers">wear on windshield wipers</a> before every winter, when they work hardest.</p>',
        // A list of references.
        '<p>Walking every day is one of the cheapest ways to stay healthy, doctors say, and the city wants more people to do it: new pavements, more benches, shade along the main streets and safe crossings near every school are part of the plan the council approved on Tuesday evening. The money comes from the transport budget, which grows by a tenth next year, and the works start in the spring in the older districts, where the pavements are narrow and broken and where most people still walk to the shops, to the doctor and to work.</p><p>Walking helps, several studies found.</p><ul><li>Smith J, Doe A, et al. <a href="/s1">Walking and health in older adults over ten years</a>. Health Journal. 2019;39(4):544-555.</li><li>Ionescu M, Popa D. <a href="/s2">Daily steps and heart disease in a large cohort</a>. Heart. 2020;12(3):45-67.</li><li>Rossi L, et al. <a href="/s3">Brisk walking after meals and blood sugar levels</a>. Diabetes Care. 2021;44(1):1-9.</li></ul>',
        // An article's own sections with a "Related:" link in a few of them: not one list.
        '<p>The city wants more people to leave the car at home: new pavements, more benches, shade along the main streets and safe crossings near every school are part of the plan the council approved on Tuesday evening. The money comes from the transport budget, which grows by a tenth next year, and the works start in the spring in the older districts, where the pavements are narrow and broken and where most people still walk to the shops, to the doctor and to work.</p><h2>Buses</h2><p>The council adds forty buses next year.</p><p><strong>Related: <a href="/a">Five things to know about the new bus lines</a></strong></p><h2>Trams</h2><p>Two tram lines are extended to the new districts.</p><p>Works start in the spring.</p><p>They end in two years.</p><h2>Bikes</h2><p>Bike lanes go along both lines.</p><p><strong>Related: <a href="/b">Where the new bike lanes will run in the city</a></strong></p><h2>Roads</h2><p>Less money goes to new roads.</p><p>The ring road waits a year.</p><p>Repairs go on as planned.</p><h2>Parking</h2><p><strong>Related: <a href="/c">Parking prices rise in the centre next year</a></strong></p>',
      ],
    },
  },
  {
    id: 'promo.widget-remains',
    category: 'promo',
    description: 'What a teaser widget leaves after the article when its headline links are gone: a run of outlet names one per line ("Mediafax", "Digi24", "Cancan.ro", "Prosport.ro") and its label with nothing under it.',
    stages: ARTICLE,
    match: { kind: 'trailingOrphans' },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><div><div data-drop><span>Mediafax</span></div><div data-drop><span>Digi24</span></div><div data-drop><span>Cancan.ro</span></div><div data-drop><span>Prosport.ro</span></div></div>',
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><h3 data-drop>Ultimele știri</h3>',
      ],
      keep: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><h3>Sonstige Figuren</h3><ul><li>Bruce Maddox</li><li>Narek</li><li>Hugh</li></ul>',
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p>Jane Doe</p><p>Brussels</p>',
      ],
    },
  },
  {
    id: 'promo.labelled-links',
    category: 'promo',
    description: '"Read also / related / recommended / see more" labels in every supported language, with the links they introduce.',
    stages: ARTICLE,
    match: { kind: 'labelledLinks', phrases: allPhrases(RELATED, SPONSORED), maxLabelLength: 60 },
    examples: {
      drop: [
        '<div data-drop><h4>Citește și</h4><ul><li><a href="/a">Bugetul pe 2025 a fost aprobat</a></li><li><a href="/b">Noile autobuze sosesc în martie</a></li></ul></div>',
      ],
      keep: [
        '<p>Read more about the plan in the council\'s own report, which lists every line of the budget.</p>',
      ],
    },
  },
  {
    id: 'promo.inline-read-also',
    category: 'promo',
    description: 'Inline "Citește și:", "Leggi anche:", "Lire aussi :" paragraphs made of a label and a link.',
    stages: ARTICLE,
    match: { kind: 'inlineLabelledLink', phrases: allPhrases(RELATED) },
    examples: {
      drop: [
        '<p data-drop><strong>Citește și:</strong> <a href="/a">Bugetul pe 2025 a fost aprobat</a></p>',
      ],
      keep: [
        '<p>Read also the mayor\'s letter, <a href="/letter">published today</a>, which explains at length why the council needs more money.</p>',
      ],
    },
  },
  {
    id: 'promo.disclosure',
    category: 'promo',
    description: 'Advertising and affiliate disclosure lines: "ANZEIGE - …", "*Werbung. …", "Advertising disclosure: …".',
    stages: ARTICLE,
    // After the page-chrome rules, as it was tuned: a line both would match is credited to them.
    runs: 'last',
    match: { kind: 'phraseLine', phrases: allPhrases(DISCLOSURE), maxLength: 240, opensWith: true },
    examples: {
      drop: [
        '<p data-drop>ANZEIGE - Jetzt den neuen Tarif sichern</p>',
      ],
      keep: [
        '<p>Advertisement revenue fell by a third, the publisher said.</p>',
      ],
    },
  },
];
