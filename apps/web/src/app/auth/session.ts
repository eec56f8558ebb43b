import { createContext, useContext } from 'react';
import { ROUTES } from '@grensportaal/shared-domain';

// What every page may know of the session without loading the OpenID Connect library: the landing page loads it only when someone signs in.

/** Where the identity provider sends the browser back after sign-in. */
export const CALLBACK_PATH = '/auth/callback';

/** Where a signed-in user goes when they did not ask for a particular page. */
export const HOME_PATH = ROUTES.home;

export interface SignInState {
  returnTo: string;
}

/** Whether someone is signed in, and the way in: from the OIDC library once the workplace runs, or loading it on demand on the landing page. */
export interface Session {
  signedIn: boolean;
  signIn: (returnTo?: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider');
  return session;
}

/** A session as oidc-client-ts keeps it in session storage: what the pages read of it. */
export interface KeptUser {
  access_token: string;
  id_token?: string;
  expires_at?: number;
  profile: { name?: string; [claim: string]: unknown };
}

/**
 * The session this tab kept, read synchronously before the OIDC library has
 * loaded (it loads beside the first page): the header is laid out for a
 * signed-in person from the first paint, and the first queries carry its token.
 */
export function storedUser(store: Storage = window.sessionStorage): KeptUser | null {
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (!key?.startsWith('oidc.user:')) continue;
      const kept = JSON.parse(store.getItem(key) ?? 'null') as Partial<KeptUser> | null;
      if (typeof kept?.access_token === 'string') return { ...kept, access_token: kept.access_token, profile: kept.profile ?? {} };
    }
  } catch {
    // Storage unavailable or not ours: nothing kept.
  }
  return null;
}

/** The realm roles an access token carries (what the API authorizes by); none when it cannot be read. */
export function rolesOfToken(token: string | null | undefined): string[] {
  try {
    const payload = token?.split('.')[1];
    if (!payload) return [];
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { realm_access?: { roles?: unknown } };
    const roles = claims.realm_access?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}
