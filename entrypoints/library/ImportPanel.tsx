import { useRef, useState } from 'preact/hooks';
import { errorText, whyText } from '@/lib/error-text';
import { formatNumber, t } from '@/lib/i18n';
import { applyImport, type ImportPlan, planImport, readBackup } from '@/lib/library/backup';
import { LibraryError } from '@/lib/library/errors';
import type { Library } from '@/lib/library/store';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'planned'; plan: ImportPlan; fileName: string }
  | { step: 'importing'; done: number; total: number; cancelling: boolean }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/**
 * Import a backup: the file is read and checked first, then the user sees what it would add and
 * update and decides. Nothing is written before that, and a saved article is only overwritten when
 * the user asks for it. A bad file gets a message and changes nothing.
 *
 * While an import runs nothing else can start one (the buttons are gone or disabled, and a second
 * click is ignored even before the page redraws); it shows its progress, and Cancel stops it before
 * anything is written: the import is one transaction, aborted as a whole.
 */
export function ImportPanel({ library, onImported }: { library: Library; onImported: () => Promise<void> }) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const picker = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);
  const busy = state.step === 'reading' || state.step === 'importing';

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file || running.current) return;
    setState({ step: 'reading' });
    try {
      const backup = await readBackup(file);
      setState({ step: 'planned', plan: await planImport(library, backup), fileName: file.name });
    } catch (error) {
      setState({ step: 'failed', message: errorText(error) });
    }
  };

  const apply = async (plan: ImportPlan, overwrite: boolean): Promise<void> => {
    if (running.current) return; // a double click
    const controller = new AbortController();
    running.current = controller;
    setState({ step: 'importing', done: 0, total: plan.add.length + (overwrite ? plan.update.length : 0), cancelling: false });
    try {
      const result = await applyImport(library, plan, {
        overwrite,
        signal: controller.signal,
        onProgress: (done, total) => setState((now) => (now.step === 'importing' ? { ...now, done, total } : now)),
      });
      setState({ step: 'done', message: t('importDone', result.added, result.updated) });
      void onImported().catch(() => undefined); // the list catches up; the import itself is done
    } catch (error) {
      const cancelled = error instanceof LibraryError && error.kind === 'cancelled';
      setState(cancelled
        ? { step: 'done', message: t('importCancelled') }
        : { step: 'failed', message: t('importFailed', errorText(error)) });
    } finally {
      running.current = null;
    }
  };

  const cancel = (): void => {
    running.current?.abort();
    setState((now) => (now.step === 'importing' ? { ...now, cancelling: true } : now));
  };

  return (
    <div class="import" data-testid="import">
      {/* A real button (reachable with Tab, Enter and Space) opens the hidden file picker. */}
      <button type="button" data-testid="import-button" disabled={busy} onClick={() => picker.current?.click()}>{t('importChoose')}</button>
      <input ref={picker} type="file" accept=".json,application/json" data-testid="import-file" hidden disabled={busy}
        onChange={(event) => { void choose(event.currentTarget.files?.[0]); event.currentTarget.value = ''; }} />
      {state.step === 'reading' && <span class="muted" role="status">{t('importChecking')}</span>}
      {state.step === 'failed' && <span class="error" role="alert" data-testid="import-error">{state.message}</span>}
      {state.step === 'done' && <span role="status" data-testid="import-done">{state.message}</span>}
      {state.step === 'importing' && (
        <div class="plan" role="status" data-testid="import-progress">
          <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('importDialog')} />{' '}
          {state.cancelling ? t('importCancelling') : t('importProgress', formatNumber(state.done), formatNumber(state.total))}{' '}
          <button type="button" data-testid="import-stop" disabled={state.cancelling} onClick={cancel}>{t('cancel')}</button>
        </div>
      )}
      {state.step === 'planned' && <PlanSummary {...state} onApply={(overwrite) => void apply(state.plan, overwrite)} onCancel={() => setState({ step: 'idle' })} />}
    </div>
  );
}

function PlanSummary({ plan, fileName, onApply, onCancel }: { plan: ImportPlan; fileName: string; onApply: (overwrite: boolean) => void; onCancel: () => void }) {
  const nothing = plan.add.length === 0 && plan.update.length === 0;
  return (
    <div class="plan" role="dialog" aria-label={t('importDialog')} data-testid="import-plan">
      <p>
        <strong>{fileName}</strong>: {plan.rejected.length > 0
          ? t('importPlanWithRejected', plan.add.length, plan.update.length, plan.unchanged, plan.rejected.length)
          : t('importPlan', plan.add.length, plan.update.length, plan.unchanged)}
      </p>
      {plan.rejected.length > 0 && (
        <ul class="rejected" data-testid="import-rejected">
          {plan.rejected.slice(0, 5).map((r) => <li key={r.index}>{t('importEntry', r.index + 1, r.name === undefined ? whyText(r.why) : t('importEntryNamed', r.name, whyText(r.why)))}</li>)}
          {plan.rejected.length > 5 && <li>{t('importMore', plan.rejected.length - 5)}</li>}
        </ul>
      )}
      {nothing && <p>{t('importNothing')}</p>}
      {plan.add.length > 0 && <button type="button" data-testid="import-add" onClick={() => onApply(false)}>{t('importAdd', plan.add.length)}</button>}
      {plan.update.length > 0 && <button type="button" data-testid="import-overwrite" onClick={() => onApply(true)}>{t('importOverwrite', plan.update.length)}</button>}
      <button type="button" data-testid="import-cancel" onClick={onCancel}>{nothing ? t('close') : t('cancel')}</button>
    </div>
  );
}
