/**
 * Extraction quality on a fixed sample of the benchmark corpora, in-process: our pipeline must do at
 * least as well as plain Mozilla Readability on the same pages, and not fall below the level measured
 * when this test was written (minus a small margin for rule tuning). The full benchmark is `npm run bench`.
 *
 * Sample: every 25th page of trafilatura-eval/evaldata.json (40 pages, key order) and every 7th DAnIEL
 * id in sorted order (15 pages: 7 Greek, 7 Polish, 1 Russian).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  scoreDaniel, scoreTrafilatura, type DanielGoldPage, type DanielLanguage, type OutputLine, type TrafilaturaPage,
} from '../bench/score';
import { parsePage, readPageFile } from '../cli/load-page';
import { toArticle } from '../core/article';
import { blockText } from '../core/dom';
import { extractContent } from '../core/extract';
import { detectLanguage } from '../core/language';
import { readJson, SHARED } from './helpers';

const TRAFILATURA = path.join(SHARED, 'bench', 'trafilatura-eval');
const DANIEL = path.join(SHARED, 'bench', 'daniel-sample');

/** Both extractors on one page, parsed once (each works on its own clone of the document). */
function runBoth(id: string, file: string, url: string): { ours: OutputLine; plain: OutputLine } {
  const page = parsePage(readPageFile(file), url);
  try {
    let ours: OutputLine;
    try {
      const article = toArticle(extractContent(page.document, { url }));
      ours = { id, title: article.title, text: article.text, language: article.language };
    } catch (error) {
      ours = { id, error: String(error) };
    }
    let plain: OutputLine;
    try {
      // Plain Readability as a library user calls it (the benchmark's baseline, cli/run-page.ts --plain).
      const result = new Readability<Element>(page.document.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
      const text = result?.content ? blockText(result.content) : '';
      plain = result?.content ? { id, title: result.title ?? '', text, language: detectLanguage(text) } : { id, error: 'Readability found no article' };
    } catch (error) {
      plain = { id, error: String(error) };
    }
    return { ours, plain };
  } finally {
    page.close();
  }
}

const fixed = (x: number): string => x.toFixed(4);

describe('trafilatura-eval sample (40 pages)', () => {
  const all = readJson<Record<string, TrafilaturaPage>>(path.join(TRAFILATURA, 'evaldata.json'));
  const gold = Object.fromEntries(Object.entries(all).filter((_, i) => i % 25 === 0));
  const ours = new Map<string, OutputLine>();
  const plain = new Map<string, OutputLine>();

  beforeAll(() => {
    for (const [url, page] of Object.entries(gold)) {
      const both = runBoth(url, path.join(TRAFILATURA, 'html', `${page.file}.gz`), url);
      ours.set(url, both.ours);
      plain.set(url, both.plain);
    }
  }, 120_000);

  it('has the sample', () => {
    expect(Object.keys(gold)).toHaveLength(40);
  });

  it('our snippet F1 is at least plain Readability\'s, and at least the measured floor', () => {
    const our = scoreTrafilatura(gold, ours);
    const base = scoreTrafilatura(gold, plain);
    // Pages where we lose snippets that plain Readability keeps, for the failure message.
    const worse = our.perPage.flatMap((page) => {
      const other = base.perPage.find((p) => p.id === page.id)!;
      return page.fn + page.fp > other.fn + other.fp
        ? [`${page.id}: FN ${page.fn} FP ${page.fp} (plain FN ${other.fn} FP ${other.fp})${page.missed.length ? `, missed ${JSON.stringify(page.missed.slice(0, 3))}` : ''}`]
        : [];
    });
    const summary = `ours P ${fixed(our.precision)} R ${fixed(our.recall)} F1 ${fixed(our.f1)}; plain P ${fixed(base.precision)} R ${fixed(base.recall)} F1 ${fixed(base.f1)}\n${worse.join('\n')}`;
    expect(our.errors, summary).toBe(0);
    expect(our.f1, summary).toBeGreaterThanOrEqual(base.f1);
    // Measured when written: ours P 0.9224 R 0.8843 F1 0.9030; plain Readability P 0.9016 R 0.9091 F1 0.9053.
    expect(our.f1, summary).toBeGreaterThanOrEqual(0.88);
    expect(our.precision, summary).toBeGreaterThanOrEqual(0.9);
  });
});

describe('DAnIEL sample (15 pages)', () => {
  const languages = readJson<Record<string, DanielLanguage>>(path.join(DANIEL, 'languages.json'));
  const ids = Object.keys(languages).sort().filter((_, i) => i % 7 === 0);
  const gold = new Map<string, DanielGoldPage>(ids.map((id) => [id, {
    language: languages[id]!,
    referenceHtml: readFileSync(path.join(DANIEL, 'reference', `${id}.html`), 'utf8'),
  }]));
  const ours = new Map<string, OutputLine>();
  const plain = new Map<string, OutputLine>();

  /** The URL bench/run.ts gives a DAnIEL page: its site and hash. */
  const urlOf = (id: string): string => {
    const match = /^\d{8}_([a-z0-9-]+(?:\.[a-z0-9-]+)+)_(.+)$/i.exec(id);
    return match ? `http://${match[1]}/${match[2]}` : `http://example.invalid/${encodeURIComponent(id)}`;
  };

  beforeAll(() => {
    for (const id of ids) {
      const both = runBoth(id, path.join(DANIEL, 'html', `${id}.html.gz`), urlOf(id));
      ours.set(id, both.ours);
      plain.set(id, both.plain);
    }
  }, 120_000);

  /**
   * Measured when written (token F1, macro over pages): ours Greek 0.9910, Polish 0.9788, Russian 0.9642;
   * plain Readability Greek 0.9982, Polish 0.9702, Russian 0.9459.
   * Greek: DAnIEL's references keep the source-and-date line ("Πηγή: Express.gr 01/11/11-10:18") that the
   * reader deliberately moves to its header (chrome.article-meta); that costs about 0.007 F1 on these
   * pages, so we compare with plain Readability within 0.01.
   */
  const FLOORS: Record<DanielLanguage, number> = { Greek: 0.97, Polish: 0.955, Russian: 0.94 };
  const META_LINE_ALLOWANCE = 0.01;

  it('covers the three languages', () => {
    expect(new Set(ids.map((id) => languages[id]))).toEqual(new Set(['Greek', 'Polish', 'Russian']));
  });

  for (const language of ['Greek', 'Polish', 'Russian'] as const) {
    it(`${language}: our token F1 is at least plain Readability's and the measured floor`, () => {
      const our = scoreDaniel(gold, ours).byLanguage[language]!;
      const base = scoreDaniel(gold, plain).byLanguage[language]!;
      const pages = scoreDaniel(gold, ours).perPage.filter((p) => p.language === language)
        .map((p) => `${p.id}: P ${fixed(p.precision)} R ${fixed(p.recall)}${p.error ? ` error ${p.error}` : ''}`);
      const summary = `ours F1 ${fixed(our.f1)}, plain F1 ${fixed(base.f1)}\n${pages.join('\n')}`;
      expect(our.errors, summary).toBe(0);
      expect(our.f1, summary).toBeGreaterThanOrEqual(base.f1 - META_LINE_ALLOWANCE);
      expect(our.f1, summary).toBeGreaterThanOrEqual(FLOORS[language]);
    });
  }
});
