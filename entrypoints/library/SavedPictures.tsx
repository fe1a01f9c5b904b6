import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchPictures, MISSING_REASONS } from '@/lib/library/picture-fetch';
import { pictureUrls } from '@/lib/library/pictures';
import type { ArticleSummary, Library, PictureRecord, SavedArticle } from '@/lib/library/store';
import { askForPictures, canFetchPictures, picturePermissionReason, picturesAllowed } from '@/lib/picture-permission';
import { errorText } from '@/lib/error-text';
import { formatBytes, type MessageKey, plural, t } from '@/lib/i18n';
import type { Pictures } from '@/lib/settings';

export interface SavedPictures {
  /** Original address → object URL of the stored picture, for the reader view. */
  urls: ReadonlyMap<string, string>;
  records: PictureRecord[];
  /** Reads the pictures again (after fetching). */
  reload: () => void;
}

/**
 * The saved pictures of the article shown, as object URLs made by this page (revoked when the
 * article is left): the reader view shows these and loads nothing from the article's sites.
 */
export function useSavedPictures(library: Library, article: SavedArticle | null): SavedPictures | null {
  const [state, setState] = useState<{ urls: Map<string, string>; records: PictureRecord[] } | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!article) return undefined;
    let cancelled = false;
    let made: string[] = [];
    library.pictures(article.id).then((records) => {
      if (cancelled) return;
      const urls = new Map<string, string>();
      for (const record of records) {
        if (!record.blob) continue;
        const objectUrl = URL.createObjectURL(record.blob);
        made.push(objectUrl);
        urls.set(record.url, objectUrl);
      }
      setState({ urls, records });
    }, () => setState({ urls: new Map(), records: [] }));
    return () => {
      cancelled = true;
      for (const url of made) URL.revokeObjectURL(url);
      made = [];
    };
  }, [library, article, generation]);
  if (!article || !state) return null;
  return { ...state, reload: () => setGeneration((n) => n + 1) };
}

/**
 * What the article's pictures take, which are missing and why, and "Fetch pictures" for an article
 * saved without them (or with some missing): the permission is asked for on that click if needed.
 * With the pictures setting "never" nothing is fetched: the line says why instead.
 */
export function PicturesLine({ library, article, pictures, onFetched, setting }: {
  library: Library; article: SavedArticle; pictures: SavedPictures; onFetched: () => void; setting: Pictures;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const all = pictureUrls(article.html);
  if (all.length === 0) return null;
  const saved = pictures.records.filter((r) => r.blob);
  const missing = all.filter((url) => !pictures.urls.has(url));
  const bytes = saved.reduce((sum, r) => sum + r.blob!.size, 0);
  const reasons = pictures.records.filter((r) => !r.blob && r.missing).map((r) => r.missing!);

  const fetchMissing = async (): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      const allowed = (await canFetchPictures(missing)) || (await askForPictures());
      if (!allowed) {
        setStatus(t('picturesNotAllowedByBrowser'));
        return;
      }
      setStatus(t('picturesFetching'));
      const fetched = await fetchPictures(article.html, [], {}, new Set(missing));
      const stats = await library.putPictures(article.id, article.updatedAt, fetched);
      const now = fetched.filter((p) => p.blob).length;
      setStatus(stats === null ? t('picturesNotStored')
        : t(now < missing.length ? 'picturesFetchedSome' : 'picturesFetched', now, missing.length));
      onFetched();
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <p class="pictures-line muted" data-testid="pictures-line">
      {t('picturesSavedOf', saved.length, all.length, formatBytes(bytes))}
      {missing.length > 0 && setting === 'never' && <> · <span data-testid="pictures-off">{t('picturesOffMissing', missing.length)}</span></>}
      {missing.length > 0 && setting !== 'never' && (
        <>
          {' '}· {t('picturesMissing', missing.length)}
          {reasons.length > 0 && <span title={[...new Set(reasons.map(missingReasonText))].join('; ')}> {t('picturesWhyMissing')}</span>}{' '}
          <button type="button" disabled={busy} data-testid="fetch-pictures" title={picturePermissionReason()} onClick={() => void fetchMissing()}>
            {t('picturesFetchMissing')}
          </button>
        </>
      )}
      {status && <span role="status"> {status}</span>}
    </p>
  );
}

const MISSING_MESSAGES = {
  [MISSING_REASONS.timeout]: 'pictureMissingTimeout',
  [MISSING_REASONS.unreachable]: 'pictureMissingUnreachable',
  [MISSING_REASONS.tooLarge]: 'pictureMissingTooLarge',
  [MISSING_REASONS.cutOff]: 'pictureMissingCutOff',
  [MISSING_REASONS.notPicture]: 'pictureMissingNotPicture',
  [MISSING_REASONS.cannotShow]: 'pictureMissingCannotShow',
  [MISSING_REASONS.overLimit]: 'pictureMissingOverLimit',
  [MISSING_REASONS.unreadable]: 'pictureMissingUnreadable',
  [MISSING_REASONS.notSaved]: 'pictureMissingNotSaved',
} as const satisfies Record<string, MessageKey>;

/** Why a picture is missing, in the interface's language (a reason a backup brought that the library never gives: as it is). */
function missingReasonText(reason: string): string {
  const status = /^the site answered (\d+)$/.exec(reason);
  if (status) return t('pictureMissingStatus', status[1]!);
  return reason in MISSING_MESSAGES ? t(MISSING_MESSAGES[reason as keyof typeof MISSING_MESSAGES]) : reason;
}

/**
 * The library's header line about pictures: what they take in all, and the switch to allow them
 * (not offered while the pictures setting is "never": then nothing is downloaded, and the line says so).
 */
export function PicturesSummary({ summaries, setting }: { summaries: readonly ArticleSummary[]; setting: Pictures }) {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void picturesAllowed().then(setAllowed);
  }, []);
  const { count, bytes } = useMemo(() => {
    let saved = 0;
    let total = 0;
    for (const summary of summaries) {
      saved += summary.pictures?.saved ?? 0;
      total += summary.pictures?.bytes ?? 0;
    }
    return { count: saved, bytes: total };
  }, [summaries]);
  return (
    <p class="muted" data-testid="pictures-summary">
      {plural('picturesSavedTotal', count, formatBytes(bytes))}{' '}
      {setting === 'never' && <span data-testid="pictures-off">{t('picturesOffSaving')}</span>}
      {allowed === false && setting !== 'never' && (
        <>
          {t('picturesNotSavedWithNew')} {picturePermissionReason()}{' '}
          <button type="button" data-testid="allow-pictures"
            onClick={() => void askForPictures().then(setAllowed)}>{t('picturesAllow')}</button>
        </>
      )}
    </p>
  );
}
