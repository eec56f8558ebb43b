import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { i18n } from 'i18next';
import { App } from './App';
import { createApolloClient } from './apollo-client';
import { OidcSession } from './auth/oidc-session';
import type { SignInState } from './auth/session';
import { loadRuntimeConfig, type RuntimeConfig } from './runtime-config';
import { StartupError } from './StartupError';

/** The settings the API publishes; a translated error with a retry when they cannot be read. */
async function configOrError(root: Root, i18n: i18n): Promise<RuntimeConfig | null> {
  try {
    return await loadRuntimeConfig();
  } catch {
    root.render(<StartupError i18n={i18n} />);
    return null;
  }
}

/** The OIDC library and the session manager over it: a chunk of its own, loaded beside the first page. */
const userManagerFor = async (config: RuntimeConfig) => (await import('./auth/user-manager')).createUserManager(config);

/** The workplace: the OIDC session, the API client and every route (the code a visitor of the landing page does not load). */
export async function startWorkplace(root: Root, i18n: i18n): Promise<void> {
  const config = await configOrError(root, i18n);
  if (!config) return;
  const session = new OidcSession(() => userManagerFor(config));
  void session.load();
  const signInAgain = () => {
    const state: SignInState = { returnTo: `${window.location.pathname}${window.location.search}` };
    void session.removeUser().then(() => session.signinRedirect({ state, ui_locales: i18n.language }));
  };
  const client = createApolloClient(i18n, () => session.accessToken(), signInAgain);
  root.render(
    <StrictMode>
      <App i18n={i18n} client={client} session={session} />
    </StrictMode>,
  );
}

/** From a page for visitors: straight to the identity provider, in the interface language, coming back to `returnTo`. */
export async function signInFromVisit(root: Root, i18n: i18n, returnTo: string): Promise<void> {
  const config = await configOrError(root, i18n);
  if (!config) return;
  const state: SignInState = { returnTo };
  await (await userManagerFor(config)).signinRedirect({ state, ui_locales: i18n.language });
}
