import { graphql } from '@web/gql';

export const BottleneckSearchQuery = graphql(`
  query BottleneckSearch($filter: BottleneckFilter) {
    bottlenecks(filter: $filter, first: 10, orderBy: UPDATED_DESC) {
      edges {
        node {
          id
          reference
          status
          title {
            text
            language
          }
        }
      }
    }
  }
`);
