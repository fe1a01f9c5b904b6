import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReaderView } from '@/components/ReaderView';
import { errorText, problemText } from '@/lib/error-text';
import { formatBytes, formatNumber, languageName, plural, t } from '@/lib/i18n';
import { type Pictures, type ReaderSettings, saveSettings, watchSettings } from '@/lib/settings';
import { applyPicturesPolicy } from '@/components/pictures-policy';
import { type ArticleSummary, type Library, openLibrary, type ReadingState, type SavedArticle, type StorageUsage } from '@/lib/library/store';
import { FacetCounter, facets, filterSummaries } from '@/lib/library/filters';
import { SearchClient, type SearchState } from '@/lib/library/search-client';
import SearchWorker from '@/lib/library/search-worker?worker';
import { foldText } from '@/core/text';
import { ImportPanel } from './ImportPanel';
import { PicturesLine, PicturesSummary, useSavedPictures } from './SavedPictures';
import { downloadBackup, downloadHtml, downloadMarkdown } from './downloads';
import { type View, viewFromHash } from './route';
import { VirtualList } from './VirtualList';
import { ListItem, ROW_HEIGHT } from './ListItem';
import { useReadingPosition } from './reading';

/** Rows read first, before the whole list: more than a screen holds. */
const FIRST_SCREEN = 100;


export function App({ initialSettings }: { initialSettings: ReaderSettings }) {
  const [library, setLibrary] = useState<Library | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [summaries, setSummaries] = useState<ArticleSummary[]>([]);
  /** False while only the first screen of the list is read (a large library's whole list takes longer). */
  const [complete, setComplete] = useState(false);
  const [search, setSearch] = useState<SearchClient | null>(null);
  const [view, setView] = useState<View>(() => viewFromHash(location.hash));
  const [settings, setSettings] = useState<ReaderSettings>(initialSettings);
  const [notice, setNotice] = useState<{ text: string; undo?: () => Promise<void> } | null>(null);
  // A notice goes away by itself: after 10 s, or 20 s while it offers Undo.
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => setNotice(null), notice.undo ? 20_000 : 10_000);
    return () => clearTimeout(timer);
  }, [notice]);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [persisted, setPersisted] = useState(false);

  const searchRef = useRef<SearchClient | null>(null);
  const [searchRevision, setSearchRevision] = useState(0);

  /**
   * Reads the list again, then brings the search index up to date. The index lives in a worker
   * (lib/library/search-worker.ts): building or loading it takes seconds for a large library, and
   * neither the list nor the typing waits for it.
   */
  const refresh = async (lib: Library): Promise<void> => {
    const list = await lib.list();
    // Drawn in a task of its own: sorting 10,000 summaries and drawing them in one took over 50 ms.
    await new Promise((resolve) => setTimeout(resolve));
    setSummaries(list);
    setComplete(true);
    void lib.usage().then(setUsage, () => setUsage(null));
    if (!searchRef.current) {
      searchRef.current = new SearchClient(new SearchWorker());
      setSearch(searchRef.current);
    } else if (await searchRef.current.refresh()) {
      setSearchRevision((n) => n + 1);
    }
  };

  useEffect(() => {
    let opened: Library | null = null;
    openLibrary()
      .then(async (lib) => {
        opened = lib;
        setLibrary(lib);
        // Asked once per visit: the browser's answer does not change with each save or delete.
        void lib.requestPersistence().then(setPersisted);
        const newest = await lib.newest(FIRST_SCREEN);
        if (newest.length === FIRST_SCREEN) setSummaries(newest); // shown while the whole list is read
        await refresh(lib);
      })
      .catch((error: unknown) => setFailure(errorText(error)));
    const unwatch = watchSettings((next) => {
      applyPicturesPolicy(document, next.pictures); // "never" from now on (turning it off applies on reload)
      setSettings(next);
    });
    const onHash = (): void => setView(viewFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    // Articles saved from the popup or another tab while this page was in the background.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible' && opened) void refresh(opened).catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unwatch();
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('visibilitychange', onVisible);
      void searchRef.current?.close();
      opened?.close();
    };
  }, []);

  if (failure) return <main class="library"><p class="error" role="alert" data-testid="error">{failure}</p></main>;
  if (!library) return <main class="library" aria-busy="true"><p>{t('libraryOpening')}</p></main>;

  const remove = async (id: string): Promise<void> => {
    try {
      const deleted = await library.delete(id);
      location.hash = '';
      await refresh(library);
      if (!deleted) return;
      setNotice({
        text: t('libraryDeleted', deleted.title),
        undo: async () => {
          const restored = await library.restore(deleted);
          await refresh(library);
          setNotice({ text: restored ? t('libraryRestored', deleted.title) : t('libraryNotRestored') });
        },
      });
    } catch (error) {
      setNotice({ text: errorText(error) });
    }
  };

  return (
    <>
      {notice && (
        <div class="notice" role="status" data-testid="notice">
          {notice.text}
          {notice.undo && <button type="button" data-testid="undo" onClick={() => void notice.undo!().catch((e: unknown) => setNotice({ text: errorText(e) }))}>{t('undo')}</button>}
          <button type="button" class="dismiss" aria-label={t('dismiss')} onClick={() => setNotice(null)}>✕</button>
        </div>
      )}
      {view.page === 'bad-address' && (
        <main class="library"><p role="alert" data-testid="error">{view.message}</p><p><a href="#" data-testid="back">← {t('libraryHeading')}</a></p></main>
      )}
      {view.page === 'article'
        ? <ArticlePage library={library} id={view.id} settings={settings} onDelete={(id) => void remove(id)}
            onReading={(id, reading) => setSummaries((list) => list.map((s) => (s.id === id ? { ...s, reading } : s)))} />
        : view.page === 'list' && <ListPage library={library} summaries={summaries} picturesSetting={settings.pictures} complete={complete} search={search} searchRevision={searchRevision} storageLine={describeStorage(usage, persisted)}
            onChanged={() => refresh(library)} onNotice={(text) => setNotice({ text })} />}
    </>
  );
}

