/**
 * The library page's search worker (imported there with Vite's `?worker`): the search index, built
 * and queried off the page's thread, over the same IndexedDB database (workers of an extension page
 * share its origin).
 */
import { serveSearch } from './search-service';
import { openLibrary } from './store';

serveSearch(self as unknown as Parameters<typeof serveSearch>[0], () => openLibrary());
