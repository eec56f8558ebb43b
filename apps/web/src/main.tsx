import { createRoot } from 'react-dom/client';
import { createI18n } from './app/i18n';
import { isVisit, startVisit } from './app/Visit';
import '@grensportaal/web-ui';
import './styles/index.css';

// A page restored from the back/forward cache after sign-out must not show what it showed before.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

const loadWorkplace = () => import('./app/workplace');

async function start(container: HTMLElement): Promise<void> {
  const i18n = await createI18n();
  const root = createRoot(container);
  if (isVisit(window.location.pathname)) startVisit(root, i18n, loadWorkplace);
  else await (await loadWorkplace()).startWorkplace(root, i18n);
}

const container = document.getElementById('root');
if (container) void start(container);
