import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAuth } from '@web/app/auth/AuthProvider';

/** Forgets everything this tab knows (cached data, tokens) and ends the session at the identity provider. */
export function useSignOut() {
  const auth = useAuth();
  const client = useApolloClient();
  return useCallback(async () => {
    await client.clearStore();
    const idToken = auth.user?.id_token;
    await auth.removeUser();
    await auth.signoutRedirect({ id_token_hint: idToken });
  }, [auth, client]);
}
