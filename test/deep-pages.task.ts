/**
 * Deep pages run in a worker (test/in-worker.ts) because jsdom itself needs a stack of a chosen size
 * for them. Each returns a plain report: the outcome, how long extraction took, whether the page was
 * copied at all.
 */
import { parsePage } from '../cli/load-page';
import { runPage } from '../cli/run-page';
import { appendDeepArticle, deepPageLevels, PAGE_URL, timedExtract } from './odd-pages';

export interface DeepPageReport {
  levels: number;
  /** Building the page (not counted in `ms`). */
  buildMs: number;
  ms: number;
  cloned: boolean;
  error: { name: string; message: string } | null;
  textLength: number;
}

/** A page whose article sits `wrappers` <div>s deep, built in the document from the inside out, then extractContent. */
export function extractBuiltDeepPage(wrappers: number): DeepPageReport {
  // The window is not closed: that is recursive in jsdom as well, and the worker ends right after.
  const doc = parsePage('<!doctype html><html lang="en"><head><title>Deep</title></head><body></body></html>', PAGE_URL).document;
  const started = performance.now();
  appendDeepArticle(doc, wrappers);
  const buildMs = performance.now() - started;
  let cloned = false;
  const clone = doc.cloneNode.bind(doc);
  doc.cloneNode = (deep?: boolean) => {
    cloned = true;
    return clone(deep);
  };
  const outcome = timedExtract(doc);
  return {
    levels: deepPageLevels(wrappers),
    buildMs,
    ms: outcome.ms,
    cloned,
    error: outcome.ok ? null : { name: outcome.name, message: outcome.message },
    textLength: outcome.ok ? outcome.content.text.length : 0,
  };
}

/** The CLI's one-page run (read, parse, extract, close) on a saved page; its error message, or null. */
export function runSavedPage(file: string): { message: string | null; ms: number } {
  const started = performance.now();
  try {
    runPage(file, PAGE_URL, 'full');
    return { message: null, ms: performance.now() - started };
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  }
}
