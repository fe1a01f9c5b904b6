import { useState } from 'preact/hooks';
import { formatDateTime, t } from '@/lib/i18n';
import type { SaveReply } from '@/lib/protocol';

interface Props {
  /**
   * Saves the article (directly in the popup, through the background in the reader overlay) if the
   * library holds what `expected` says: null, nothing yet; a date, the saved copy the user agreed to
   * replace (lib/library/store.ts SaveExpectation).
   */
  save: (expected: string | null) => Promise<SaveReply>;
  /** Hands the save action to the owner, for the save keyboard shortcut. */
  register?: (trigger: () => void) => void;
  /**
   * In the page's reader: the label and the answer are drawn by CSS from `data-text`, so the page
   * cannot learn whether the article is in the library with window.find() or a select-all (both read
   * text in closed shadow roots; generated content they skip). Screen readers read it all the same.
   */
  hiddenFromPage?: boolean;
}

/** Save to the library, and what came of it; a page saved before is updated only after the user confirms. */
export function SaveButton({ save, register, hiddenFromPage = false }: Props) {
  const [reply, setReply] = useState<SaveReply | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (expected: string | null): Promise<void> => {
    setBusy(true);
    try {
      setReply(await save(expected));
    } catch (error) {
      setReply({ ok: false, message: t('saveFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  register?.(() => void run(null));
  const text = (value: string) => (hiddenFromPage ? <span class="cnr-drawn" data-text={value} /> : value);
  return (
    <>
      {reply?.ok && reply.status === 'exists'
        ? <button type="button" data-testid="save-update" disabled={busy} onClick={() => void run(reply.updatedAt)}>{text(t('saveUpdate'))}</button>
        : <button type="button" data-testid="save" disabled={busy} onClick={() => void run(null)}>{text(t('save'))}</button>}
      {reply && <span class={reply.ok ? 'status' : 'status error'} role="status" data-testid="save-status">{text(describe(reply))}</span>}
    </>
  );
}

function describe(reply: SaveReply): string {
  if (!reply.ok) return reply.message;
  switch (reply.status) {
    case 'added': return t('saveAdded');
    case 'updated': return t('saveUpdated');
    case 'exists': return t('saveExists', formatDateTime(new Date(reply.savedAt)));
  }
}
