/** Shared test helpers: paths, fixture discovery, page building and the pipeline run the way the CLI runs it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureGold, OutputLine, TrafilaturaPage } from '../bench/score';
import { parsePage, readPageFile } from '../cli/load-page';
import { toArticle } from '../core/article';
import { extractContent, type ExtractOptions } from '../core/extract';
import type { Article, ExtractedContent } from '../core/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The gold annotation of a seed page (../shared/seeds/<seed>.gold.json): title, keep and drop lines, language. */
export function seedGold(seed: string): FixtureGold {
  return readJson<FixtureGold>(path.join(SHARED, 'seeds', `${seed}.gold.json`));
}

// ---------------------------------------------------------------------------------------------
// Fixtures

export interface FixturePage {
  /** "seeds/<seed>/<variant>" or "extra/<name>", as in bench/run.ts. */
  id: string;
  file: string;
  url: string;
  gold: FixtureGold;
}

/** Every seed variant and every extra fixture with its gold file and canonical URL, in a stable order. */
export function fixturePages(): FixturePage[] {
  const pages: FixturePage[] = [];
  const seedsDir = path.join(FIXTURES, 'seeds');
  for (const seed of readdirSync(seedsDir).sort()) {
    const dir = path.join(seedsDir, seed);
    const gold = seedGold(seed);
    const { url } = readJson<{ url: string }>(path.join(dir, 'page.json'));
    for (const variant of ['semantic', 'machine', 'flat']) {
      const file = path.join(dir, `${variant}.html`);
      if (existsSync(file)) pages.push({ id: `seeds/${seed}/${variant}`, file, url, gold });
    }
  }
  const extraDir = path.join(FIXTURES, 'extra');
  for (const file of readdirSync(extraDir).filter((f) => f.endsWith('.html')).sort()) {
    const name = file.slice(0, -'.html'.length);
    pages.push({
      id: `extra/${name}`,
      file: path.join(extraDir, file),
      url: readJson<{ url: string }>(path.join(extraDir, `${name}.json`)).url,
      gold: readJson<FixtureGold>(path.join(extraDir, `${name}.gold.json`)),
    });
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Running the pipeline

/** Parses the HTML with jsdom at `url` (as the CLI does) and hands the document to `use`; the window is closed after. */
export function withDocument<T>(html: string, url: string, use: (doc: Document) => T): T {
  const page = parsePage(html, url);
  try {
    return use(page.document);
  } finally {
    page.close();
  }
}

const TRAFILATURA = path.join(SHARED, 'bench', 'trafilatura-eval');

/** A trafilatura-eval page by its URL, read and parsed as the CLI does, through extractContent; with its gold snippets. */
export function extractBenchPage(url: string): { content: ExtractedContent; gold: TrafilaturaPage } {
  const gold = readJson<Record<string, TrafilaturaPage>>(path.join(TRAFILATURA, 'evaldata.json'))[url];
  if (!gold) throw new Error(`not in trafilatura-eval: ${url}`);
  const page = parsePage(readPageFile(path.join(TRAFILATURA, 'html', `${gold.file}.gz`)), url);
  try {
    return { content: extractContent(page.document, { url }), gold };
  } finally {
    page.close();
  }
}

/** The whole pipeline on an HTML string: extractContent then toArticle. */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): Article {
  return withDocument(html, url, (doc) => toArticle(extractContent(doc, { url, ...options })));
}

/** An article as the batch CLI would print it, for bench/score.ts. */
export function outputLine(id: string, article: Article): OutputLine {
  return {
    id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    language: article.language,
    text: article.text,
    html: article.html,
    removed: article.removed,
  };
}

/** Short, readable list of strings for assertion messages. */
export function listing(label: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, 12).map((s) => `  - ${JSON.stringify(s.length > 140 ? `${s.slice(0, 139)}…` : s)}`);
  return `${label} (${items.length}):\n${shown.join('\n')}${items.length > 12 ? '\n  …' : ''}\n`;
}

// ---------------------------------------------------------------------------------------------
// Hand-written article pages

export interface ArticlePageSpec {
  lang: string;
  dir?: 'ltr' | 'rtl';
  title: string;
  paragraphs: readonly string[];
  /** Markup placed inside the article container after `after` paragraphs (default: after all of them). */
  clutter?: string;
  after?: number;
  /** Markup placed after the article container, still inside <main> (comment sections, related lists). */
  below?: string;
  /** Markup placed before the <h1> inside the article (breadcrumbs, meta lines). */
  above?: string;
  siteName?: string;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An ordinary news page: a header with navigation, an <article> with the title and the paragraphs,
 * the clutter where asked, and a footer. Only the clutter differs between the rule tests.
 */
export function articlePage(spec: ArticlePageSpec): string {
  const paragraphs = spec.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  const at = spec.after ?? paragraphs.length;
  const body = [...paragraphs.slice(0, at), spec.clutter ?? '', ...paragraphs.slice(at)].join('\n');
  return `<!doctype html>
<html lang="${spec.lang}"${spec.dir ? ` dir="${spec.dir}"` : ''}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(spec.title)} - ${escapeHtml(spec.siteName ?? 'Example News')}</title>
<meta property="og:title" content="${escapeHtml(spec.title)}">
<meta property="og:site_name" content="${escapeHtml(spec.siteName ?? 'Example News')}">
</head>
<body>
<header><a href="/">${escapeHtml(spec.siteName ?? 'Example News')}</a></header>
<main>
<article>
${spec.above ?? ''}
<h1>${escapeHtml(spec.title)}</h1>
${body}
</article>
${spec.below ?? ''}
</main>
<footer><p>© 2025 ${escapeHtml(spec.siteName ?? 'Example News')}</p></footer>
</body>
</html>`;
}
