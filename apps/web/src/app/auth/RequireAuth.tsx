import { useEffect, useRef, type ReactNode } from 'react';
import { useAuth } from '@web/app/auth/AuthProvider';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadingState } from '@grensportaal/web-ui';
import { useSignIn } from './useSignIn';

/** Pages behind sign-in: an anonymous visitor goes to the identity provider and comes back to this very page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const signIn = useSignIn();
  const { t } = useTranslation('auth');
  const mustSignIn = !auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !auth.error;
  const requested = useRef(false);

  useEffect(() => {
    // Once: the browser is about to leave for the identity provider.
    if (!mustSignIn || requested.current) return;
    requested.current = true;
    void signIn(`${location.pathname}${location.search}${location.hash}`);
  }, [mustSignIn, signIn, location.pathname, location.search, location.hash]);

  if (auth.isAuthenticated) return <>{children}</>;
  return <LoadingState label={t('signingIn')} />;
}
