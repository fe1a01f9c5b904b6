/**
 * What the extension does to a tab, for the popup and the background (keyboard shortcuts): read its
 * article, and show, hide or save through the reader overlay. Scripts are injected only here, only
 * into the tab the user acted on (activeTab), and only when asked.
 */
import { browser } from '#imports';
import { EXTRACTOR_GLOBAL, type ExtractionResult, type ExtractRequest, READER_GLOBAL, type ReaderApi } from '@/lib/protocol';
import type { Article } from '@/core/types';
import { t } from './i18n';
import type { ReaderSettings } from './settings';

const EXTRACTOR_FILE = '/extractor.js';
const READER_FILE = '/reader.js';

/**
 * Language detection (franc, with 240 kB of trigram data) is its own chunk in extension pages, loaded
 * while the page is read rather than before the popup's first script runs.
 */
let articleModule: Promise<typeof import('@/core/article')> | undefined;
export function loadLanguageDetection(): Promise<typeof import('@/core/article')> {
  articleModule ??= import('@/core/article');
  return articleModule;
}

export type TabErrorKind = 'restricted' | 'not-article' | 'too-large' | 'no-answer' | 'failed';

/** A failure with a message for the user and a kind the UI can act on ("show anyway" for not-article). */
export class TabError extends Error {
  constructor(readonly kind: TabErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TabError';
  }
}

/** The tab to read: `?tabId=N` (tests, and the library opening a tab), else the active tab. */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new TabError('failed', t('errorNoTab'));
  return tab.id;
}

/** Injects the extractor and turns its result into an article (language detected here, not in the page). */
export async function extractTab(tabId: number, request: ExtractRequest = {}): Promise<Article> {
  let result: ExtractionResult | undefined;
  if (request.force) {
    // The extractor left its function behind on the first try; inject it again only if the page changed since.
    result = await callInPage<ExtractionResult>(tabId, extractWith, [EXTRACTOR_GLOBAL, request]);
    if (!result) {
      await injectFile(tabId, EXTRACTOR_FILE);
      result = await callInPage<ExtractionResult>(tabId, extractWith, [EXTRACTOR_GLOBAL, request]);
    }
  } else {
    result = await injectFile<ExtractionResult>(tabId, EXTRACTOR_FILE);
  }
  if (!result) throw new TabError('no-answer', t('errorNoAnswer'));
  if (!result.ok) throw errorFromPage(result.error);
  const { toArticle } = await loadLanguageDetection();
  return toArticle(result.content);
}

/** Shows the reader overlay in the tab with this article (replacing one already shown). */
export async function showReader(tabId: number, article: Article, settings: ReaderSettings): Promise<void> {
  await injectFile(tabId, READER_FILE);
  await callInPage(tabId, (name: string, shownArticle: Article, shownSettings: unknown) => {
    (globalThis as unknown as Record<string, ReaderApi | undefined>)[name]?.show(shownArticle, shownSettings);
  }, [READER_GLOBAL, article, settings]);
}

/** Takes the overlay away; false when none was shown. */
export function hideReader(tabId: number): Promise<boolean> {
  return askReader(tabId, 'hide');
}

export async function readerShown(tabId: number): Promise<boolean> {
  try {
    return await askReader(tabId, 'isShown');
  } catch {
    return false; // A page we may not script has no overlay of ours.
  }
}

/** The keyboard shortcut: hide the overlay if shown, else read the page and show it. */
export async function toggleReader(tabId: number, settings: ReaderSettings): Promise<'shown' | 'hidden'> {
  if (await hideReader(tabId)) return 'hidden';
  await showReader(tabId, await extractTab(tabId), settings);
  return 'shown';
}

/** The save shortcut: the overlay saves what it shows (and says so); false when no overlay is shown. */
export function saveFromReader(tabId: number): Promise<boolean> {
  return askReader(tabId, 'save');
}

/** Calls one of the overlay's yes/no functions in the tab; false when the overlay was never injected there. */
async function askReader(tabId: number, method: 'hide' | 'isShown' | 'save'): Promise<boolean> {
  return (await callInPage<boolean>(tabId, (name: string, call: typeof method) =>
    (globalThis as unknown as Record<string, ReaderApi | undefined>)[name]?.[call]() ?? false, [READER_GLOBAL, method])) ?? false;
}

function extractWith(name: string, request: ExtractRequest): ExtractionResult | undefined {
  const extract = (globalThis as unknown as Record<string, ((r: ExtractRequest) => ExtractionResult) | undefined>)[name];
  return extract?.(request);
}

async function injectFile<T>(tabId: number, file: typeof EXTRACTOR_FILE | typeof READER_FILE): Promise<T | undefined> {
  try {
    const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return injected?.result as T | undefined;
  } catch (error) {
    throw restricted(error);
  }
}

async function callInPage<T>(tabId: number, func: (...args: never[]) => unknown, args: unknown[]): Promise<T | undefined> {
  try {
    // `func` runs in the extension's isolated world of the page: it sees the globals our scripts left there.
    const [injected] = await browser.scripting.executeScript({ target: { tabId }, func: func as () => unknown, args: args as [] });
    return injected?.result as T | undefined;
  } catch (error) {
    throw restricted(error);
  }
}

/** The extractor's error in the interface's language (the core writes English: it runs in the CLI too). */
function errorFromPage(error: { name: string; message: string }): TabError {
  if (error.name === 'NotAnArticleError') return new TabError('not-article', t('errorNotArticle'));
  if (error.name === 'PageTooLargeError') {
    // "… (40123 elements; the limit is 30000)": the figures travel in the core's message.
    const size = /\((\d+) (elements|levels); the limit is (\d+)\)/.exec(error.message);
    if (!size) return new TabError('too-large', error.message);
    const [, count, measure, limit] = size;
    return new TabError('too-large', t(measure === 'levels' ? 'errorTooDeep' : 'errorTooLarge', Number(count), Number(limit)));
  }
  return new TabError('failed', t('errorCouldNotRead', error.message));
}

/** Browsers refuse to run extensions on their own pages; say so plainly. */
function restricted(error: unknown): TabError {
  const raw = error instanceof Error ? error.message : String(error);
  if (/cannot access|cannot be scripted|extensions gallery|chrome:\/\/|edge:\/\/|about:|permission|missing host/i.test(raw)) {
    return new TabError('restricted', t('errorRestricted'), { cause: error });
  }
  if (/no tab with id|tab was closed|frame was removed/i.test(raw)) {
    return new TabError('failed', t('errorTabGone'), { cause: error });
  }
  return new TabError('failed', t('errorCouldNotRead', raw), { cause: error });
}
