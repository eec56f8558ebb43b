import { graphql } from '@web/gql';

export const CreateBottleneckMutation = graphql(`
  mutation CreateBottleneck($input: CreateBottleneckInput!) {
    createBottleneck(input: $input) {
      id
      reference
      status
    }
  }
`);
