import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import type { ReaderMessage, SaveReply } from '@/core/messages';
import type { Article } from '@/core/types';
import { type ReaderSettings, saveSettings, watchSettings } from '@/lib/settings';
import { ReaderView } from './ReaderView';

interface Props {
  article: Article;
  initialSettings: ReaderSettings;
  onClose: () => void;
  /** Hands the save action to the overlay's owner, for the save keyboard shortcut. */
  registerSave: (save: () => void) => void;
}

type SaveState =
  | { step: 'idle' }
  | { step: 'saving' }
  | { step: 'exists'; savedAt: string }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/**
 * The reader view inside the page's overlay: close and save buttons, settings kept in extension
 * storage (a change in the popup or another tab shows here at once). Saving goes through the
 * background: IndexedDB in a content script would be the website's, not the extension's.
 */
export function ReaderOverlay({ article, initialSettings, onClose, registerSave }: Props) {
  const [settings, setSettings] = useState(initialSettings);
  const [save, setSave] = useState<SaveState>({ step: 'idle' });
  useEffect(() => watchSettings(setSettings), []);
  useEffect(() => setSave({ step: 'idle' }), [article]);

  const send = async (overwrite: boolean): Promise<void> => {
    setSave({ step: 'saving' });
    try {
      const message: ReaderMessage = { type: 'save-article', article, overwrite };
      const reply = (await browser.runtime.sendMessage(message)) as SaveReply | undefined;
      if (!reply) setSave({ step: 'failed', message: 'The extension did not answer; try again.' });
      else if (!reply.ok) setSave({ step: 'failed', message: reply.message });
      else if (reply.status === 'exists') setSave({ step: 'exists', savedAt: reply.savedAt });
      else setSave({ step: 'done', message: reply.status === 'added' ? 'Saved to your library' : 'Updated in your library' });
    } catch (error) {
      setSave({ step: 'failed', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  registerSave(() => void send(false));

  const changeSettings = (next: ReaderSettings): void => {
    setSettings(next);
    saveSettings(next).catch(() => undefined); // Shown anyway; kept when storage works again.
  };

  return (
    <ReaderView article={article} settings={settings} onSettings={changeSettings} status={statusText(save)}
      actions={
        <>
          <button type="button" onClick={onClose} data-testid="reader-close" title="Close the reader (Esc)">✕ Close</button>
          {save.step === 'exists'
            ? <button type="button" data-testid="save-update" onClick={() => void send(true)}>Update saved copy</button>
            : <button type="button" data-testid="save" disabled={save.step === 'saving'} onClick={() => void send(false)}>Save</button>}
        </>
      } />
  );
}

function statusText(save: SaveState): string | null {
  switch (save.step) {
    case 'idle': return null;
    case 'saving': return 'Saving…';
    case 'exists': return `Already in your library (saved ${new Date(save.savedAt).toLocaleString()}).`;
    case 'done': case 'failed': return save.message;
  }
}
