import type { RuleCategory } from '../types';

/**
 * What a rule matches. Each kind is one detector in detectors.ts; the parameters here are the data
 * that tune it, so a rule can be read (and listed in the UI) without reading code.
 */
export type Matcher =
  /**
   * Elements named by their markup: a class or id that `contains` one of these strings
   * (case-insensitive), a class or id with one of these `words` (split on -, _ and camelCase:
   * "c-article__share-bar" has the word "share"), or an attribute holding a value (`attributes`).
   */
  | {
    kind: 'markup';
    contains?: readonly string[];
    words?: readonly string[];
    attributes?: readonly { name: string; contains: string }[];
    /** Elements of these tags, or with these ARIA roles (site navigation, header, footer). */
    tags?: readonly string[];
    roles?: readonly string[];
    /** Only outside the page's <article> and <main> (whose own header and footer hold title and byline). */
    outsideArticle?: boolean;
    /** Only elements holding less prose than this (site chrome has labels and links, not paragraphs). */
    maxProse?: number;
    /** Words that clear an element the other tests would match ("live-match-comments" is the article). */
    unlessWords?: readonly string[];
  }
  /** A heading or counter ("Comentarii (13)", "Σχόλια", "3 comments") and the comment thread it introduces. */
  | { kind: 'commentSection' }
  /** Two or more "user • date" lines with the comments between them. */
  | { kind: 'commentThread' }
  /** Buttons and links of a comment widget: "see all comments", "Kommentare schreiben", "Reply". */
  | { kind: 'commentAction'; maxLength: number }
  /**
   * Short lines that are exactly one of the phrases (buttons, labels, headings), or with
   * `opensWith`, that open with one followed by a mark ("ANZEIGE -", "*Werbung.", "Image source, …"), or that hold one of
   * the `within` phrases anywhere ("If you're already a subscriber, log in").
   */
  | { kind: 'phraseLine'; phrases: readonly string[]; maxLength: number; opensWith?: boolean; within?: readonly string[] }
  /** Short lines holding a sign-in phrase and a comment phrase: "Log in to comment". */
  | { kind: 'loginPrompt'; maxLength: number }
  /** A "read also / related / recommended" label with the links next to it, or the box it heads. */
  | { kind: 'labelledLinks'; phrases: readonly string[]; maxLabelLength: number }
  /** A short box introduced by a line holding one of the phrases (a newsletter box with its form and fine print). */
  | { kind: 'labelledBox'; phrases: readonly string[]; label: 'contains' | 'is'; maxLabelLength: number; maxBoxLength: number }
  /** The article's own meta lines: "Publicat: 18 martie 2025, 16:45 | Autor: … | Vizualizări: 3.214", a lone date, a "By …" line. */
  | { kind: 'articleMeta'; labels: readonly string[]; bylines: readonly string[]; maxLength: number }
  /** Picture credit lines: "TebNad/Shutterstock.com", "© Getty Images", "Foto: dpa", "Photograph by …", "Credit: …". */
  | { kind: 'imageCredit'; agencies: readonly string[]; labels: readonly string[]; maxLength: number }
  /** A paragraph that is a label plus a link: "Citește și: <a>…</a>". */
  | { kind: 'inlineLabelledLink'; phrases: readonly string[] }
  /** Three or more headline-shaped teaser links in a row or in one box; `crossSite` = most point to other sites. */
  | { kind: 'teaserRun'; minTeasers: number; crossSite: boolean }
  /**
   * Teaser links and short blocks about horoscopes and the zodiac (skipped when the article itself is
   * about them); with `signs`, also a zodiac sign's name in horoscope context (see horoscope-signs.ts).
   */
  | { kind: 'topicTeaser'; phrases: readonly string[]; maxLength: number; signs?: boolean }
  /**
   * Short blocks made only of network names and share/follow words ("Facebook Twitter"), or a short
   * line that opens with an invitation and names a network ("Urmărește Gazeta de Ardeal pe Google News").
   */
  | { kind: 'socialBar'; phrases: readonly string[]; maxLength: number; invitations: readonly string[] }
  /** A trail of section links starting at the home page: "Prima pagină » Actualitate »". */
  | { kind: 'breadcrumb'; maxLength: number }
  /** A block repeating the article title. */
  | { kind: 'titleCopy' }
  /** A short block of one to three short section links after the article ("Știri România"). */
  | { kind: 'sectionLinks'; maxWords: number }
  /**
   * Short lines after the article's last paragraph that open with one of the phrases; with `labelled`,
   * only as a label before a colon ("Quelle: dpa", but not "Quellen zufolge …").
   */
  | { kind: 'trailingLine'; phrases: readonly string[]; maxLength: number; labelled?: boolean }
  /** A heading after the article's last paragraph that is one of the phrases ("Pressekontakt"), with the lines after it. */
  | { kind: 'trailingSection'; phrases: readonly string[]; maxLabelLength: number }
  /** What a teaser widget leaves after the article when its links are gone: outlet-name lines ("Digi24", "Cancan.ro") and its label. */
  | { kind: 'trailingOrphans' }
  /** Short lines after the article's last paragraph that call the reader to a channel ("download our app"). */
  | { kind: 'trailingCall'; calls: readonly string[]; channels: readonly string[]; maxLength: number };

export interface Rule {
  id: string;
  category: RuleCategory;
  description: string;
  /** 'page': run on the whole page before Readability; 'article': run on Readability's result. */
  stages: readonly ('page' | 'article')[];
  match: Matcher;
  /**
   * Matches only third-party widgets and banners (by vendor markup), never an article: kept when
   * the page is retried without the other page rules.
   */
  sure?: boolean;
}
