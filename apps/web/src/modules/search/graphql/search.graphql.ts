import { graphql } from '@web/gql';

export const SearchHitFields = graphql(`
  fragment SearchHitFields on SearchHit {
    id
    kind
    language
    path
    status
    updatedAt
    snippet {
      text
      highlighted
    }
    bottleneck {
      id
      reference
      title {
        ...LocalizedTextFields
      }
    }
    action {
      id
      title {
        ...LocalizedTextFields
      }
    }
    question {
      id
      ministry {
        id
        name
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      capped
      didYouMean
      expandedWith
      facets {
        field
        value
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SearchHitFields
        }
      }
    }
  }
`);

export const SimilarBottlenecksQuery = graphql(`
  query SimilarBottlenecks($title: String!, $agendaCode: String) {
    similarBottlenecks(title: $title, agendaCode: $agendaCode, first: 5) {
      id
      status
      path
      bottleneck {
        id
        reference
        title {
          ...LocalizedTextFields
        }
      }
    }
  }
`);
