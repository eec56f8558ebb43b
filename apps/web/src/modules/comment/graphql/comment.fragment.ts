import { graphql } from '@web/gql';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    language
    createdAt
    editedAt
    author {
      id
      name
    }
    organisation {
      id
      name
    }
    mentioned {
      id
      username
      name
      organisation {
        id
        name
      }
    }
  }
`);
