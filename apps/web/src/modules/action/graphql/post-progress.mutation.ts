import { graphql } from '@web/gql';

export const PostProgressMutation = graphql(`
  mutation PostProgress($input: PostProgressInput!) {
    postProgress(input: $input) {
      ...ActionFields
    }
  }
`);
