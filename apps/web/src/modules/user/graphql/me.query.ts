import { graphql } from '@web/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      name
      roles
      language
      organisation {
        id
        code
        name
      }
    }
  }
`);
