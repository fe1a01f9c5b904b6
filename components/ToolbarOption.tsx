import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { setToolbarOpensReader, toolbarOpensReader } from '@/lib/toolbar';

/**
 * The option "the toolbar button opens the reader directly" (off by default). Shown in the popup and
 * under the in-page reader, which is where a reader who turned it on ends up and can turn it off.
 */
export function ToolbarOption() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void toolbarOpensReader.getValue().then((value) => setOn(value === true));
    return toolbarOpensReader.watch((value) => setOn(value === true));
  }, []);
  if (on === null) return null;
  return (
    <label class="cnr-option" title={t('toolbarOpensReaderHint')}>
      <input type="checkbox" checked={on} data-testid="toolbar-opens-reader"
        onChange={(event) => void setToolbarOpensReader(event.currentTarget.checked)} />
      {' '}{t('toolbarOpensReader')}
    </label>
  );
}