interface ArticleProps {
  library: Library;
  id: string;
  settings: ReaderSettings;
  onDelete: (id: string) => void;
  /** The article was marked read or unread. */
  onReading: (id: string, reading: ReadingState) => void;
}

function ArticlePage({ library: lib, id, settings: shown, onDelete, onReading }: ArticleProps) {
  const [article, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  useEffect(() => {
    lib.get(id).then((found) => setArticle(found ?? null), () => setArticle(null));
  }, [lib, id]);
  const pictures = useSavedPictures(lib, article ?? null);
  const [reading, setReading] = useState<ReadingState | null>(null);
  const readingChanged = (state: ReadingState): void => {
    setReading(state);
    onReading(id, state);
  };
  useReadingPosition(lib, id, Boolean(article && pictures), readingChanged);
  const toggleRead = (): void => {
    lib.markRead(id, !reading?.readAt).then((state) => state && readingChanged(state), () => undefined);
  };
  if (article === undefined || (article && !pictures)) return <main class="library" aria-busy="true"><p>{t('articleOpening')}</p></main>;
  if (article === null) {
    return <main class="library"><p role="alert" data-testid="error">{t('articleMissing')}</p><p><a href="#">{t('backToLibrary')}</a></p></main>;
  }
  return (
    <ReaderView article={article} settings={shown} onSettings={(next) => void saveSettings(next)} pictures={pictures!.urls}
      actions={
        <>
          <a class="button" href="#" data-testid="back">{t('backToLibrary')}</a>
          <a class="button" href={article.url} target="_blank" rel="noopener noreferrer" data-testid="original">{t('openOriginal')}</a>
          <button type="button" onClick={() => void downloadMarkdown(lib, article)} data-testid="export-markdown">Markdown</button>
          <button type="button" onClick={() => void downloadHtml(lib, article)} data-testid="export-html">HTML</button>
          <button type="button" onClick={() => onDelete(article.id)} data-testid="delete">{t('deleteArticle')}</button>
          {reading && (
            <button type="button" onClick={toggleRead} data-testid="toggle-read">{reading.readAt ? t('markUnread') : t('markRead')}</button>
          )}
          <PicturesLine library={lib} article={article} pictures={pictures!} onFetched={pictures!.reload} setting={shown.pictures} />
        </>
      } />
  );
}

/** The search index's state, followed as it changes. */
function useSearchState(search: SearchClient | null): SearchState {
  const [state, setState] = useState<SearchState>(search?.state ?? { status: 'loading', progress: null });
  useEffect(() => {
    if (!search) return undefined;
    setState(search.state);
    return search.subscribe(setState);
  }, [search]);
  return state;
}

/**
 * Whether the index is ready, followed as it changes: a boolean, so that the list is not drawn again
 * for each progress report while the index is built (each redraw of its rows took 40–100 ms).
 */
function useSearchReady(search: SearchClient | null): boolean {
  const [ready, setReady] = useState(search?.state.status === 'ready');
  useEffect(() => {
    if (!search) return undefined;
    setReady(search.state.status === 'ready');
    return search.subscribe((state) => setReady(state.status === 'ready'));
  }, [search]);
  return ready;
}

/** Summaries counted (useFacets) or folded (useFoldedTitles) per task. */
const STEP = 1_000;

/** Calls `work` with each STEP items of `items`, one part per task, until done or cancelled; then `done`. */
function inSteps<T>(items: readonly T[], work: (part: readonly T[]) => void, done: () => void): () => void {
  let next = 0;
  let timer = setTimeout(function step() {
    work(items.slice(next, (next += STEP)));
    if (next < items.length) timer = setTimeout(step);
    else done();
  });
  return () => clearTimeout(timer);
}

/**
 * The filters' choices for the list, counted STEP summaries per task after the list is drawn (10,000
 * at once took 15–50 ms of the page's thread); until then, the choices of the list before.
 */
function useFacets(summaries: readonly ArticleSummary[]): ReturnType<typeof facets> {
  const [counted, setCounted] = useState(() => facets(summaries));
  useEffect(() => {
    const counter = new FacetCounter();
    return inSteps(summaries, (part) => counter.add(part), () => setCounted(counter.result()));
  }, [summaries]);
  return counted;
}

/** A summary's title and site folded for the title search (foldText), computed once per summary. */
const foldedTitles = new WeakMap<ArticleSummary, string>();
function foldedTitle(summary: ArticleSummary): string {
  let folded = foldedTitles.get(summary);
  if (folded === undefined) foldedTitles.set(summary, (folded = foldText(`${summary.title} ${summary.siteName ?? summary.site}`)));
  return folded;
}

/**
 * Folds the titles ahead of the title search, STEP per task: folding 10,000 at the first key pressed
 * took over 50 ms in one go.
 */
function useFoldedTitles(summaries: readonly ArticleSummary[]): void {
  useEffect(() => inSteps(summaries, (part) => part.forEach(foldedTitle), () => undefined), [summaries]);
}

/** Progress while the index is loaded or built; only this line follows it, not the list. */
function SearchProgressLine({ search }: { search: SearchClient | null }) {
  const state = useSearchState(search);
  if (state.status === 'ready') return null;
  if (state.status === 'failed') return <p class="muted" role="status" data-testid="index-progress">{t('searchIndexFailed', state.problem ? problemText(state.problem) : state.message)}</p>;
  const progress = state.progress;
  return (
    <p class="muted index-progress" role="status" data-testid="index-progress">
      {progress?.phase === 'indexing'
        ? <>{t('searchIndexBuilding', progress.done, progress.total)} <progress max={progress.total} value={progress.done} /></>
        : t('searchIndexLoading')}
    </p>
  );
}

interface ListProps {
  library: Library;
  summaries: ArticleSummary[];
  /** False while `summaries` holds only the newest articles. */
  complete: boolean;
  picturesSetting: Pictures;
  /** The search index in its worker (null before it is started): until it is ready, titles and sites are searched. */
  search: SearchClient | null;
  /** Changes when the index changed in place. */
  searchRevision: number;
  storageLine: string;
  onChanged: () => Promise<void>;
  onNotice: (text: string) => void;
}

function ListPage({ library, summaries, complete, picturesSetting, search, searchRevision, storageLine, onChanged, onNotice }: ListProps) {
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState('');
  const [site, setSite] = useState('');
  const [readState, setReadState] = useState<'' | 'unread' | 'read'>('');
  const choices = useFacets(summaries);
  const ready = useSearchReady(search);
  useFoldedTitles(summaries);

  // The worker's answer to the query as typed; an older answer stays shown until the newer one comes.
  const [found, setFound] = useState<string[] | null>(null);
  useEffect(() => {
    if (!search || !ready || !query.trim()) return undefined;
    let current = true;
    search.search(query, { language, site }).then((ids) => current && setFound(ids), () => undefined);
    return () => {
      current = false;
    };
  }, [search, ready, searchRevision, query, language, site]);

  const filtered = useMemo(() => {
    const chosen = filterSummaries(summaries, { language, site });
    return readState === '' ? chosen : chosen.filter((s) => Boolean(s.reading?.readAt) === (readState === 'read'));
  }, [summaries, language, site, readState]);
  // Made once per list and filters (10,000 entries), not for each answer while typing.
  const answered = ready && found !== null && query.trim() !== '';
  const byId = useMemo(() => (answered ? new Map(filtered.map((s) => [s.id, s])) : null), [filtered, answered]);
  const shown = useMemo(() => {
    if (!query.trim()) return filtered;
    if (!ready || !found) {
      const words = foldText(query).split(/\s+/).filter(Boolean);
      return filtered.filter((s) => words.every((word) => foldedTitle(s).includes(word)));
    }
    // Search results come best first; the filters are applied by the search itself.
    return found.map((id) => byId?.get(id)).filter((s): s is ArticleSummary => s !== undefined);
  }, [filtered, byId, ready, found, query]);

  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('libraryHeading')}</h1>
        <p class="muted" data-testid="storage">
          {complete ? plural('articleCount', summaries.length) : t('libraryListLoading')} · {storageLine}
        </p>
        <div class="library-tools">
          <input type="search" placeholder={ready ? t('searchPlaceholder') : t('searchPlaceholderLoading')} aria-label={t('searchLabel')} value={query}
            onInput={(event) => setQuery(event.currentTarget.value)} data-testid="search" />
          <select aria-label={t('filterLanguage')} value={language} onChange={(event) => setLanguage(event.currentTarget.value)} data-testid="filter-language">
            <option value="">{t('allLanguages')}</option>
            {choices.languages.map((f) => <option key={f.value} value={f.value}>{languageName(f.value) ?? f.label} ({formatNumber(f.count)})</option>)}
          </select>
          <select aria-label={t('filterSite')} value={site} onChange={(event) => setSite(event.currentTarget.value)} data-testid="filter-site">
            <option value="">{t('allSites')}</option>
            {choices.sites.map((f) => <option key={f.value} value={f.value}>{f.label} ({formatNumber(f.count)})</option>)}
          </select>
          <select aria-label={t('filterRead')} value={readState} data-testid="filter-read"
            onChange={(event) => setReadState(event.currentTarget.value === 'unread' || event.currentTarget.value === 'read' ? event.currentTarget.value : '')}>
            <option value="">{t('readAndUnread')}</option>
            <option value="unread">{t('unreadOnly')}</option>
            <option value="read">{t('readOnly')}</option>
          </select>
          <button type="button" data-testid="export-all" disabled={summaries.length === 0}
            onClick={() => downloadBackup(library).catch((error: unknown) => onNotice(t('exportFailed', errorText(error))))}>{t('exportAll')}</button>
        </div>
        <SearchProgressLine search={search} />
        <PicturesSummary summaries={summaries} setting={picturesSetting} />
        <ImportPanel library={library} onImported={onChanged} />
      </header>
      {complete && summaries.length === 0 && <p class="empty">{t('libraryEmpty')}</p>}
      {summaries.length > 0 && shown.length === 0 && <p class="empty">{t('libraryNoMatch')}</p>}
      <VirtualList items={shown} rowHeight={ROW_HEIGHT} row={(s, style, index) => (
        <ListItem key={s.id} library={library} summary={s} style={style} index={index} count={shown.length} />
      )} />
    </main>
  );
}

function describeStorage(usage: StorageUsage | null, persisted: boolean): string {
  const used = usage ? t('storageUsed', formatBytes(usage.usage)) : t('storageUnknown');
  return `${used} · ${persisted ? t('storagePersisted') : t('storageNotPersisted')}`;
}


