import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { ActionsQueryVariables } from '@web/gql/graphql';
import { ActionsQuery } from '../graphql/actions.query';

/** The actions the caller may see, filtered, sorted and paged. */
export const useActions = (variables: ActionsQueryVariables, options: QueryOptions = {}) => useQuery(ActionsQuery, { ...options, variables });
