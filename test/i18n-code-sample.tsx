// Text written in code, for test/i18n.test.ts: each is found; the lines after "fine" are not.
export const LABELS = { popup: 'Open this popup' };
export function Example({ n, m, set }: { n: number; m: number; set: (text: string) => void }) {
  set('Not stored: the article was changed.');
  set(`${n} of ${m} fetched`);
  set(' Its pictures were not saved.');
  set(t('saveFailed', 'this tab no longer shows the page'));
  return (
    <p>
      <button type="button">Keep its pictures too</button>
      <span role="group" aria-label="Text size">{n === 1 ? 'picture' : 'pictures'}</span>
      {/* fine */}
      <span class="status error" data-testid="save-status">{t('save')} A+</span>
      <button type="button">Markdown</button>
      {n > 0 && ' · '}
    </p>
  );
}
declare function t(key: string, ...substitutions: string[]): string;
