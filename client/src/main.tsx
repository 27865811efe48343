import { render } from 'solid-js/web';
import { App } from './App';
import { initialLocale, loadLocale } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const root = document.getElementById('root');
// A reader who chose English before gets it from the first paint: its dictionary loads before the app renders.
if (root) void loadLocale(initialLocale(globalThis.localStorage)).then(() => render(() => <App />, root));
