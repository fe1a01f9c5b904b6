// @vitest-environment jsdom
/**
 * The interface's components drawn in Romanian, Greek, Arabic and Italian, in the states a user meets
 * them (every answer of a save, pictures saved, missing, refused, the shortcuts, the toolbar option, a
 * file that is not a backup and a backup with refused articles in the import panel):
 * nothing they show, label or draw for the page's reader is left in English (test/english-left.ts).
 * The check itself is tested first: the same components in English are full of those words.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveButton } from '@/components/SaveButton';
import { Shortcuts } from '@/components/Shortcuts';
import { ToolbarOption } from '@/components/ToolbarOption';
import { ImportPanel } from '@/entrypoints/library/ImportPanel';
import { PicturesLine, PicturesSummary, type SavedPictures } from '@/entrypoints/library/SavedPictures';
import { MISSING_REASONS, siteAnswered } from '@/lib/library/picture-fetch';
import { toSavedArticle } from '@/lib/library/records';
import type { ArticleSummary, Library, SavedArticle } from '@/lib/library/store';
import type { SaveReply } from '@/lib/protocol';
import { englishIn, interfaceText } from './english-left';
import { article as articleOf, freshLibrary } from './library/helpers';
import { useLocale } from './locales';

const TRANSLATED = ['ro', 'el', 'ar', 'it'];
const LEAD = 'https://img.example/lead.jpg';

const host = document.createElement('div');
document.body.append(host);

/** Lets promises and Preact's redraws run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function click(testId: string): void {
  const button = host.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  if (!button) throw new Error(`no ${testId}`);
  button.click();
}

const REPLIES: Record<string, SaveReply> = {
  added: { ok: true, status: 'added', updatedAt: '2026-01-01T00:00:00.000Z' },
  'added, pictures not allowed': { ok: true, status: 'added', updatedAt: '2026-01-01T00:00:00.000Z', pictures: { allowed: false, saved: 0, missing: 2 } },
  'updated, some pictures missing': { ok: true, status: 'updated', pictures: { allowed: true, saved: 2, missing: 1 } },
  'added, one picture': { ok: true, status: 'added', pictures: { allowed: true, saved: 1, missing: 0 } },
  'added, no picture downloaded': { ok: true, status: 'added', pictures: { allowed: true, saved: 0, missing: 3 } },
  'added, pictures off': { ok: true, status: 'added', pictures: { allowed: false, saved: 0, missing: 3, off: true } },
  exists: { ok: true, status: 'exists', savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
};

/** Every state of the save button and its pictures offer, one after another; the text of each. */
async function saveButtonTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const [name, reply] of Object.entries(REPLIES)) {
    for (const hiddenFromPage of [false, true]) {
      const allowPictures = hiddenFromPage ? undefined : vi.fn(async () => false);
      render(<SaveButton save={async () => reply} hiddenFromPage={hiddenFromPage} allowPictures={allowPictures} picturesReason="" />, host);
      click('save');
      await settle();
      texts.push(`${name}: ${interfaceText(host)}`);
      if (host.querySelector('[data-testid="allow-pictures"]')) {
        click('allow-pictures'); // the browser's prompt, refused
        await settle();
        texts.push(`${name}, pictures refused: ${interfaceText(host)}`);
      }
      render(null, host);
    }
  }
  return texts;
}

const article = {
  id: 'a1', updatedAt: '2026-01-01T00:00:00.000Z',
  html: `<p>Text</p><img src="${LEAD}"><img src="https://img.example/2.jpg"><img src="https://img.example/3.jpg"><img src="https://img.example/4.jpg">`,
} as SavedArticle;

/** The pictures line under a saved article (one picture saved, three missing for different reasons), before and after "Fetch missing pictures" is refused. */
async function picturesTexts(): Promise<string[]> {
  const records = [
    { articleId: 'a1', url: LEAD, order: 0, blob: new Blob([new Uint8Array(2048)]), width: 10, height: 10, missing: null },
    { articleId: 'a1', url: 'https://img.example/2.jpg', order: 1, blob: null, width: 0, height: 0, missing: siteAnswered(404) },
    ...[MISSING_REASONS.timeout, MISSING_REASONS.overLimit].map((missing, i) => (
      { articleId: 'a1', url: `https://img.example/${i + 3}.jpg`, order: i + 2, blob: null, width: 0, height: 0, missing })),
  ];
  const pictures: SavedPictures = { urls: new Map([[LEAD, 'blob:lead']]), records, reload: () => undefined };
  const library = {} as Library;
  const texts: string[] = [];
  render(<PicturesLine library={library} article={article} pictures={pictures} onFetched={() => undefined} setting="show" />, host);
  texts.push(`pictures line: ${interfaceText(host)}`);
  click('fetch-pictures');
  await settle();
  texts.push(`pictures refused: ${interfaceText(host)}`);
  render(<PicturesLine library={library} article={article} pictures={pictures} onFetched={() => undefined} setting="never" />, host);
  texts.push(`pictures line, no pictures: ${interfaceText(host)}`);

  const summaries = [{ pictures: { saved: 3, missing: 1, bytes: 3_500_000 } }, { pictures: { saved: 1, missing: 0, bytes: 20_000 } }] as ArticleSummary[];
  for (const setting of ['show', 'never'] as const) {
    render(<PicturesSummary summaries={summaries} setting={setting} />, host);
    await settle();
    texts.push(`pictures summary (${setting}): ${interfaceText(host)}`);
  }
  render(null, host);
  return texts;
}

