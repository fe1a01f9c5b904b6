import { useState } from 'preact/hooks';
import type { SaveReply } from '@/core/messages';
import type { Article } from '@/core/types';
import { saveToLibrary } from '@/lib/save-article';

/** Save to the library; a URL saved before is updated only after the user confirms. */
export function SaveButton({ article }: { article: Article }) {
  const [reply, setReply] = useState<SaveReply | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (overwrite: boolean): Promise<void> => {
    setBusy(true);
    setReply(await saveToLibrary(article, overwrite));
    setBusy(false);
  };
  return (
    <>
      {reply?.ok && reply.status === 'exists'
        ? <button type="button" data-testid="save-update" disabled={busy} onClick={() => void save(true)}>Update saved copy</button>
        : <button type="button" data-testid="save" disabled={busy} onClick={() => void save(false)}>Save</button>}
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
