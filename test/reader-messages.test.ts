import { describe, expect, it, vi } from 'vitest';
import { toLibraryError } from '../lib/library/errors';
import type { SaveReply } from '../lib/protocol';
import { handleReaderMessage } from '../lib/reader-messages';

const EXTENSION = 'abcdefghijklmnop';
const article = {
  url: 'https://news.example.ro/a', title: 'T', text: 'Text', html: '<p>Text</p>', removed: [],
  language: { code: 'ron', bcp47: 'ro', name: 'Romanian', nativeName: 'română', dir: 'ltr', confidence: 1, source: 'text' },
};
const message = { type: 'save-article', article, expected: null };
const fromOurTab = { id: EXTENSION, tab: { id: 7, url: 'https://news.example.ro/a#comments' }, frameId: 0 };

describe('messages to the background', () => {
  it('answers a well-formed save from our own content script', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: true, status: 'added' }));
    expect(await handleReaderMessage(message, fromOurTab, EXTENSION, save)).toEqual({ ok: true, status: 'added' });
    expect(save).toHaveBeenCalledWith({ ...article, byline: null, siteName: null, publishedTime: null }, null);
  });

  it('passes on the saved copy an update expects to replace; a missing expectation is "not saved yet"', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: true, status: 'updated' }));
    await handleReaderMessage({ ...message, expected: '2025-01-01T00:00:00.000Z' }, fromOurTab, EXTENSION, save);
    await handleReaderMessage({ type: 'save-article', article }, fromOurTab, EXTENSION, save);
    expect(save.mock.calls.map((call) => (call as unknown[])[1])).toEqual(['2025-01-01T00:00:00.000Z', null]);
  });

  it.each([
    ['another extension', { id: 'someone-else', tab: { id: 7 } }],
    ['no sender id (a web page via externally_connectable)', { tab: { id: 7 } }],
    ['one of our extension pages, not a tab', { id: EXTENSION }],
    ['a frame inside the tab', { ...fromOurTab, frameId: 3 }],
  ])('ignores %s', (_label, sender) => {
    const save = vi.fn();
    expect(handleReaderMessage(message, sender, EXTENSION, save)).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it.each([
    ['another type', { ...message, type: 'delete-all' }],
    ['an old overwrite flag instead of an expectation', { type: 'save-article', article, expected: true }],
    ['an expectation that is not a date', { ...message, expected: 5 }],
    ['a javascript: URL', { ...message, article: { ...article, url: 'javascript:alert(1)' } }],
    ['html that is not a string', { ...message, article: { ...article, html: { toString: (): string => '<b>' } } }],
    ['no language', { ...message, article: { ...article, language: undefined } }],
    ['not an object', 'save-article'],
  ])('ignores a message with %s', (_label, bad) => {
    const save = vi.fn();
    expect(handleReaderMessage(bad, fromOurTab, EXTENSION, save)).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it.each([
    ['another site', 'https://tracker.example/page'],
    ['another page of the same site', 'https://news.example.ro/b'],
    ['the same page with another query', 'https://news.example.ro/a?x=1'],
    ['no address (the browser withholds it)', undefined],
  ])('refuses, with a message, an article that is not the page its tab shows: %s', async (_label, tabUrl) => {
    const save = vi.fn();
    const reply = await handleReaderMessage(message, { ...fromOurTab, tab: { id: 7, url: tabUrl } }, EXTENSION, save);
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^Not saved: this tab no longer shows the page/) });
    expect(save).not.toHaveBeenCalled();
  });

  it('accepts the tab\'s own page whatever the #fragment of either', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: true, status: 'added' }));
    const withFragment = { ...message, article: { ...article, url: 'https://news.example.ro/a#top' } };
    expect(await handleReaderMessage(withFragment, { ...fromOurTab, tab: { id: 7, url: 'https://news.example.ro/a' } }, EXTENSION, save))
      .toEqual({ ok: true, status: 'added' });
  });

  it('turns a failed save into a message, never a rejection', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => { throw toLibraryError(new DOMException('The disk is full.', 'QuotaExceededError'), 'save'); });
    // The library's problem in the interface's words (English here), not the browser's.
    expect(await handleReaderMessage(message, fromOurTab, EXTENSION, save)).toEqual({
      ok: false, message: 'Not saved: There is no room left in the browser’s storage. Nothing was changed. Delete or export some saved articles, then try again.',
    });
  });
});

describe('articles that crossed extension messaging', () => {
  it('get back the null fields messaging dropped', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: true, status: 'added' }));
    await handleReaderMessage(message, fromOurTab, EXTENSION, save);
    expect(save).toHaveBeenCalledTimes(1);
    expect((save.mock.calls[0] as unknown[])[0]).toMatchObject({ byline: null, siteName: null, publishedTime: null });
  });
});
