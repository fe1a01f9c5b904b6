import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';

/** What each keyboard command does, in the popup's words (the manifest's `commands`). */
const COMMAND_LABELS: Record<string, MessageKey> = {
  _execute_action: 'shortcutOpenPopup',
  _execute_browser_action: 'shortcutOpenPopup',
  'toggle-reader': 'readerView',
  'save-article': 'save',
};
const ORDER = Object.keys(COMMAND_LABELS);

interface Command {
  name: string;
  shortcut: string;
}

/**
 * The keyboard shortcuts as the browser assigned them (a key another extension or the browser holds
 * is left unset: "not set"), and a way to change them: the browser's own shortcuts page.
 */
export function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (list) => setCommands(list.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }))
        .filter((c) => c.name in COMMAND_LABELS)
        .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name))),
      () => setCommands([]),
    );
  }, []);
  if (!commands || commands.length === 0) return null;

  const change = async (): Promise<void> => {
    const api = browser.commands as { openShortcutSettings?: () => Promise<void> };
    try {
      if (api.openShortcutSettings) await api.openShortcutSettings(); // Firefox 137 and later
      else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' }); // Chrome; Edge maps it to edge://
    } catch {
      setHint(t('shortcutsFirefoxHint'));
    }
  };

  return (
    <footer class="shortcuts" data-testid="shortcuts">
      <span class="label">{t('shortcutsLabel')}</span>
      {commands.map((command) => (
        <span key={command.name} class="shortcut" data-command={command.name}>
          {t(COMMAND_LABELS[command.name]!)} {command.shortcut ? <kbd>{command.shortcut}</kbd> : <em>{t('shortcutNotSet')}</em>}
        </span>
      ))}
      <button type="button" class="link" data-testid="change-shortcuts" onClick={() => void change()}>{t('shortcutsChange')}</button>
      {hint && <span>{hint}</span>}
    </footer>
  );
}
