import { graphql } from '@web/gql';

export const AssignmentsQuery = graphql(`
  query Assignments($filter: AssignmentFilter, $orderBy: AssignmentOrder!, $first: Int!) {
    assignments(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      edges {
        node {
          ...AssignmentFields
          ...AssignmentSubjectFields
        }
      }
    }
  }
`);
