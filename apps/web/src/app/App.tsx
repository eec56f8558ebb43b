import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthProvider } from './auth/AuthProvider';
import { AuthSession } from './auth/AuthSession';
import type { OidcSession } from './auth/oidc-session';
import { HOME_PATH, type SignInState } from './auth/session';
import { routes } from './routes';

interface AppProps {
  i18n: i18n;
  client: ApolloClient;
  session: OidcSession;
}

const router = createBrowserRouter(routes);

/** After sign-in, continue where the user wanted to go (and drop the code from the address). */
function afterSignIn(user: { state?: unknown } | void): void {
  const state = (user && (user.state as SignInState | undefined)) || undefined;
  const target = state?.returnTo?.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : HOME_PATH;
  void router.navigate(target, { replace: true });
}

export function App({ i18n, client, session }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider session={session} onSigninCallback={afterSignIn}>
        <AuthSession>
          <ApolloProvider client={client}>
            <RouterProvider router={router} />
          </ApolloProvider>
        </AuthSession>
      </AuthProvider>
    </I18nextProvider>
  );
}
