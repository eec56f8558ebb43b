import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { i18n } from 'i18next';
import type { UserManager } from 'oidc-client-ts';
import { App } from './App';
import { createApolloClient } from './apollo-client';
import type { SignInState } from './auth/session';
import { createUserManager } from './auth/user-manager';
import { loadRuntimeConfig } from './runtime-config';
import { StartupError } from './StartupError';

/** The settings the API publishes, as an OIDC session; a translated error with a retry when they cannot be read. */
async function userManagerOrError(root: Root, i18n: i18n): Promise<UserManager | null> {
  try {
    return createUserManager(await loadRuntimeConfig());
  } catch {
    root.render(<StartupError i18n={i18n} />);
    return null;
  }
}

/** The workplace: the OIDC session, the API client and every route (the code a visitor of the landing page does not load). */
export async function startWorkplace(root: Root, i18n: i18n): Promise<void> {
  const userManager = await userManagerOrError(root, i18n);
  if (!userManager) return;
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

/** From a page for visitors: straight to the identity provider, in the interface language, coming back to `returnTo`. */
export async function signInFromVisit(root: Root, i18n: i18n, returnTo: string): Promise<void> {
  const userManager = await userManagerOrError(root, i18n);
  if (!userManager) return;
  const state: SignInState = { returnTo };
  await userManager.signinRedirect({ state, ui_locales: i18n.language });
}
