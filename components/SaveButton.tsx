import { useState } from 'preact/hooks';
import { errorText } from '@/lib/error-text';
import { formatDateTime, plural, t } from '@/lib/i18n';
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
  /**
   * Asks the browser for the picture permission (lib/picture-permission.ts), in an extension page:
   * offered after a save that could not keep the pictures. Absent in the page's reader, which cannot ask.
   */
  allowPictures?: () => Promise<boolean>;
  /** Why the permission is asked for, shown next to that button. */
  picturesReason?: string;
}

/** Save to the library, and what came of it; a page saved before is updated only after the user confirms. */
export function SaveButton({ save, register, hiddenFromPage = false, allowPictures, picturesReason }: Props) {
  const [reply, setReply] = useState<SaveReply | null>(null);
  const [busy, setBusy] = useState(false);
  const [declined, setDeclined] = useState(false);
  const run = async (expected: string | null): Promise<void> => {
    setBusy(true);
    try {
      setReply(await save(expected));
    } catch (error) {
      setReply({ ok: false, message: t('saveFailed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  };
  register?.(() => void run(null));
  const text = (value: string) => (hiddenFromPage ? <span class="cnr-drawn" data-text={value} /> : value);
  const withPictures = async (copy: string | null): Promise<void> => {
    // Asked first, inside the click: the browser shows its prompt only for a user's gesture.
    if (await allowPictures!()) await run(copy);
    else setDeclined(true);
  };
  const saved = reply?.ok && reply.status !== 'exists' ? reply : null;
  const offerPictures = allowPictures && !declined && saved?.pictures?.allowed === false && !saved.pictures.off;
  /** The copy just saved as text: the save with pictures replaces exactly that one. */
  const savedCopy = saved?.updatedAt ?? null;
  return (
    <>
      {reply?.ok && reply.status === 'exists'
        ? <button type="button" data-testid="save-update" disabled={busy} onClick={() => void run(reply.updatedAt)}>{text(t('saveUpdate'))}</button>
        : <button type="button" data-testid="save" disabled={busy} onClick={() => void run(null)}>{text(t('save'))}</button>}
      {reply && <span class={reply.ok ? 'status' : 'status error'} role="status" data-testid="save-status">{text(describe(reply, Boolean(allowPictures)))}</span>}
      {offerPictures && (
        <span class="picture-offer" data-testid="picture-offer">
          <button type="button" disabled={busy} data-testid="allow-pictures" onClick={() => void withPictures(savedCopy)}>{t('saveKeepPictures')}</button>
          {picturesReason && <span class="muted"> {picturesReason}</span>}
        </span>
      )}
      {declined && <span class="status" role="status">{t('savePicturesDeclined')}</span>}
    </>
  );
}

function describe(reply: SaveReply, canAsk: boolean): string {
  if (!reply.ok) return reply.message;
  switch (reply.status) {
    case 'added': return `${t('saveAdded')}${picturesNote(reply.pictures, canAsk)}`;
    case 'updated': return `${t('saveUpdated')}${picturesNote(reply.pictures, canAsk)}`;
    case 'exists': return t('saveExists', formatDateTime(new Date(reply.savedAt)));
  }
}

/** A sentence about the article's pictures after the save's own message. */
function picturesNote(pictures: { allowed: boolean; saved: number; missing: number; off?: true } | undefined, canAsk: boolean): string {
  if (!pictures) return '';
  if (pictures.off) return ` ${t('savePicturesOff')}`;
  if (!pictures.allowed) return ` ${canAsk ? t('savePicturesNotSaved') : t('savePicturesNotSavedAskInLibrary', t('picturesAllow'))}`;
  if (pictures.saved === 0) return ` ${t('savePicturesNoneDownloaded')}`;
  const saved = ` ${plural('savePicturesSaved', pictures.saved)}`;
  return pictures.missing > 0 ? `${saved} ${plural('savePicturesMissing', pictures.missing)}` : saved;
}
