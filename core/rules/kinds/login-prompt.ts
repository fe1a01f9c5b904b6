/** Prompts to sign in before commenting. */
import { isLoginPrompt } from '../comments';
import { matcherKind } from '../kind';

/** Short lines holding a sign-in phrase and a comment phrase: "Log in to comment". */
export interface LoginPromptMatch {
  kind: 'loginPrompt';
  maxLength?: number;
}

export const loginPrompt = matcherKind<LoginPromptMatch>()({ maxLength: 220 }, (ctx, match) =>
  ctx.innermostShort(match.maxLength)
    .filter((el) => isLoginPrompt(ctx.text(el), match.maxLength))
    .map((el) => [ctx.outermostWithSameText(el)]));
