/** Buttons and links of a comment widget. */
import { isCommentAction } from '../comments';
import { matcherKind } from '../kind';

/** Buttons and links of a comment widget: "see all comments", "Kommentare schreiben", "Reply". */
export interface CommentActionMatch {
  kind: 'commentAction';
  maxLength?: number;
}

export const commentAction = matcherKind<CommentActionMatch>()({ maxLength: 60 }, (ctx, match) =>
  ctx.innermostShort(match.maxLength)
    .filter((el) => isCommentAction(ctx.text(el)) && /\p{L}/u.test(ctx.text(el)))
    .map((el) => [ctx.outermostWithSameText(el)]));
