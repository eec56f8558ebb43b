import { useQuery } from '@apollo/client/react';
import { useAuth } from '@web/app/auth/AuthProvider';
import { MeQuery } from '../graphql/me.query';

/** The signed-in user as the API knows them (name, roles, organisation, language); nothing when signed out. */
export function useMe() {
  const auth = useAuth();
  const { data } = useQuery(MeQuery, { skip: !auth.isAuthenticated });
  return auth.isAuthenticated ? (data?.me ?? null) : null;
}
