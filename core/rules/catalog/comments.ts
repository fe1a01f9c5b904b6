/** Comment widgets, threads and their buttons. */
import { allPhrases, COMMENT_MARKUP, LIVE_MARKUP } from '../../phrases';
import { BOTH, ARTICLE } from '../stages';
import type { Rule } from '../types';

export const COMMENT_RULES: readonly Rule[] = [
  {
    id: 'comments.vendor-widget',
    category: 'comments',
    description: 'Comment and review widgets by vendor: Disqus, Facebook comments, Commento, Coral, Remark42, Hyvor, Vuukle, giscus, utterances, Judge.me, Yotpo, Trustpilot…',
    neverArticle: true,
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
    examples: {
      drop: [
        '<div id="disqus_thread" data-drop><p>Join the discussion on Disqus.</p></div>',
        '<div class="fb-comments" data-numposts="5" data-drop></div>',
      ],
      keep: [
        '<p>Readers on Disqus and Trustpilot praised the new bus lines.</p>',
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
      words: allPhrases(COMMENT_MARKUP),
      // A live blog's or a match's running commentary is the article itself.
      unlessWords: allPhrases(LIVE_MARKUP),
    },
    examples: {
      drop: [
        '<section class="article-comments" data-drop><h3>2 comments</h3><p>Great news for the buses.</p></section>',
        '<div id="comentarii" data-drop><p>Foarte bine.</p></div>',
      ],
      keep: [
        '<div class="live-match-comments"><p>12\' Rossi scores after a corner.</p></div>',
        // A syntax highlighter's classes, not the site's.
        '<p>Start a repository:</p><pre><code>git init <span class="comment"># a new repository here</span></code></pre>',
      ],
    },
  },
  {
    id: 'comments.section',
    category: 'comments',
    description: 'A comments heading or counter in any language ("Comentarii (13)", "Σχόλια", "التعليقات", "Commenti") and the thread under it.',
    stages: BOTH,
    match: { kind: 'commentSection' },
    examples: {
      drop: [
        '<p>Consiliul a aprobat bugetul.</p><h3 data-drop>Comentarii (2)</h3><div data-drop>ion_popescu • 12.03.2025, 19:22</div><p data-drop>Foarte bine, era și timpul.</p>',
      ],
      keep: [
        '<h2>Comment: the budget is only a start</h2><p>The council still has to find money for schools.</p>',
      ],
    },
  },
  {
    id: 'comments.thread',
    category: 'comments',
    description: 'Runs of "username • date" lines and the comments between them.',
    stages: ARTICLE,
    match: { kind: 'commentThread' },
    examples: {
      drop: [
        '<p>The council approved the budget.</p><div data-drop>user_one • 12.03.2025, 19:22</div><p data-drop>Finally some money for the buses.</p><div data-drop>drugi.user • 12.03.2025, 20:05</div><p data-drop>And the schools forgotten as usual.</p>',
      ],
      keep: [
        '<p>Deadlines:</p><div>12.03.2025 first reading</div><div>19.03.2025 second reading</div>',
        // Durations are not the times comment widgets print.
        '<p>The plan builds up over ten weeks.</p><div>Week 1: Base building (2:30-3:20hrs)</div><div>Monday. Rest day</div><div>Week 2: Longer runs (3:00-4:10hrs)</div><div>Monday. Rest day</div>',
      ],
    },
  },
  {
    id: 'comments.action',
    category: 'comments',
    description: 'Comment buttons and links: "see all comments", "leave a comment", "Vezi toate comentariile (13)", "Comentează", "Kommentare schreiben".',
    stages: ARTICLE,
    match: { kind: 'commentAction', maxLength: 60 },
    examples: {
      drop: [
        '<p>The council approved the budget for next year.</p><a href="#comments" data-drop>See all comments (13)</a>',
        '<p>Am aprobat bugetul pe anul viitor, a spus primarul.</p><button data-drop>Scrie un comentariu</button>',
      ],
      keep: [
        '<p>Comments are closed on weekends, the council said.</p>',
      ],
    },
  },
  {
    id: 'comments.login-prompt',
    category: 'comments',
    description: 'Prompts to sign in before commenting ("Loghează-te în contul tău pentru a adăuga comentarii").',
    stages: ARTICLE,
    match: { kind: 'loginPrompt', maxLength: 220 },
    examples: {
      drop: [
        '<p>The council approved the budget.</p><p data-drop>Log in to your account to comment.</p>',
      ],
      keep: [
        '<p>You can log in to the city\'s website to see the full budget.</p>',
      ],
    },
  },
];
