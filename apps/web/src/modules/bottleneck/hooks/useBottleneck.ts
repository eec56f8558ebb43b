import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { BottleneckQuery as BottleneckResult, BottleneckQueryVariables } from '@web/gql/graphql';
import { BottleneckQuery } from '../graphql/bottleneck.query';

/** Everything about one bottleneck, by its reference. */
export const useBottleneck = (variables: BottleneckQueryVariables, options: QueryOptions = {}) => useQuery(BottleneckQuery, { ...options, variables });

/** A bottleneck as its page shows it. */
export type BottleneckDetail = NonNullable<BottleneckResult['bottleneckByReference']>;
