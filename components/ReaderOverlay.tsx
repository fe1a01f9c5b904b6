import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import type { ReaderMessage, SaveReply } from '@/lib/protocol';
import type { Article } from '@/core/types';
import { t } from '@/lib/i18n';
import { type ReaderSettings, saveSettings, watchSettings } from '@/lib/settings';
import { ReaderView } from './ReaderView';
import { SaveButton } from './SaveButton';
import { ToolbarOption } from './ToolbarOption';

/** The id of the article title, which names the reader's dialog (aria-labelledby). */
export const READER_TITLE_ID = 'cnr-title';

interface Props {
  article: Article;
  initialSettings: ReaderSettings;
  onClose: () => void;
  /** Hands the save action to the overlay's owner, for the save keyboard shortcut. */
  registerSave: (save: () => void) => void;
}

/**
 * The reader view inside the page's overlay: close and save buttons, settings kept in extension
 * storage (a change in the popup or another tab shows here at once). Saving goes through the
 * background: IndexedDB in a content script would be the website's, not the extension's.
 */
export function ReaderOverlay({ article, initialSettings, onClose, registerSave }: Props) {
  const [settings, setSettings] = useState(initialSettings);
  useEffect(() => watchSettings(setSettings), []);

  const send = async (expected: string | null): Promise<SaveReply> => {
    const message: ReaderMessage = { type: 'save-article', article, expected };
    const reply = (await browser.runtime.sendMessage(message)) as SaveReply | undefined;
    return reply ?? { ok: false, message: t('extensionNoAnswer') };
  };

  const changeSettings = (next: ReaderSettings): void => {
    setSettings(next);
    saveSettings(next).catch(() => undefined); // Shown anyway; kept when storage works again.
  };

  return (
    <ReaderView article={article} settings={settings} onSettings={changeSettings} titleId={READER_TITLE_ID} footer={<ToolbarOption />}
      actions={
        <>
          <button type="button" onClick={onClose} data-testid="reader-close" title={t('readerCloseHint')}>{t('readerClose')}</button>
          {/* A new article starts with a fresh button and no status. */}
          <SaveButton key={article.url} save={send} register={registerSave} hiddenFromPage />
        </>
      } />
  );
}
