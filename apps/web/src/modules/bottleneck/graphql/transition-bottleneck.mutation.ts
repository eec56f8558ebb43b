import { graphql } from '@web/gql';

export const TransitionBottleneckMutation = graphql(`
  mutation TransitionBottleneck($input: TransitionBottleneckInput!) {
    transitionBottleneck(input: $input) {
      id
      version
      status
      outcome
    }
  }
`);
