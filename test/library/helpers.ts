/** Shared helpers for the library tests: an isolated database per test, a clock, articles, a DOM. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import type { LanguageInfo } from '@/core/language';
import type { Article } from '@/core/types';
import { openLibrary, type OpenLibraryOptions } from '@/lib/library/store';

/** A clock that moves one second per reading, from 2025-01-01. */
export function steppingClock(start = Date.UTC(2025, 0, 1)): () => Date {
  let now = start;
  return () => new Date((now += 1000));
}

/** A fresh, empty IndexedDB (fake-indexeddb) with a library opened on it. */
export async function freshLibrary(options: OpenLibraryOptions = {}) {
  const indexedDB = options.indexedDB ?? new IDBFactory();
  const library = await openLibrary({ now: steppingClock(), storage: undefined, ...options, indexedDB });
  return { library, indexedDB };
}

export const ROMANIAN: LanguageInfo = {
  code: 'ron', bcp47: 'ro', name: 'Romanian', nativeName: 'română', dir: 'ltr', confidence: 0.98, source: 'text+declared',
};

/** An ordinary article; `overrides` change any field. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://www.digi24.ro/stiri/actualitate/bugetul-a-fost-aprobat-123',
    title: 'Consiliul Local a aprobat bugetul',
    byline: 'Ana Popescu',
    siteName: 'Digi24',
    publishedTime: '2025-03-12T09:30:00+02:00',
    declaredLanguages: ['ro-RO'],
    text: 'Consiliul Local al municipiului a aprobat marți seară bugetul pentru anul viitor.\n\nȘtiri din România.',
    html: '<p>Consiliul Local al municipiului a aprobat marți seară bugetul pentru anul viitor.</p><p>Știri din România.</p>',
    wordCount: 16,
    removed: [{ rule: 'read-also', category: 'promo', text: 'Citește și: altceva', html: '<p>Citește și: altceva</p>', stage: 'page' }],
    notes: [],
    language: ROMANIAN,
    readingMinutes: 1,
    ...overrides,
  };
}

/** A window for DOMPurify and turndown (the unit tests run in Node). */
export function testWindow(): Window {
  return new JSDOM('<!doctype html><body></body>', { url: 'https://library.invalid/' }).window as unknown as Window;
}

/** An IDBFactory that remembers the connections it opened (to close them "from the browser"). */
export function recordingFactory(factory = new IDBFactory()): { indexedDB: IDBFactory; opened: IDBDatabase[] } {
  const opened: IDBDatabase[] = [];
  const recording = {
    open(name: string, version?: number) {
      const request = factory.open(name, version);
      request.addEventListener('success', () => opened.push(request.result));
      return request;
    },
  } as IDBFactory;
  return { indexedDB: recording, opened };
}

/**
 * Makes a `put` or `add` chosen by `fails` (store name, call number from 1) abort its transaction with
 * a QuotaExceededError, as browsers do when the disk or the quota is full, or with another error
 * (AbortError: the browser closed the connection). Once; `then` runs right after.
 */
export function abortOn(method: 'put' | 'add', fails: (store: string, call: number) => boolean,
  error = 'QuotaExceededError', then?: (db: IDBDatabase) => void): void {
  const original = IDBObjectStore.prototype[method];
  let calls = 0;
  const spy = vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = original.apply(this, args);
    if (fails(this.name, ++calls)) {
      spy.mockRestore();
      (this.transaction as unknown as { _abort(name: string): void })._abort(error);
      then?.(this.transaction.db);
    }
    return request;
  });
}
