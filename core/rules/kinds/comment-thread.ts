/** "user • date" lines with the comments between them (see comments.ts). */
import { detectCommentThreads } from '../comments';
import { matcherKind } from '../kind';

/** Two or more "user • date" lines with the comments between them. */
export interface CommentThreadMatch {
  kind: 'commentThread';
}

export const commentThread = matcherKind<CommentThreadMatch>()({}, (ctx) => detectCommentThreads(ctx));
