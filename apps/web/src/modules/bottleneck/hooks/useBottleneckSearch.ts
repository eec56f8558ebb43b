import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { BottleneckSearchQueryVariables } from '@web/gql/graphql';
import { BottleneckSearchQuery } from '../graphql/bottleneck-search.query';

/** Bottlenecks matching a text (for pickers). */
export const useBottleneckSearch = (variables: BottleneckSearchQueryVariables, options: QueryOptions = {}) => useQuery(BottleneckSearchQuery, { ...options, variables });
