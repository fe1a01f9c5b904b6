import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { SaveButton } from '@/components/SaveButton';
import { dominantScript, fontStack, lineHeightFor } from '@/components/fonts';
import { Shortcuts } from '@/components/Shortcuts';
import { ToolbarOption } from '@/components/ToolbarOption';
import type { Article } from '@/core/types';
import { errorText } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { saveToLibrary } from '@/lib/save-article';
import { askForPictures, picturePermissionReason } from '@/lib/picture-permission';
import { loadSettings, type Pictures } from '@/lib/settings';
import { extractTab, hideReader, loadLanguageDetection, readerShown, showReader, TabError, type TabErrorKind, targetTabId } from '@/lib/tab-actions';

type State =
  | { status: 'loading'; slow: boolean }
  | { status: 'error'; kind: TabErrorKind; message: string }
  | { status: 'ready'; article: Article };

/** After this long without an answer the page is most likely still loading: say so, keep waiting. */
const SLOW_MS = 2_000;
/** After this long, give up with a message and a retry button rather than spin forever. */
const GIVE_UP_MS = 20_000;

/** The first reading of the page, started before the popup's settings and code were ready (main.tsx). */
export interface FirstReading {
  tabId: Promise<number>;
  article: Promise<Article>;
}

/** Starts reading the popup's tab at once; `App` takes the answer for its first attempt. */
export function startReading(search: string): FirstReading {
  void loadLanguageDetection().catch(() => undefined);
  const tabId = targetTabId(search);
  const article = tabId.then((id) => extractTab(id));
  // Handled by App once it renders; until then a failure is not an unhandled rejection.
  article.catch(() => undefined);
  return { tabId, article };
}

export function App({ pictures, first }: { pictures: Pictures; first?: FirstReading }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<State>({ status: 'loading', slow: false });
  const [attempt, setAttempt] = useState<{ force: boolean; n: number }>({ force: false, n: 0 });

  useEffect(() => {
    let settled = false;
    setState({ status: 'loading', slow: false });
    const slow = setTimeout(() => !settled && setState({ status: 'loading', slow: true }), SLOW_MS);
    const giveUp = setTimeout(() => {
      if (settled) return;
      settled = true;
      setState({ status: 'error', kind: 'no-answer', message: t('errorStillBusy') });
    }, GIVE_UP_MS);
    // The first attempt takes the reading main.tsx started; "Try again" and "Show anyway" read anew.
    const reading = attempt.n === 0 && first ? first : null;
    (reading?.tabId ?? targetTabId(location.search))
      .then((id) => {
        setTabId(id);
        return reading?.article ?? extractTab(id, { force: attempt.force });
      })
      .then((article) => {
        if (!settled) setState({ status: 'ready', article });
      })
      .catch((error: unknown) => {
        if (settled) return;
        const kind = error instanceof TabError ? error.kind : 'failed';
        setState({ status: 'error', kind, message: errorText(error) });
      })
      .finally(() => {
        settled = true;
        clearTimeout(slow);
        clearTimeout(giveUp);
      });
    return () => {
      settled = true;
      clearTimeout(slow);
      clearTimeout(giveUp);
    };
  }, [attempt]);

  useEffect(() => {
    // For the popup timing benchmark (bench/popup.ts): when the article is first on screen.
    if (state.status === 'ready') requestAnimationFrame(() => performance.mark('article-shown'));
  }, [state.status]);

  if (state.status === 'loading') {
    return (
      <main aria-busy="true" data-testid="loading">
        <p>{state.slow ? t('popupStillLoading') : t('popupReading')}</p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main>
        <p class="error" data-testid="error" data-kind={state.kind} role="alert">{state.message}</p>
        {state.kind === 'not-article' && (
          <p>
            <button type="button" data-testid="show-anyway" onClick={() => setAttempt({ force: true, n: attempt.n + 1 })}>{t('showAnyway')}</button>
            {' '}<small>{t('showAnywayHint')}</small>
          </p>
        )}
        {(state.kind === 'no-answer' || state.kind === 'failed') && (
          <p><button type="button" data-testid="retry" onClick={() => setAttempt({ force: attempt.force, n: attempt.n + 1 })}>{t('tryAgain')}</button></p>
        )}
      </main>
    );
  }
  const { article } = state;
  const script = dominantScript(article.text);
  return (
    <main style={{ '--body-font': fontStack(script, 'sans') }}>
      <ArticleHeader article={article} />
      <div class="actions">
        {tabId !== null && <ReaderToggle tabId={tabId} article={article} />}
        <SaveButton save={(expected) => saveToLibrary(article, expected)} allowPictures={askForPictures} picturesReason={picturePermissionReason()} />
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>{t('openLibrary')}</button>
      </div>
      <div style={{ fontFamily: fontStack(script, 'sans'), lineHeight: lineHeightFor(script) }}>
        <ArticleBody html={article.html} removed={article.removed} baseUrl={article.url} dir={article.language.dir} bodyClass="body" testId="article-body"
          lang={article.language.bcp47 === 'und' ? undefined : article.language.bcp47} picturesSetting={pictures} />
      </div>
      <Shortcuts />
      <p class="option"><ToolbarOption /></p>
    </main>
  );
}

/** True in the toolbar popup, false when popup.html is open as a page (`?tabId=N`: tests, the timing benchmark). */
function isToolbarPopup(): boolean {
  return browser.extension.getViews({ type: 'popup' }).includes(window);
}

function ReaderToggle({ tabId, article }: { tabId: number; article: Article }) {
  const [shown, setShown] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    readerShown(tabId).then(setShown, () => setShown(false));
  }, [tabId]);
  const toggle = async (): Promise<void> => {
    setProblem(null);
    try {
      if (shown) {
        await hideReader(tabId);
        setShown(false);
      } else {
        await showReader(tabId, article, await loadSettings());
        setShown(true);
        // The toolbar popup gets out of the way: the reader has the focus and the keyboard scrolls it.
        if (isToolbarPopup()) window.close();
      }
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <>
      <button type="button" data-testid="reader-toggle" aria-pressed={shown === true} disabled={shown === null} onClick={() => void toggle()}>
        {shown ? t('readerViewLeave') : t('readerView')}
      </button>
      {problem && <span class="error" role="alert">{problem}</span>}
    </>
  );
}