/** The shortcuts line (one key unset) and Firefox's hint, and the toolbar option. */
async function popupFooterTexts(): Promise<string[]> {
  const commands = fakeBrowser.commands as unknown as Record<string, unknown>;
  commands.getAll = async () => [
    { name: '_execute_action', shortcut: 'Alt+Shift+C' }, { name: 'toggle-reader', shortcut: '' }, { name: 'save-article', shortcut: 'Alt+Shift+S' },
  ];
  commands.openShortcutSettings = async () => {
    throw new Error('not in this browser');
  };
  render(<><Shortcuts /><ToolbarOption /></>, host);
  await vi.waitFor(() => expect(host.querySelector('[data-testid="toolbar-opens-reader"]')).not.toBeNull());
  await vi.waitFor(() => expect(host.querySelector('[data-testid="shortcuts"]')).not.toBeNull());
  click('change-shortcuts');
  await settle();
  const text = `shortcuts: ${interfaceText(host)}`;
  render(null, host);
  return [text];
}

/** Picks `file` in the import panel's file input, as the browser's file chooser does. */
function choose(file: File): void {
  const input = host.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The import panel with a file that is not a backup, and with a backup of one good and two refused articles. */
async function importTexts(): Promise<string[]> {
  const { library } = await freshLibrary();
  const texts: string[] = [];
  render(<ImportPanel library={library} onImported={async () => undefined} />, host);
  choose(new File(['{"format": "something else"}'], 'notes.json'));
  await vi.waitFor(() => expect(host.querySelector('[data-testid="import-error"]')).not.toBeNull());
  texts.push(`import, not a backup: ${interfaceText(host)}`);
  const good = toSavedArticle(articleOf(), '2026-01-01T00:00:00.000Z');
  const articles = [good, { ...good, url: 'ftp://files.example/a', id: 'ftp://files.example/a', title: 'Ftp' }, { ...good, url: 'https://x.example/2', id: 'https://x.example/2', wordCount: -1 }];
  choose(new File([JSON.stringify({ format: 'clean-news-reader-backup', version: 1, exportedAt: '2026-01-02T03:04:05.678Z', articles })], '2026-01-02.json'));
  await vi.waitFor(() => expect(host.querySelector('[data-testid="import-rejected"]')).not.toBeNull());
  // The articles' own titles are the user's data, not the interface's.
  texts.push(`import, two refused: ${interfaceText(host).replaceAll(good.title, '').replaceAll('Ftp', '')}`);
  render(null, host);
  library.close();
  return texts;
}

/** Each state's text, after its name and ': ' (the name, in English, is not checked). */
const allTexts = async (): Promise<string[]> => [...await saveButtonTexts(), ...await picturesTexts(), ...await popupFooterTexts(), ...await importTexts()];
const shown = (text: string): string => text.slice(text.indexOf(': ') + 2);

describe('the components in the interface’s language', () => {
  beforeEach(() => {
    const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
    permissions.contains = async () => false;
    permissions.request = async () => false;
  });
  afterEach(() => {
    render(null, host);
    fakeBrowser.reset();
  });

  it('the check finds the English: in English, every state shows words the translations do not have', async () => {
    useLocale('en');
    const texts = await allTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(englishIn(shown(text), 'ro'), text).not.toEqual([]);
  });

  for (const locale of TRANSLATED) {
    it(`${locale}: no English word in any state of the save button, the pictures lines, the shortcuts or the toolbar option`, async () => {
      useLocale(locale);
      const left = (await allTexts()).map((text) => `${englishIn(shown(text), locale).join(', ')} ← ${text}`).filter((found) => !found.startsWith(' ←'));
      expect(left).toEqual([]);
    });
  }
});
