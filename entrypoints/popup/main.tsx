import { render } from 'preact';
import { applyUiLanguage } from '@/lib/i18n';
import { App } from './App';

applyUiLanguage(document);

render(<App />, document.getElementById('app')!);
