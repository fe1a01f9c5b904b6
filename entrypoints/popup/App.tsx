import { useEffect, useState } from 'preact/hooks';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import type { Article } from '@/core/types';
import { extractTab, targetTabId } from './extract-tab';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; article: Article };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    targetTabId(location.search)
      .then(extractTab)
      .then((article) => setState({ status: 'ready', article }))
      .catch((error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);

  if (state.status === 'loading') return <main aria-busy="true">Reading the page…</main>;
  if (state.status === 'error') return <main><p class="error" data-testid="error">{state.message}</p></main>;
  const { article } = state;
  const { language } = article;
  return (
    <main>
      <h1 data-testid="article-title" dir="auto">{article.title}</h1>
      <p class="meta">
        {[article.byline, article.siteName].filter(Boolean).join(' · ')}
        {' '}
        <span class="badge" data-testid="language" data-lang={language.bcp47} data-dir={language.dir}
          title={`${language.name}, confidence ${Math.round(language.confidence * 100)}%`}>
          {language.nativeName} ({language.bcp47})
        </span>
        {' '}· {article.readingMinutes} min
      </p>
      <SanitizedHtml class="body" html={article.html} baseUrl={article.url} dir={language.dir} lang={language.bcp47} testId="article-body" />
      <details data-testid="removed">
        <summary>Removed {article.removed.length} blocks</summary>
        <ul>
          {article.removed.map((removal, i) => (
            <li key={i}><strong>{removal.category}</strong> ({removal.rule}): {removal.text.slice(0, 160)}</li>
          ))}
        </ul>
      </details>
    </main>
  );
}
