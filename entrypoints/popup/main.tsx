import { render } from 'preact';
import { applyPicturesPolicy } from '@/components/pictures-policy';
import { applyUiLanguage, prepareArticleFormatters } from '@/lib/i18n';
import { DEFAULT_SETTINGS, loadSettings } from '@/lib/settings';
import { App, startReading } from './App';

applyUiLanguage(document);

// The page is read while the settings load: the popup does not wait for one before starting the other.
const first = startReading(location.search);
setTimeout(prepareArticleFormatters, 0);

// The pictures setting is known before anything is shown: "never" adds its CSP first.
void loadSettings().catch(() => DEFAULT_SETTINGS).then((settings) => {
  applyPicturesPolicy(document, settings.pictures);
  render(<App pictures={settings.pictures} first={first} />, document.getElementById('app')!);
});
