import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import type { AuthState, OidcSession } from './oidc-session';

export interface Auth extends AuthState {
  signinRedirect: OidcSession['signinRedirect'];
  signoutRedirect: OidcSession['signoutRedirect'];
  removeUser: OidcSession['removeUser'];
}

const AuthContext = createContext<Auth | null>(null);

interface AuthProviderProps {
  session: OidcSession;
  /** After the identity provider's answer has been taken (where to go next). */
  onSigninCallback?: (user: User | undefined) => void | Promise<void>;
  children: ReactNode;
}

/** The session for the workplace's pages (what react-oidc-context's provider gave, without loading the library first). */
export function AuthProvider({ session, onSigninCallback, children }: AuthProviderProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  useEffect(() => {
    void session.init(onSigninCallback);
  }, [session, onSigninCallback]);
  const auth = useMemo(() => ({ ...state, signinRedirect: session.signinRedirect, signoutRedirect: session.signoutRedirect, removeUser: session.removeUser }), [state, session]);
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider');
  return auth;
}
