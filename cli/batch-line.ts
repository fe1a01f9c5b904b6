import type { PageResult } from './run-page';

export interface BatchInput {
  id: string;
  file: string;
  url: string;
}

/** The batch output contract: exactly these fields, one JSON object per page. */
export function batchLine(id: string, { article, ms, steps }: PageResult) {
  const { code, bcp47, name, dir, confidence } = article.language;
  return {
    id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    language: { code, bcp47, name, dir, confidence },
    text: article.text,
    html: article.html,
    removed: article.removed.map(({ rule, category, text }) => ({ rule, category, text })),
    ms: Math.round(ms * 10) / 10,
    ...(steps && { steps: Object.fromEntries(Object.entries(steps).map(([name, stepMs]) => [name, Math.round(stepMs * 100) / 100])) }),
  };
}
