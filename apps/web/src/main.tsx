import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo-client';
import { createUserManager, type SignInState } from './app/auth/user-manager';
import { createI18n } from './app/i18n';
import { loadRuntimeConfig } from './app/runtime-config';
import { StartupError } from './app/StartupError';
import '@grensportaal/web-ui';
import './styles/index.css';

// A page restored from the back/forward cache after sign-out must not show what it showed before.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

async function start(container: HTMLElement): Promise<void> {
  const i18n = await createI18n();
  const root = createRoot(container);
  let config;
  try {
    config = await loadRuntimeConfig();
  } catch {
    root.render(<StartupError i18n={i18n} />);
    return;
  }
  const userManager = createUserManager(config);
  const signInAgain = () => {
    const state: SignInState = { returnTo: `${window.location.pathname}${window.location.search}` };
    void userManager.removeUser().then(() => userManager.signinRedirect({ state, ui_locales: i18n.language }));
  };
  const client = createApolloClient(i18n, userManager, signInAgain);
  root.render(
    <StrictMode>
      <App i18n={i18n} client={client} userManager={userManager} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
