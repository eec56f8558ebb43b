import { useQuery } from '@apollo/client/react';
import { AgendasQuery } from '../graphql/agendas.query';

/** The agendas the user may see, with partners, themes and headline figures. */
export function useAgendas() {
  const { data, loading, error, refetch } = useQuery(AgendasQuery, { notifyOnNetworkStatusChange: true });
  return { agendas: data?.agendas ?? [], loading: loading && !data, error: data ? undefined : error, refetch };
}
