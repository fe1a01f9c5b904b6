/** A comments heading or counter and the thread it introduces (see comments.ts). */
import { detectCommentSections } from '../comments';
import { matcherKind } from '../kind';

/** A heading or counter ("Comentarii (13)", "Σχόλια", "3 comments") and the comment thread it introduces. */
export interface CommentSectionMatch {
  kind: 'commentSection';
}

export const commentSection = matcherKind<CommentSectionMatch>()({}, (ctx) => detectCommentSections(ctx));
