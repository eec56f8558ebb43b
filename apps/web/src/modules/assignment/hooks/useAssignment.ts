import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { AssignmentQueryVariables } from '@web/gql/graphql';
import { AssignmentQuery } from '../graphql/assignment.query';

/** One question to a ministry with its answers. */
export const useAssignment = (variables: AssignmentQueryVariables, options: QueryOptions = {}) => useQuery(AssignmentQuery, { ...options, variables });
