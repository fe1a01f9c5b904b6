import { useState } from 'preact/hooks';
import type { SaveReply } from '@/core/messages';

interface Props {
  /** Saves the article (directly in the popup, through the background in the reader overlay). */
  save: (overwrite: boolean) => Promise<SaveReply>;
  /** Hands the save action to the owner, for the save keyboard shortcut. */
  register?: (trigger: () => void) => void;
}

/** Save to the library, and what came of it; a page saved before is updated only after the user confirms. */
export function SaveButton({ save, register }: Props) {
  const [reply, setReply] = useState<SaveReply | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (overwrite: boolean): Promise<void> => {
    setBusy(true);
    try {
      setReply(await save(overwrite));
    } catch (error) {
      setReply({ ok: false, message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  register?.(() => void run(false));
  return (
    <>
      {reply?.ok && reply.status === 'exists'
        ? <button type="button" data-testid="save-update" disabled={busy} onClick={() => void run(true)}>Update saved copy</button>
        : <button type="button" data-testid="save" disabled={busy} onClick={() => void run(false)}>Save</button>}
      {reply && <span class={reply.ok ? 'status' : 'status error'} role="status" data-testid="save-status">{describe(reply)}</span>}
    </>
  );
}

function describe(reply: SaveReply): string {
  if (!reply.ok) return reply.message;
  switch (reply.status) {
    case 'added': return 'Saved to your library.';
    case 'updated': return 'Saved copy updated.';
    case 'exists': return `Already saved on ${new Date(reply.savedAt).toLocaleString()}. Update it?`;
  }
}
