import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { BottlenecksQueryVariables } from '@web/gql/graphql';
import { BottlenecksQuery } from '../graphql/bottlenecks.query';

/** The bottlenecks the caller may see, filtered, sorted and paged. */
export const useBottlenecks = (variables: BottlenecksQueryVariables, options: QueryOptions = {}) => useQuery(BottlenecksQuery, { ...options, variables });
