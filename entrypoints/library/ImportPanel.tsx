import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { applyImport, type ImportPlan, planImport, readBackup } from '@/lib/library/backup';
import type { Library } from '@/lib/library/store';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'planned'; plan: ImportPlan; fileName: string }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/**
 * Import a backup: the file is read and checked first, then the user sees what it would add and
 * update and decides. Nothing is written before that, and a saved article is only overwritten when
 * the user asks for it. A bad file gets a message and changes nothing.
 */
export function ImportPanel({ library, onImported }: { library: Library; onImported: () => Promise<void> }) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const picker = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const backup = await readBackup(file);
      setState({ step: 'planned', plan: await planImport(library, backup), fileName: file.name });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const apply = async (plan: ImportPlan, overwrite: boolean): Promise<void> => {
    try {
      const result = await applyImport(library, plan, { overwrite });
      await onImported();
      setState({ step: 'done', message: t('importDone', result.added, result.updated) });
    } catch (error) {
      setState({ step: 'failed', message: t('importFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div class="import" data-testid="import">
      {/* A real button (reachable with Tab, Enter and Space) opens the hidden file picker. */}
      <button type="button" data-testid="import-button" onClick={() => picker.current?.click()}>{t('importChoose')}</button>
      <input ref={picker} type="file" accept=".json,application/json" data-testid="import-file" hidden
        onChange={(event) => { void choose(event.currentTarget.files?.[0]); event.currentTarget.value = ''; }} />
      {state.step === 'reading' && <span class="muted" role="status">{t('importChecking')}</span>}
      {state.step === 'failed' && <span class="error" role="alert" data-testid="import-error">{state.message}</span>}
      {state.step === 'done' && <span role="status" data-testid="import-done">{state.message}</span>}
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
        <ul class="rejected">
          {plan.rejected.slice(0, 5).map((r) => <li key={r.index}>{t('importEntry', r.index + 1, r.reason)}</li>)}
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
