import { graphql } from '@web/gql';

export const TransitionAssignmentMutation = graphql(`
  mutation TransitionAssignment($input: TransitionAssignmentInput!) {
    transitionAssignment(input: $input) {
      ...AssignmentFields
    }
  }
`);
