import { useCallback } from 'react';
import { useAuth } from '@web/app/auth/AuthProvider';
import { useTranslation } from 'react-i18next';
import { HOME_PATH, type SignInState } from './session';

/** Starts sign-in at the identity provider, in the interface language, returning to `returnTo` afterwards. */
export function useSignIn() {
  const auth = useAuth();
  const { i18n } = useTranslation();
  return useCallback(
    (returnTo: string = HOME_PATH) =>
      auth.signinRedirect({ state: { returnTo } satisfies SignInState, ui_locales: i18n.language }),
    [auth, i18n.language],
  );
}
