import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { BottleneckForEditQueryVariables } from '@web/gql/graphql';
import { BottleneckForEditQuery } from '../graphql/bottleneck-for-edit.query';

/** A bottleneck as its edit form needs it (always fresh from the server). */
export const useBottleneckForEdit = (variables: BottleneckForEditQueryVariables, options: QueryOptions = {}) => useQuery(BottleneckForEditQuery, { ...options, variables });
