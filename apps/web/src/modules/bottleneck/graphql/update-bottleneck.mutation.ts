import { graphql } from '@web/gql';

export const UpdateBottleneckMutation = graphql(`
  mutation UpdateBottleneck($input: UpdateBottleneckInput!) {
    updateBottleneck(input: $input) {
      id
      reference
      version
    }
  }
`);
