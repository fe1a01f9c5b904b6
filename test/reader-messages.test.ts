import { describe, expect, it, vi } from 'vitest';
import type { SaveReply } from '../core/messages';
import { handleReaderMessage } from '../lib/reader-messages';

const EXTENSION = 'abcdefghijklmnop';
const article = {
  url: 'https://news.example.ro/a', title: 'T', text: 'Text', html: '<p>Text</p>', removed: [],
  language: { code: 'ron', bcp47: 'ro', name: 'Romanian', nativeName: 'română', dir: 'ltr', confidence: 1, source: 'text' },
};
const message = { type: 'save-article', article, overwrite: false };
const fromOurTab = { id: EXTENSION, tab: { id: 7 } };

describe('messages to the background', () => {
  it('answers a well-formed save from our own content script', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: true, status: 'added' }));
    expect(await handleReaderMessage(message, fromOurTab, EXTENSION, save)).toEqual({ ok: true, status: 'added' });
    expect(save).toHaveBeenCalledWith({ ...article, byline: null, siteName: null, publishedTime: null }, false);
  });

  it.each([
    ['another extension', { id: 'someone-else', tab: { id: 7 } }],
    ['no sender id (a web page via externally_connectable)', { tab: { id: 7 } }],
    ['one of our extension pages, not a tab', { id: EXTENSION }],
  ])('ignores %s', (_label, sender) => {
    const save = vi.fn();
    expect(handleReaderMessage(message, sender, EXTENSION, save)).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it.each([
    ['another type', { ...message, type: 'delete-all' }],
    ['no overwrite flag', { type: 'save-article', article }],
    ['a javascript: URL', { ...message, article: { ...article, url: 'javascript:alert(1)' } }],
    ['html that is not a string', { ...message, article: { ...article, html: { toString: (): string => '<b>' } } }],
    ['no language', { ...message, article: { ...article, language: undefined } }],
    ['not an object', 'save-article'],
  ])('ignores a message with %s', (_label, bad) => {
    const save = vi.fn();
    expect(handleReaderMessage(bad, fromOurTab, EXTENSION, save)).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a failed save into a message, never a rejection', async () => {
    const save = vi.fn(async (): Promise<SaveReply> => { throw new Error('The disk is full.'); });
    expect(await handleReaderMessage(message, fromOurTab, EXTENSION, save)).toEqual({ ok: false, message: 'Not saved: The disk is full.' });
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
