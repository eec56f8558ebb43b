import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { AssignmentsQueryVariables } from '@web/gql/graphql';
import { AssignmentsQuery } from '../graphql/assignments.query';

/** Questions to ministries, filtered, sorted and paged. */
export const useAssignments = (variables: AssignmentsQueryVariables, options: QueryOptions = {}) => useQuery(AssignmentsQuery, { ...options, variables });
