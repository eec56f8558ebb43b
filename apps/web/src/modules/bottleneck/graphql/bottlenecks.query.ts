import { graphql } from '@web/gql';

export const BottlenecksQuery = graphql(`
  query Bottlenecks($filter: BottleneckFilter, $orderBy: BottleneckOrder!, $first: Int!, $after: String) {
    bottlenecks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          outcome
          updatedAt
          title {
            ...LocalizedTextFields
          }
          agenda {
            id
            code
          }
          theme {
            id
            name
          }
          reportingOrganisation {
            id
            code
            name
          }
          progress {
            average
            actionCount
          }
        }
      }
    }
  }
`);
