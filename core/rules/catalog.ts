/**
 * The built-in clutter rules, as data. Order matters: specific rules run before general ones so a
 * removal is credited to the rule that knows best what it is (a horoscope teaser inside a promo box
 * is listed as horoscope).
 */
import {
  ABOUT_AUTHOR, allPhrases, ARTICLE_META, BYLINE, CALLS, CHANNELS, CONTACT, COPYRIGHT, CREDIT_LABELS, DISCLOSURE, PAYWALL, PAYWALL_PROMPTS, FEEDBACK, FOLLOW, LOAD_MORE, MEDIA_LABELS, MEDIA_NOTICES, MEDIA_PLAYER, PHOTO_CREDITS, POST_FOOTER, SOURCE, TAGS, HOROSCOPE, NEWSLETTER, RELATED, SHARE, SPONSORED,
} from '../phrases';
import type { Rule } from './types';

const BOTH = ['page', 'article'] as const;
const ARTICLE = ['article'] as const;
const PAGE = ['page'] as const;

export const RULES: readonly Rule[] = [
  {
    id: 'chrome.site-frame',
    category: 'chrome',
    description: 'The site around the article: navigation, site header and footer, sidebars (never one holding the title or most of the text).',
    stages: PAGE,
    match: {
      kind: 'markup',
      tags: ['NAV', 'HEADER', 'FOOTER', 'ASIDE'],
      roles: ['navigation', 'banner', 'contentinfo', 'complementary', 'search'],
      outsideArticle: true,
      maxProse: 300,
    },
  },
  {
    id: 'comments.vendor-widget',
    category: 'comments',
    description: 'Comment and review widgets by vendor: Disqus, Facebook comments, Commento, Coral, Remark42, Hyvor, Vuukle, giscus, utterances, Judge.me, Yotpo, Trustpilot…',
    sure: true,
    stages: BOTH,
    match: {
      kind: 'markup',
      attributes: [
        { name: 'data-numposts', contains: '' }, { name: 'src', contains: 'disqus.com' },
        { name: 'src', contains: 'facebook.com/plugins/comments' }, { name: 'itemtype', contains: 'schema.org/Comment' },
        { name: 'itemprop', contains: 'comment' }, { name: 'data-review-id', contains: '' },
      ],
      contains: [
        'disqus', 'fb-comments', 'commento', 'coral-talk', 'coral_', 'remark42', 'hyvor-talk', 'vuukle', 'giscus', 'utterances',
        // Customer-review widgets: readers' comments on shop and product pages.
        'jdgm-', 'yotpo', 'trustpilot', 'stamped-review', 'okendo', 'loox-', 'spr-review', 'bv-content', 'reevoo', 'feefo',
      ],
    },
  },
  {
    id: 'comments.container',
    category: 'comments',
    description: 'Blocks whose class or id names them as comments or replies ("comments", "comment-list", "respond").',
    stages: BOTH,
    match: {
      kind: 'markup',
      words: ['comment', 'comments', 'commentlist', 'commentlists', 'respond', 'replies', 'comentarii', 'comentarios', 'commenti', 'kommentare', 'komentarze', 'commentaires'],
      // A live blog's or a match's running commentary is the article itself.
      unlessWords: ['live', 'liveblog', 'ticker', 'liveticker', 'match', 'minute', 'commentary'],
    },
  },
  {
    id: 'comments.section',
    category: 'comments',
    description: 'A comments heading or counter in any language ("Comentarii (13)", "Σχόλια", "التعليقات", "Commenti") and the thread under it.',
    stages: BOTH,
    match: { kind: 'commentSection' },
  },
  {
    id: 'comments.thread',
    category: 'comments',
    description: 'Runs of "username • date" lines and the comments between them.',
    stages: ARTICLE,
    match: { kind: 'commentThread' },
  },
  {
    id: 'comments.action',
    category: 'comments',
    description: 'Comment buttons and links: "see all comments", "leave a comment", "Vezi toate comentariile (13)", "Comentează", "Kommentare schreiben".',
    stages: ARTICLE,
    match: { kind: 'commentAction', maxLength: 60 },
  },
  {
    id: 'comments.login-prompt',
    category: 'comments',
    description: 'Prompts to sign in before commenting ("Loghează-te în contul tău pentru a adăuga comentarii").',
    stages: ARTICLE,
    match: { kind: 'loginPrompt', maxLength: 220 },
  },
  {
    id: 'horoscope.teaser',
    category: 'horoscope',
    description: 'Teaser links and short blocks about horoscopes and the zodiac (horoscop, zodii, ωροσκόπιο, ζώδια, oroscopo, أبراج, حظك اليوم, Horoskop…, or a sign\'s name with a date, "this week", "luck" or other signs: "Berbec, 13 martie", "Κριός: τύχη"), unless the article itself is about astrology.',
    stages: ARTICLE,
    match: { kind: 'topicTeaser', phrases: allPhrases(HOROSCOPE), maxLength: 320, signs: true },
  },
  {
    id: 'promo.network-widget',
    category: 'promo',
    description: 'Content-recommendation networks: Taboola, Outbrain, MGID, Adnow, Profitshare, Revcontent, Zergnet, Yahoo Gemini, Dianomi.',
    sure: true,
    stages: BOTH,
    match: {
      kind: 'markup',
      attributes: [{ name: 'data-taboola', contains: '' }, { name: 'data-type', contains: '_mgwidget' }, { name: 'data-src', contains: 'outbrain' }],
      contains: [
        'taboola', 'outbrain', 'ob-widget', 'mgid', 'scriptroot', 'adnow', 'profitshare', 'revcontent', 'rc-widget',
        'zergnet', 'dianomi', 'gemini-ad', 'nativeads', 'native-ad', 'strossle', 'plista', 'ligatus', 'contentad',
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
      words: ['related', 'recommended', 'recommendations', 'recomandari', 'promo', 'promoted', 'sponsored', 'mostread', 'popular', 'trending', 'readalso', 'citestesi', 'partner', 'partners'],
    },
  },
  {
    id: 'promo.cross-site-teasers',
    category: 'promo',
    description: 'Lists of headline links that point at other sites (sister sites, promo networks), with their source names.',
    stages: ARTICLE,
    match: { kind: 'teaserRun', minTeasers: 3, crossSite: true },
  },
  {
    id: 'promo.teaser-list',
    category: 'promo',
    description: 'Lists of three or more headline links with their labels and summaries (related and "more news" lists).',
    stages: ARTICLE,
    match: { kind: 'teaserRun', minTeasers: 3, crossSite: false },
  },
  {
    id: 'promo.widget-remains',
    category: 'promo',
    description: 'What a teaser widget leaves after the article when its headline links are gone: a run of outlet names one per line ("Mediafax", "Digi24", "Cancan.ro", "Prosport.ro") and its label with nothing under it.',
    stages: ARTICLE,
    match: { kind: 'trailingOrphans' },
  },
  {
    id: 'promo.labelled-links',
    category: 'promo',
    description: '"Read also / related / recommended / see more" labels in every supported language, with the links they introduce.',
    stages: ARTICLE,
    match: { kind: 'labelledLinks', phrases: allPhrases(RELATED, SPONSORED), maxLabelLength: 60 },
  },
  {
    id: 'promo.inline-read-also',
    category: 'promo',
    description: 'Inline "Citește și:", "Leggi anche:", "Lire aussi :" paragraphs made of a label and a link.',
    stages: ARTICLE,
    match: { kind: 'inlineLabelledLink', phrases: allPhrases(RELATED) },
  },
  {
    id: 'chrome.share-follow',
    category: 'chrome',
    description: 'Share and follow bars: network names and "share / follow us" words in every supported language.',
    stages: ARTICLE,
    match: { kind: 'socialBar', phrases: allPhrases(SHARE, FOLLOW), maxLength: 120, invitations: allPhrases(FOLLOW, SHARE) },
  },
  {
    id: 'chrome.share-container',
    category: 'chrome',
    description: 'Blocks whose class or id names them as share, like, social or follow bars (WordPress Jetpack "sharedaddy" among them).',
    stages: BOTH,
    match: {
      kind: 'markup',
      words: ['share', 'sharing', 'sharebar', 'shares', 'sharethis', 'addthis', 'addtoany', 'a2a', 'shareaholic', 'sharedaddy', 'likes', 'social', 'socials', 'follow', 'newsletter', 'subscribe', 'subscription', 'breadcrumb', 'breadcrumbs'],
    },
  },
  {
    id: 'chrome.cookie-banner',
    category: 'chrome',
    description: 'Cookie and consent banners named by their markup ("cookie-notice", "eu-cookie-law", "consent", "gdpr" and its German, Romance and Polish acronyms dsgvo, rgpd, rodo).',
    sure: true,
    stages: BOTH,
    match: { kind: 'markup', words: ['cookie', 'cookies', 'cookiebanner', 'cookienotice', 'cookieconsent', 'consent', 'gdpr', 'dsgvo', 'rgpd', 'rodo'], maxProse: 600 },
  },
  {
    id: 'chrome.breadcrumb',
    category: 'chrome',
    description: 'Breadcrumb trails that start at the home page ("Prima pagină » Actualitate »", "Home › News", "Αρχική / Διεθνή").',
    stages: ARTICLE,
    match: { kind: 'breadcrumb', maxLength: 300 },
  },
  {
    id: 'chrome.newsletter',
    category: 'chrome',
    description: 'Newsletter and subscription boxes: the invitation, the form and the fine print.',
    stages: ARTICLE,
    match: { kind: 'labelledBox', phrases: allPhrases(NEWSLETTER), label: 'contains', maxLabelLength: 80, maxBoxLength: 600 },
  },
  {
    id: 'chrome.article-meta',
    category: 'chrome',
    description: 'Date, author and view-count lines of the article ("Publicat: … | Autor: … | Vizualizări: 3.214", "By Jane Doe", "23.10.2018"): the reader shows them in its header.',
    stages: ARTICLE,
    match: { kind: 'articleMeta', labels: allPhrases(ARTICLE_META), bylines: allPhrases(BYLINE), maxLength: 160 },
  },
  {
    id: 'chrome.title-copy',
    category: 'chrome',
    description: 'A second copy of the article title inside the body (the reader shows the title once).',
    stages: ARTICLE,
    match: { kind: 'titleCopy' },
  },
  {
    id: 'chrome.section-links',
    category: 'chrome',
    description: 'Short lines of one to three section or tag links after the article ("Știri mondene", "Διεθνή").',
    stages: ARTICLE,
    match: { kind: 'sectionLinks', maxWords: 4 },
  },
  {
    id: 'chrome.follow-call',
    category: 'chrome',
    description: 'Calls after the article to follow the publisher elsewhere: "Download our app", "Follow X on Twitter", "Únete a nuestro canal de Telegram", "Abonnieren Sie unseren Newsletter".',
    stages: ARTICLE,
    match: { kind: 'trailingCall', calls: allPhrases(CALLS), channels: allPhrases(CHANNELS), maxLength: 240 },
  },
  {
    id: 'chrome.post-footer',
    category: 'chrome',
    description: 'The CMS line under a post: "This entry was posted in … on …", "Erstellt am … und abgelegt unter …", "Dieser Text wurde veröffentlicht unter der Lizenz …".',
    stages: ARTICLE,
    match: { kind: 'trailingLine', phrases: allPhrases(POST_FOOTER), maxLength: 300 },
  },
  {
    id: 'chrome.contact-section',
    category: 'chrome',
    description: 'A contact section after the article: a "Kontakt:", "Pressekontakt", "Media contact" heading and the name, phone and e-mail lines under it.',
    stages: ARTICLE,
    match: { kind: 'trailingSection', phrases: allPhrases(CONTACT), maxLabelLength: 40 },
  },
  {
    id: 'chrome.source-line',
    category: 'chrome',
    description: 'A source line under the article: "Quelle: dpa", "Sursa: Digi24", "Πηγή: ΑΠΕ-ΜΠΕ", "Źródło: ISBnews".',
    stages: ARTICLE,
    match: { kind: 'trailingLine', phrases: allPhrases(SOURCE), maxLength: 100, labelled: true },
  },
  {
    id: 'chrome.tags',
    category: 'chrome',
    description: 'Tag and category lists under the article ("Tags:", "Etichete:", "Ετικέτες:", "الوسوم", "Schlagwörter:").',
    stages: ARTICLE,
    match: { kind: 'labelledLinks', phrases: allPhrases(TAGS), maxLabelLength: 40 },
  },
  {
    id: 'chrome.inline-tags',
    category: 'chrome',
    description: 'A tag line written as one paragraph: "Tags: Putin, Xi Jinping, Rusia".',
    stages: ARTICLE,
    match: { kind: 'inlineLabelledLink', phrases: allPhrases(TAGS) },
  },
  {
    id: 'chrome.author-box',
    category: 'chrome',
    description: '"About the author" boxes, by their heading in every supported language or by their markup.',
    stages: ARTICLE,
    match: { kind: 'labelledBox', phrases: allPhrases(ABOUT_AUTHOR), label: 'is', maxLabelLength: 60, maxBoxLength: 1000 },
  },
  {
    id: 'chrome.author-box-markup',
    category: 'chrome',
    description: 'Author boxes named by their markup ("author-box", "author-bio", "about-author").',
    stages: ARTICLE,
    match: {
      kind: 'markup',
      contains: ['author-box', 'authorbox', 'author_box', 'author-bio', 'authorbio', 'author_bio', 'about-author', 'aboutauthor', 'about-the-author', 'author-info', 'authorinfo', 'author_info', 'author-card', 'autor-box', 'autorbox', 'bio-box', 'biobox'],
    },
  },
  {
    id: 'chrome.feedback',
    category: 'chrome',
    description: 'Feedback questions under the article ("Was this article helpful?", "War der Artikel nützlich?").',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(FEEDBACK), maxLength: 80 },
  },
  {
    id: 'chrome.load-more',
    category: 'chrome',
    description: 'Paging buttons: "load more", "next article", "back to top" in every supported language.',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(LOAD_MORE), maxLength: 40 },
  },
  {
    id: 'chrome.media-player',
    category: 'chrome',
    description: 'A media player\'s text: "Media playback is unsupported on your device", "Your browser does not support the video tag", "Play video", "Se încarcă".',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(MEDIA_PLAYER), maxLength: 160, within: allPhrases(MEDIA_NOTICES) },
  },
  {
    id: 'chrome.media-label',
    category: 'chrome',
    description: 'Screen-reader labels of pictures and videos and the line they open: "Media caption, …", "Image source, Getty Images", "Pie de foto, …", "مصدر الصورة، …".',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(MEDIA_LABELS), maxLength: 240, opensWith: true },
  },
  {
    id: 'chrome.image-credit',
    category: 'chrome',
    description: 'Picture credit lines ("TebNad/Shutterstock.com", "© Getty Images", "Foto: dpa").',
    stages: ARTICLE,
    match: { kind: 'imageCredit', agencies: PHOTO_CREDITS, labels: CREDIT_LABELS, maxLength: 80 },
  },
  {
    id: 'chrome.copyright',
    category: 'chrome',
    description: 'Copyright lines: "© 2020 …", "All rights reserved", "Toate drepturile rezervate", "جميع الحقوق محفوظة".',
    stages: ARTICLE,
    match: { kind: 'labelledBox', phrases: allPhrases(COPYRIGHT), label: 'contains', maxLabelLength: 160, maxBoxLength: 160 },
  },
  {
    id: 'chrome.paywall',
    category: 'chrome',
    description: 'Paywall and "continue reading" teasers ("Weiterlesen", "Ten tekst przeczytasz") and membership prompts ("If you\'re already a subscriber, log in", "Pour lire la suite, créez votre compte").',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(PAYWALL), maxLength: 200, opensWith: true, within: allPhrases(PAYWALL_PROMPTS) },
  },
  {
    id: 'promo.disclosure',
    category: 'promo',
    description: 'Advertising and affiliate disclosure lines: "ANZEIGE - …", "*Werbung. …", "Advertising disclosure: …".',
    stages: ARTICLE,
    match: { kind: 'phraseLine', phrases: allPhrases(DISCLOSURE), maxLength: 240, opensWith: true },
  },
];
