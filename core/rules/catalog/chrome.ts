/** Menus and other page parts ("page chrome"): the site frame, share bars, banners, meta lines, credits, tags and the lines under the article. */
import { ABOUT_AUTHOR, allPhrases, AUTHOR_BOX_MARKUP, CONSENT_MARKUP, SHARE_MARKUP, ARTICLE_META, BYLINE, CALLS, CHANNELS, CONTACT, COPYRIGHT, CREDIT_LABELS, FEEDBACK, FOLLOW, LOAD_MORE, MEDIA_LABELS, MEDIA_NOTICES, MEDIA_PLAYER, NEWSLETTER, PAYWALL, PAYWALL_PROMPTS, PHOTO_CREDITS, POST_FOOTER, SHARE, SOURCE, TAGS } from '../../phrases';
import { BOTH, ARTICLE, PAGE } from '../stages';
import type { Rule } from '../types';

export const CHROME_RULES: readonly Rule[] = [
  {
    id: 'chrome.site-frame',
    category: 'chrome',
    description: 'The site around the article: navigation, site header and footer, sidebars (never one holding the title or most of the text).',
    stages: PAGE,
    // Before every other rule: a comment box or a promo list in the site's footer goes as part of the footer.
    runs: 'first',
    listedAsText: true,
    match: {
      kind: 'markup',
      tags: ['NAV', 'HEADER', 'FOOTER', 'ASIDE'],
      roles: ['navigation', 'banner', 'contentinfo', 'complementary', 'search'],
      outsideArticle: true,
      maxProse: 300,
    },
    examples: {
      drop: [
        '<nav data-drop><a href="/">Home</a> <a href="/news">News</a></nav><p>The council approved the budget.</p>',
      ],
      keep: [
        '<article><header><p>By Jane Doe</p></header><p>The council approved the budget.</p></article>',
      ],
    },
  },
  {
    id: 'chrome.share-follow',
    category: 'chrome',
    description: 'Share and follow bars: network names and "share / follow us" words in every supported language.',
    stages: ARTICLE,
    match: { kind: 'socialBar', phrases: allPhrases(SHARE, FOLLOW), maxLength: 120, invitations: allPhrases(FOLLOW, SHARE) },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><div data-drop><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a></div>',
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop>Urmărește Gazeta de Ardeal pe Google News</p>',
      ],
      keep: [
        '<p>The mayor posted the plan on Facebook and answered questions for an hour on Twitter.</p>',
      ],
    },
  },
  {
    id: 'chrome.share-container',
    category: 'chrome',
    description: 'Blocks whose class or id names them as share, like, social or follow bars (WordPress Jetpack "sharedaddy" among them).',
    stages: BOTH,
    match: {
      kind: 'markup',
      words: allPhrases(SHARE_MARKUP),
    },
    examples: {
      drop: [
        '<div class="share-bar" data-drop><a href="#">Share</a></div>',
      ],
      keep: [
        '<div class="shareholders"><p>The shareholders met on Monday.</p></div>',
      ],
    },
  },
  {
    id: 'chrome.cookie-banner',
    category: 'chrome',
    description: 'Cookie and consent banners named by their markup ("cookie-notice", "eu-cookie-law", "consent", "gdpr" and its German, Romance and Polish acronyms dsgvo, rgpd, rodo).',
    neverArticle: true,
    stages: BOTH,
    match: { kind: 'markup', words: allPhrases(CONSENT_MARKUP), maxProse: 600 },
    examples: {
      drop: [
        '<div id="cookie-notice" data-drop><p>We use cookies to improve your experience.</p><button>Accept</button></div>',
      ],
      keep: [
        '<p>The council will vote on a new cookie law.</p>',
      ],
    },
  },
  {
    id: 'chrome.breadcrumb',
    category: 'chrome',
    description: 'Breadcrumb trails that start at the home page ("Prima pagină » Actualitate »", "Home › News", "Αρχική / Διεθνή").',
    stages: ARTICLE,
    match: { kind: 'breadcrumb', maxLength: 300 },
    examples: {
      drop: [
        '<div data-drop><a href="/">Home</a> › <a href="/city">City</a></div>',
        '<p data-drop><a href="/">Αρχική</a> / <a href="/kosmos">Διεθνή</a></p>',
      ],
      keep: [
        '<p>Home prices rose by a tenth, the council said.</p>',
      ],
    },
  },
  {
    id: 'chrome.newsletter',
    category: 'chrome',
    description: 'Newsletter and subscription boxes: the invitation, the form and the fine print.',
    stages: ARTICLE,
    match: { kind: 'labelledBox', phrases: allPhrases(NEWSLETTER), label: 'contains', maxLabelLength: 80, maxBoxLength: 600 },
    examples: {
      drop: [
        '<div data-drop><p>Sign up for our newsletter</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>',
      ],
      keep: [
        '<p>The council\'s newsletter of March explained the budget in detail to every household in the city, with charts and a list of all new projects.</p>',
      ],
    },
  },
  {
    id: 'chrome.article-meta',
    category: 'chrome',
    description: 'Date, author and view-count lines of the article ("Publicat: … | Autor: … | Vizualizări: 3.214", "By Jane Doe", "23.10.2018"): the reader shows them in its header.',
    stages: ARTICLE,
    match: { kind: 'articleMeta', labels: allPhrases(ARTICLE_META), bylines: allPhrases(BYLINE), maxLength: 160 },
    examples: {
      drop: [
        '<p data-drop>Publicat: 12.03.2025, 16:45 | Autor: Ion Popescu</p>',
        '<p data-drop>By Jane Doe</p>',
        '<p data-drop>Lesezeit: 4 Minuten</p>',
      ],
      keep: [
        '<p>The vote was held on 12 March 2025 after a long debate in which every party spoke.</p>',
        '<p>Prices rose every month.</p><table><tr><th>Month</th><th>Price</th></tr><tr><td>1/1/2024</td><td>310,000</td></tr><tr><td>2/1/2024</td><td>312,500</td></tr></table>',
      ],
    },
  },
  {
    id: 'chrome.title-copy',
    category: 'chrome',
    description: 'A second copy of the article title inside the body (the reader shows the title once).',
    stages: ARTICLE,
    match: { kind: 'titleCopy' },
    examples: {
      drop: [
        '<p>The council approved the budget.</p><p data-drop>Council approves the new city budget for 2025</p>',
        '<p>The council approved the budget.</p><p data-drop>Council approves the new city budget for 2025 | Example News</p>',
      ],
      keep: [
        '<p>Council approves the new city budget for 2025, but the opposition wants a recount.</p>',
      ],
    },
  },
  {
    id: 'chrome.section-links',
    category: 'chrome',
    description: 'Short lines of one to three section or tag links after the article ("Știri mondene", "Διεθνή"), and a section kicker above it (one link of a word or two to a section front: "Externe").',
    stages: ARTICLE,
    match: { kind: 'sectionLinks', maxWords: 4 },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop><a href="/city">City news</a></p>',
        '<p data-drop><a href="/externe">Externe</a></p><p>Consiliul Local a aprobat marți seară bugetul pentru anul viitor, după o ședință care a durat aproape cinci ore.</p>',
        '<header data-drop><a class="category" href="/esteri">Esteri</a></header><p>Il consiglio comunale ha approvato martedì sera il bilancio per il prossimo anno, dopo una seduta durata quasi cinque ore.</p>',
      ],
      keep: [
        '<p><a href="/city/2025/03/12/budget-vote">Budget vote</a></p><p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p>',
        '<p><a href="/author/jane-doe">Jane Doe</a></p><p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p>',
      ],
    },
  },
  {
    id: 'chrome.follow-call',
    category: 'chrome',
    description: 'Calls after the article to follow the publisher elsewhere: "Download our app", "Follow X on Twitter", "Únete a nuestro canal de Telegram", "Abonnieren Sie unseren Newsletter".',
    stages: ARTICLE,
    match: { kind: 'trailingCall', calls: allPhrases(CALLS), channels: allPhrases(CHANNELS), maxLength: 240 },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop>Follow Example News on Google News</p>',
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop>Descarcă aplicația Example News</p>',
      ],
      keep: [
        '<p>Follow the council on Facebook, the mayor said.</p><p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p>',
      ],
    },
  },
  {
    id: 'chrome.post-footer',
    category: 'chrome',
    description: 'The CMS line under a post: "This entry was posted in … on …", "Erstellt am … und abgelegt unter …", "Dieser Text wurde veröffentlicht unter der Lizenz …".',
    stages: ARTICLE,
    match: { kind: 'trailingLine', phrases: allPhrases(POST_FOOTER), maxLength: 300 },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop>This entry was posted in City and tagged budget.</p>',
      ],
      keep: [
        '<p>Posted in the town hall: the list of projects.</p><p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p>',
      ],
    },
  },
  {
    id: 'chrome.contact-section',
    category: 'chrome',
    description: 'A contact section after the article: a "Kontakt:", "Pressekontakt", "Media contact" heading and the name, phone and e-mail lines under it.',
    stages: ARTICLE,
    match: { kind: 'trailingSection', phrases: allPhrases(CONTACT), maxLabelLength: 40 },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><h3 data-drop>Pressekontakt</h3><p data-drop>Anna Muster, +49 30 123456</p>',
      ],
      keep: [
        '<h3>Kontakt</h3><p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p>',
      ],
    },
  },
  {
    id: 'chrome.source-line',
    category: 'chrome',
    description: 'A source line under the article: "Quelle: dpa", "Sursa: Digi24", "Πηγή: ΑΠΕ-ΜΠΕ", "Źródło: ISBnews".',
    stages: ARTICLE,
    match: { kind: 'trailingLine', phrases: allPhrases(SOURCE), maxLength: 100, labelled: true },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop>Quelle: dpa</p>',
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p data-drop>Sursa: Digi24</p>',
      ],
      keep: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><p>Quellen zufolge ist der Plan teurer.</p>',
      ],
    },
  },
  {
    id: 'chrome.tags',
    category: 'chrome',
    description: 'Tag and category lists under the article ("Tags:", "Etichete:", "Ετικέτες:", "الوسوم", "Schlagwörter:").',
    stages: ARTICLE,
    match: { kind: 'labelledLinks', phrases: allPhrases(TAGS), maxLabelLength: 40 },
    examples: {
      drop: [
        '<p>The city council approved the budget for next year on Tuesday evening, with more money for buses and less for new roads in the centre.</p><div data-drop><span>Tags:</span> <a href="/tag/budget">budget</a> <a href="/tag/buses">buses</a></div>',
      ],
      keep: [
        '<p>Tags on the new buses will show the route.</p>',
      ],
    },
  },
  {
    id: 'chrome.inline-tags',
    category: 'chrome',
    description: 'A tag line written as one paragraph: "Tags: Putin, Xi Jinping, Rusia".',
    stages: ARTICLE,
    match: { kind: 'inlineLabelledLink', phrases: allPhrases(TAGS) },
    examples: {
      drop: [
        '<p data-drop>Tags: <a href="/tag/putin">Putin</a>, <a href="/tag/xi">Xi Jinping</a>, <a href="/tag/rusia">Rusia</a></p>',
      ],
      keep: [
        '<p>Topics of the debate included <a href="/buses">buses</a> and schools, which took most of the evening.</p>',
      ],
    },
  },
  {
    id: 'chrome.author-box',
    category: 'chrome',
    description: '"About the author" boxes, by their heading in every supported language or by their markup.',
    stages: ARTICLE,
    match: { kind: 'labelledBox', phrases: allPhrases(ABOUT_AUTHOR), label: 'is', maxLabelLength: 60, maxBoxLength: 1000 },
    examples: {
      drop: [
        '<div data-drop><h4>About the author</h4><p>Jane Doe covers the city council.</p></div>',
      ],
      keep: [
        '<p>About the author of the plan, little is known.</p>',
      ],
    },
  },
  {
    id: 'chrome.author-box-markup',
    category: 'chrome',
    description: 'Author boxes named by their markup ("author-box", "author-bio", "about-author").',
    stages: ARTICLE,
    match: {
      kind: 'markup',
      contains: allPhrases(AUTHOR_BOX_MARKUP),
    },
    examples: {
      drop: [
        '<div class="author-bio" data-drop><p>Jane Doe covers the city council.</p></div>',
      ],
      keep: [
        '<div class="authority-report"><p>The authority published its report.</p></div>',
      ],
    },
  },
  {
    id: 'chrome.feedback',
    category: 'chrome',
    description: 'Feedback questions under the article ("Was this article helpful?", "War der Artikel nützlich?").',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(FEEDBACK), maxLength: 80 },
    examples: {
      drop: [
        '<p data-drop>Was this article helpful?</p>',
      ],
      keep: [
        '<p>Was this article helpful to the council? Its members did not say.</p>',
      ],
    },
  },
  {
    id: 'chrome.load-more',
    category: 'chrome',
    description: 'Paging buttons: "load more", "next article", "back to top" in every supported language.',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(LOAD_MORE), maxLength: 40 },
    examples: {
      drop: [
        '<button data-drop>Load more</button>',
      ],
      keep: [
        '<p>Load more buses onto the busiest lines, the mayor said.</p>',
      ],
    },
  },
  {
    id: 'chrome.media-player',
    category: 'chrome',
    description: 'A media player\'s text: "Media playback is unsupported on your device", "Your browser does not support the video tag", "Play video", "Se încarcă".',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(MEDIA_PLAYER), maxLength: 160, within: allPhrases(MEDIA_NOTICES) },
    examples: {
      drop: [
        '<figure data-drop><video src="/v.mp4"></video><p>Media playback is unsupported on your device</p></figure>',
        '<p data-drop>Il tuo browser non supporta il tag video.</p>',
        '<div data-drop><button>Reproducir video</button></div>',
      ],
      keep: [
        '<p>The council will play a video of the session on its website and publish the minutes next week.</p>',
      ],
    },
  },
  {
    id: 'chrome.media-label',
    category: 'chrome',
    description: 'Screen-reader labels of pictures and videos and the line they open: "Media caption, …", "Image source, Getty Images", "Pie de foto, …", "مصدر الصورة، …".',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(MEDIA_LABELS), maxLength: 240, opensWith: true },
    examples: {
      drop: [
        '<figure data-drop><img src="/a.jpg" alt=""><p>Media caption, Watch: the council votes on the budget</p></figure>',
        '<figure><img src="/a.jpg" alt=""><figcaption><span data-drop>Image caption, </span>The council in session</figcaption></figure>',
        '<p data-drop>Pie de foto, El alcalde durante la sesión</p>',
      ],
      keep: [
        '<figure><img src="/a.jpg" alt=""><figcaption>The council in session on Tuesday evening</figcaption></figure>',
      ],
    },
  },
  {
    id: 'chrome.image-credit',
    category: 'chrome',
    description: 'Picture credit lines ("TebNad/Shutterstock.com", "© Getty Images", "Foto: dpa").',
    stages: ARTICLE,
    match: { kind: 'imageCredit', agencies: PHOTO_CREDITS, labels: CREDIT_LABELS, maxLength: 80 },
    examples: {
      drop: [
        '<figure><img src="/bus.jpg" alt=""><figcaption>The new buses. <span data-drop>Foto: dpa</span></figcaption></figure>',
        '<p data-drop>TebNad/Shutterstock.com</p>',
      ],
      keep: [
        '<p>Reuters reported the vote first.</p>',
      ],
    },
  },
  {
    id: 'chrome.copyright',
    category: 'chrome',
    description: 'Copyright lines: "© 2020 …", "All rights reserved", "Toate drepturile rezervate", "جميع الحقوق محفوظة".',
    stages: ARTICLE,
    match: { kind: 'labelledBox', phrases: allPhrases(COPYRIGHT), label: 'contains', maxLabelLength: 160, maxBoxLength: 160 },
    examples: {
      drop: [
        '<p data-drop>© 2025 Example News. All rights reserved.</p>',
      ],
      keep: [
        '<p>The council spent years arguing about the copyright of the old city logo before it finally bought the rights from the designer\'s heirs, who had asked for far more than the city could pay.</p>',
      ],
    },
  },
  {
    id: 'chrome.paywall',
    category: 'chrome',
    description: 'Paywall and "continue reading" teasers ("Weiterlesen", "Ten tekst przeczytasz") and membership prompts ("If you\'re already a subscriber, log in", "Pour lire la suite, créez votre compte").',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(PAYWALL), maxLength: 200, opensWith: true, within: allPhrases(PAYWALL_PROMPTS) },
    examples: {
      drop: [
        '<p data-drop>If you\'re already a subscriber, log in.</p>',
        '<p data-drop>Weiterlesen: Der Plan im Detail</p>',
      ],
      keep: [
        '<p>Readers who continue reading past the budget tables will find the plan for schools.</p>',
      ],
    },
  },
];
