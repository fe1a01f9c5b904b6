import { render } from 'preact';
import { READER_CSS } from '@/components/reader-css';
import { applyUiLanguage, t } from '@/lib/i18n';
import { App } from './App';

applyUiLanguage(document, t('libraryTitle', t('extName')));

// The same reader stylesheet as the in-page overlay, adopted here as a constructed sheet.
const sheet = new CSSStyleSheet();
sheet.replaceSync(READER_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

render(<App />, document.getElementById('app')!);
