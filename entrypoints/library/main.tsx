import { render } from 'preact';
import { READER_CSS } from '@/components/reader-css';
import { applyUiLanguage, t } from '@/lib/i18n';
import { applyPicturesPolicy } from '@/components/pictures-policy';
import { DEFAULT_SETTINGS, loadSettings } from '@/lib/settings';
import { App } from './App';

applyUiLanguage(document, t('libraryTitle', t('extName')));

// The same reader stylesheet as the in-page overlay, adopted here as a constructed sheet.
const sheet = new CSSStyleSheet();
sheet.replaceSync(READER_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// The pictures setting is known before anything is shown: "never" adds its CSP first.
void loadSettings().catch(() => DEFAULT_SETTINGS).then((settings) => {
  applyPicturesPolicy(document, settings.pictures);
  render(<App initialSettings={settings} />, document.getElementById('app')!);
});
