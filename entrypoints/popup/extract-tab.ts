import { browser } from '#imports';
import { toArticle } from '@/core/article';
import type { ExtractionResult } from '@/core/messages';
import type { Article } from '@/core/types';

/** The tab to read: `?tabId=N` (tests, and the library opening a tab), else the active tab. */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('There is no active tab to read.');
  return tab.id;
}

/** Injects the extractor into the tab and turns its result into an article (language detected here, not in the page). */
export async function extractTab(tabId: number): Promise<Article> {
  let injected;
  try {
    injected = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extractor.js'] });
  } catch (error) {
    throw new Error(restrictedPageMessage(error instanceof Error ? error.message : String(error)), { cause: error });
  }
  const result = injected[0]?.result as ExtractionResult | undefined;
  if (!result) throw new Error('The page did not answer. It may still be loading; try again in a moment.');
  if (!result.ok) throw new Error(result.error.message);
  return toArticle(result.content);
}

/** Browsers refuse to run extensions on their own pages; say so plainly. */
function restrictedPageMessage(raw: string): string {
  if (/cannot access|cannot be scripted|extensions gallery|chrome:\/\/|edge:\/\/|about:|permission/i.test(raw)) {
    return 'The browser does not let extensions read this page (browser pages, the web store and the PDF viewer are off limits).';
  }
  return `The page could not be read: ${raw}`;
}
