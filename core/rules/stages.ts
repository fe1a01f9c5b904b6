/** The stages a rule runs in, as catalog entries write them. */
export const BOTH = ['page', 'article'] as const;
export const ARTICLE = ['article'] as const;
export const PAGE = ['page'] as const;
