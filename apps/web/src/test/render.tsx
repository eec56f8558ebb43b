import type { ReactElement } from 'react';
import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { User, UserManager } from 'oidc-client-ts';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { Language } from '@grensportaal/shared-domain';
import { AuthProvider } from '@web/app/auth/AuthProvider';
import { AuthSession } from '@web/app/auth/AuthSession';
import { OidcSession } from '@web/app/auth/oidc-session';
import { createUserManager } from '@web/app/auth/user-manager';
import { resources } from '@grensportaal/shared-i18n';
import { createI18n } from '@web/app/i18n';

export const TEST_OIDC = { authority: 'https://id.test/realms/grensportaal', clientId: 'grensportaal-web', scope: 'openid profile email' };

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  language?: Language;
  path?: string;
  /** Signed in as this user (name) when given. */
  signedInAs?: string;
}

/** A signed-in session as oidc-client-ts keeps it in session storage. */
export async function signIn(userManager: UserManager, name: string): Promise<void> {
  await userManager.storeUser(
    new User({
      access_token: 'test-access-token',
      token_type: 'Bearer',
      id_token: 'test-id-token',
      scope: 'openid profile email',
      profile: { sub: 'u-1', iss: TEST_OIDC.authority, aud: TEST_OIDC.clientId, exp: 0, iat: 0, name },
      expires_at: Math.floor(Date.now() / 1000) + 300,
    }),
  );
}

/** Renders routes with real translations, a memory router, the real auth provider and mocked API answers. */
export async function renderRoutes(routes: RouteObject[], { mocks = [], language = 'en', path = '/', signedInAs }: RenderOptions = {}) {
  window.sessionStorage.clear();
  const i18n = await createI18n(language, resources);
  const userManager = createUserManager({ oidc: TEST_OIDC }, 'http://localhost');
  if (signedInAs) await signIn(userManager, signedInAs);
  const session = new OidcSession(async () => userManager);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <AuthProvider session={session}>
        <AuthSession>
          <MockedProvider mocks={mocks}>
            <RouterProvider router={router} />
          </MockedProvider>
        </AuthSession>
      </AuthProvider>
    </I18nextProvider>,
  );
  // Let the auth provider read the stored session before the test looks.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { ...view, i18n, router, userManager };
}

export function renderWithProviders(element: ReactElement, options: RenderOptions = {}) {
  return renderRoutes([{ path: '*', element }], options);
}
