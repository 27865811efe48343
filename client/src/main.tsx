import { render } from 'solid-js/web';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const root = document.getElementById('root');
if (root) render(() => <App />, root);
