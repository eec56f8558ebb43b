import { graphql } from '@web/gql';

export const TransitionActionMutation = graphql(`
  mutation TransitionAction($input: TransitionActionInput!) {
    transitionAction(input: $input) {
      ...ActionFields
    }
  }
`);
