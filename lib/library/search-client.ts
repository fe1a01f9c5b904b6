/**
 * The page's side of the search service (search-service.ts): requests as promises, and the index's
 * state (loading with its progress, ready, failed) for the page to show.
 */
import type { Problem } from './errors';
import type { LibraryFilters } from './filters';
import type { SearchProgress } from './search';
import type { MessageEndpoint, SearchMessage, SearchRequest } from './search-service';

export type SearchState =
  | { status: 'loading'; progress: SearchProgress | null }
  | { status: 'ready'; size: number }
  | { status: 'failed'; message: string; problem?: Problem };

type Pending = { resolve: (message: SearchMessage & { type: 'answer' }) => void; reject: (error: Error) => void };

/** A request without its id (the client numbers them). */
type RequestBody<T = SearchRequest> = T extends SearchRequest ? Omit<T, 'id'> : never;

export class SearchClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(state: SearchState) => void>();
  private current: SearchState = { status: 'loading', progress: null };

  constructor(private readonly endpoint: MessageEndpoint & { terminate?: () => void }) {
    endpoint.addEventListener('message', (event: MessageEvent) => this.receive(event.data as SearchMessage));
  }

  get state(): SearchState {
    return this.current;
  }

  /** Calls `listener` with each new state; returns the function that stops it. */
  subscribe(listener: (state: SearchState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ids of the matching articles, best first (see LibrarySearch.search). */
  async search(query: string, filters: LibraryFilters = {}): Promise<string[]> {
    return (await this.request({ type: 'search', query, filters })).ids ?? [];
  }

  /** Applies the saves and deletes made since; true when the index changed. */
  async refresh(): Promise<boolean> {
    return (await this.request({ type: 'refresh' })).changed ?? false;
  }

  /** Lets a snapshot being written finish, then stops the worker. */
  async close(): Promise<void> {
    await this.request({ type: 'close' }).catch(() => undefined);
    this.endpoint.terminate?.();
  }

  private request(body: RequestBody): Promise<SearchMessage & { type: 'answer' }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.endpoint.postMessage({ ...body, id } as SearchRequest);
    });
  }

  private receive(message: SearchMessage): void {
    if (message.type === 'answer') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error === undefined) pending?.resolve(message);
      else pending?.reject(new Error(message.error));
      return;
    }
    if (message.type === 'progress') this.current = { status: 'loading', progress: message.progress };
    else if (message.type === 'ready') this.current = { status: 'ready', size: message.size };
    else {
      this.current = { status: 'failed', message: message.message, ...(message.problem && { problem: message.problem }) };
      for (const { reject } of this.pending.values()) reject(new Error(message.message));
      this.pending.clear();
    }
    for (const listener of this.listeners) listener(this.current);
  }
}
