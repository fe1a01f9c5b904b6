/**
 * The library's search index behind messages, so that it can live in a worker (search-worker.ts):
 * building the index of 10,000 articles takes tens of seconds and loading a stored one seconds, which
 * on the page's own thread froze the list and the typing. The page talks to it through SearchClient
 * (search-client.ts); the index itself is LibrarySearch (search.ts), the one implementation.
 *
 * Requests carry an id that their answer repeats. The index is loaded once, when the service starts;
 * requests made meanwhile wait for it.
 */
import { LibraryError, type Problem } from './errors';
import type { LibraryFilters } from './filters';
import { LibrarySearch, type SearchProgress } from './search';
import type { Library } from './store';

export type SearchRequest =
  | { id: number; type: 'search'; query: string; filters: LibraryFilters }
  | { id: number; type: 'refresh' }
  | { id: number; type: 'close' };

export type SearchMessage =
  | { type: 'progress'; progress: SearchProgress }
  | { type: 'ready'; size: number }
  | { type: 'failed'; message: string; problem?: Problem }
  | { id: number; type: 'answer'; ids?: string[]; changed?: boolean; error?: string };

/** What a worker's global scope and a MessagePort have in common. */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The index's snapshot is written this long after it is due (LoadOptions.persistDelayMs): not while the first queries are typed. */
const PERSIST_DELAY_MS = 5_000;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Answers search requests arriving at `endpoint`, over the index of the library `open` gives. */
export function serveSearch(endpoint: MessageEndpoint, open: () => Promise<Library>): void {
  const post = (message: SearchMessage): void => endpoint.postMessage(message);
  const loading = open().then((library) => LibrarySearch.load(library, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    persistDelayMs: PERSIST_DELAY_MS,
  }));
  loading.then(
    (search) => post({ type: 'ready', size: search.size }),
    (error: unknown) => post({ type: 'failed', message: messageOf(error), ...(error instanceof LibraryError && error.problem && { problem: error.problem }) }),
  );

  endpoint.addEventListener('message', (event: MessageEvent) => {
    const request = event.data as SearchRequest;
    void loading
      .then(async (search): Promise<SearchMessage> => {
        switch (request.type) {
          case 'search':
            return { id: request.id, type: 'answer', ids: search.search(request.query, request.filters) };
          case 'refresh':
            return { id: request.id, type: 'answer', changed: await search.refresh() };
          case 'close':
            await search.close();
            return { id: request.id, type: 'answer' };
        }
      })
      .catch((error: unknown): SearchMessage => ({ id: request.id, type: 'answer', error: messageOf(error) }))
      .then(post);
  });
}
