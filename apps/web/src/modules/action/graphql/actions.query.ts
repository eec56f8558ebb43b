import { graphql } from '@web/gql';

export const ActionsQuery = graphql(`
  query Actions($filter: ActionFilter, $orderBy: ActionOrder!, $first: Int!) {
    actions(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      edges {
        node {
          ...ActionFields
        }
      }
    }
  }
`);
