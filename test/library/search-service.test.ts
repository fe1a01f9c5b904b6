/**
 * The search index behind messages (what the library page's worker runs): the page's SearchClient and
 * serveSearch on the two ends of a MessageChannel, over fake-indexeddb. Progress while the index is
 * built, the same answers as LibrarySearch itself, changes made after it was built, and a database
 * that cannot be opened.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryError } from '@/lib/library/errors';
import { LibrarySearch, type SearchProgress } from '@/lib/library/search';
import { SearchClient, type SearchState } from '@/lib/library/search-client';
import { type MessageEndpoint, serveSearch } from '@/lib/library/search-service';
import type { Library } from '@/lib/library/store';
import { generateArticles } from './generate';
import { article, freshLibrary } from './helpers';

/** A Node MessagePort as the DOM-like endpoint the service and the client expect. */
function endpoint(port: MessagePort): MessageEndpoint & { terminate: () => void } {
  return {
    postMessage: (message) => port.postMessage(message),
    addEventListener: (_type, listener) => port.on('message', (data) => listener({ data } as MessageEvent)),
    terminate: () => port.close(),
  };
}

const clients: SearchClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function connect(open: () => Promise<Library>): { client: SearchClient; states: SearchState[] } {
  const { port1, port2 } = new MessageChannel();
  serveSearch(endpoint(port2), open);
  const client = new SearchClient(endpoint(port1));
  clients.push(client);
  const states: SearchState[] = [];
  client.subscribe((state) => states.push(state));
  return { client, states };
}

const settled = (client: SearchClient): Promise<SearchState> =>
  new Promise((resolve) => {
    if (client.state.status !== 'loading') resolve(client.state);
    const stop = client.subscribe((state) => {
      if (state.status !== 'loading') {
        stop();
        resolve(state);
      }
    });
  });

describe('the search service', () => {
  it('reports its progress while it indexes, then answers as LibrarySearch does', async () => {
    const { library } = await freshLibrary();
    const articles = generateArticles(600, { minWords: 40, maxWords: 80 });
    for (const generated of articles) await library.save(generated);
    const { client, states } = connect(async () => library);

    expect(await settled(client)).toEqual({ status: 'ready', size: 600 });
    const progress = states.flatMap((state) => (state.status === 'loading' && state.progress ? [state.progress] : []));
    expect(progress[0]).toEqual<SearchProgress>({ phase: 'loading' });
    expect(progress.slice(1)).toEqual<SearchProgress[]>([0, 250, 500].map((done) => ({ phase: 'indexing', done, total: 600 })));

    const direct = await LibrarySearch.load(library);
    for (const query of ['stiri', 'ελλαδα', 'حكومة', 'bud', 'consiliul local']) {
      const ids = await client.search(query);
      expect(ids, query).toEqual(direct.search(query));
    }
    expect((await client.search('stiri')).length).toBeGreaterThan(0);
    expect(await client.search('stiri', { language: 'ro' })).toEqual(direct.search('stiri', { language: 'ro' }));
    await direct.close();
  });

  it('sees saves and deletes made after it loaded once refreshed', async () => {
    const { library } = await freshLibrary();
    await library.save(article());
    const { client } = connect(async () => library);
    await settled(client);
    expect(await client.search('zugzwang')).toEqual([]);

    const { article: saved } = await library.save(article({ url: 'https://example.org/chess', title: 'Zugzwang explained', text: 'Zugzwang.' }));
    expect(await client.refresh()).toBe(true);
    expect(await client.search('zugzwang')).toEqual([saved.id]);
    expect(await client.refresh()).toBe(false);

    await library.delete(saved.id);
    expect(await client.refresh()).toBe(true);
    expect(await client.search('zugzwang')).toEqual([]);
  });

  it('says when the index cannot be loaded, and every request then fails with that reason', async () => {
    const { client } = connect(() => Promise.reject(new LibraryError('unavailable', 'The library cannot be opened in this window.')));
    expect(await settled(client)).toEqual({ status: 'failed', message: 'The library cannot be opened in this window.' });
    await expect(client.search('stiri')).rejects.toThrow('cannot be opened');
  });
});
