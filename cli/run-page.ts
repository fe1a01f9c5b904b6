/** One page through the pipeline (or through plain Readability, for the benchmark's baseline). */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { toArticle } from '../core/article';
import { blockText } from '../core/dom';
import { extractContent, type StepTimes } from '../core/extract';
import { detectLanguage } from '../core/language';
import { type Article, NotAnArticleError } from '../core/types';
import { parsePage, readPageFile } from './load-page';

export type Mode = 'full' | 'plain';

export interface PageResult {
  article: Article;
  /** Milliseconds from a parsed document to the finished article (reading and parsing the file excluded). */
  ms: number;
  /** Of those, each step's (the pipeline's steps and language detection; full mode only). */
  steps?: StepTimes & { language?: number };
}

export function runPage(file: string, url: string, mode: Mode, removedHtml = true): PageResult {
  const page = parsePage(readPageFile(file), url);
  try {
    if (mode === 'full') {
      const steps: PageResult['steps'] = {};
      const start = performance.now();
      const content = extractContent(page.document, { url, removedHtml, steps });
      const languageStart = performance.now();
      const article = toArticle(content);
      const end = performance.now();
      steps.language = end - languageStart;
      return { article, ms: end - start, steps };
    }
    const start = performance.now();
    const result = plainReadability(page.document);
    const ms = performance.now() - start;
    // Its HTML read back (untimed) for the text the scores compare.
    const view = page.document.defaultView!;
    const content = new view.DOMParser().parseFromString(`<!doctype html><body>${result.content}`, 'text/html').body;
    return { article: plainArticle({ ...result, content }, url), ms };
  } finally {
    page.close();
  }
}

/** Mozilla Readability alone, as a user of the library would call it (HTML out): the benchmark's baseline. */
function plainReadability(document: Document) {
  const result = new Readability(document.cloneNode(true) as Document).parse();
  if (!result?.content) throw new NotAnArticleError('Readability found no article');
  return { ...result, content: result.content };
}

function plainArticle(result: Omit<ReturnType<typeof plainReadability>, 'content'> & { content: Element }, url: string): Article {
  const text = blockText(result.content);
  return {
    url, title: result.title ?? '', byline: result.byline ?? null, siteName: result.siteName ?? null,
    publishedTime: result.publishedTime ?? null, declaredLanguages: [], text, html: result.content.outerHTML,
    wordCount: 0, removed: [], notes: [], language: detectLanguage(text), readingMinutes: 0,
  };
}
