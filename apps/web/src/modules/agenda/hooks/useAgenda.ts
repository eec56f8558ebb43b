import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { AgendaQueryVariables } from '@web/gql/graphql';
import { AgendaQuery } from '../graphql/agenda.query';

/** One agenda with its figures, partners and themes. */
export const useAgenda = (variables: AgendaQueryVariables, options: QueryOptions = {}) => useQuery(AgendaQuery, { ...options, variables });
