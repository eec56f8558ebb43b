import { useMemo, type ReactNode } from 'react';
import { useAuth } from '@web/app/auth/AuthProvider';
import { SessionContext } from './session';
import { useSignIn } from './useSignIn';

/** The session as the OIDC library knows it, for pages that also show to visitors (the landing page). */
export function AuthSession({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const signIn = useSignIn();
  const session = useMemo(() => ({ signedIn: auth.isAuthenticated, signIn: (returnTo?: string) => void signIn(returnTo) }), [auth.isAuthenticated, signIn]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
