// @vitest-environment jsdom
/**
 * The library's import panel (entrypoints/library/ImportPanel.tsx) as the user drives it: a double
 * click on "Add N new" starts one import, not two. Before the guard, the second click started a second
 * import of the same plan after the first had written everything, and its answer ("Imported: 0
 * added") replaced the first's, so the page said nothing was imported after everything was.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/entrypoints/library/ImportPanel';
import { toSavedArticle } from '@/lib/library/records';
import type { Library } from '@/lib/library/store';
import { generateArticles } from './generate';
import { freshLibrary } from './helpers';

const COUNT = 300;

function backupFile(): File {
  const articles = generateArticles(COUNT, { seed: 7, minWords: 5, maxWords: 10 })
    .map((article, i) => toSavedArticle({ ...article, url: `https://bulk.example/${i}` }, new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString()));
  return new File([JSON.stringify({ format: 'clean-news-reader-backup', version: 1, exportedAt: '2026-01-02T03:04:05.678Z', articles })], 'backup.json', { type: 'application/json' });
}

/** Picks `file` in the panel's file input, as the browser's file chooser does. */
function choose(host: HTMLElement, file: File): void {
  const input = host.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the import panel', () => {
  let library: Library | undefined;
  const host = document.createElement('div');
  afterEach(() => {
    render(null, host);
    library?.close();
  });

  it('a double click on "Add N new" imports once and reports what that import added', async () => {
    ({ library } = await freshLibrary());
    const imported = vi.fn(async () => undefined);
    render(<ImportPanel library={library} onImported={imported} />, host);
    choose(host, backupFile());
    await vi.waitFor(() => expect(host.querySelector('[data-testid="import-add"]')).not.toBeNull(), { timeout: 20_000 });

    const add = host.querySelector<HTMLButtonElement>('[data-testid="import-add"]')!;
    add.click();
    add.click(); // the second click of a double click, before the page has redrawn

    await vi.waitFor(() => expect(host.querySelector('[data-testid="import-done"]')).not.toBeNull(), { timeout: 20_000 });
    expect(host.querySelector('[data-testid="import-done"]')!.textContent).toBe(`Imported: ${COUNT} added, 0 updated.`);
    expect(await library.count()).toBe(COUNT);
    expect(imported).toHaveBeenCalledTimes(1);
    // Nothing else is still running: the answer stays.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(host.querySelector('[data-testid="import-done"]')!.textContent).toBe(`Imported: ${COUNT} added, 0 updated.`);
  });
});
