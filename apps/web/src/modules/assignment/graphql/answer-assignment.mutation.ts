import { graphql } from '@web/gql';

export const AnswerAssignmentMutation = graphql(`
  mutation AnswerAssignment($input: AnswerAssignmentInput!) {
    answerAssignment(input: $input) {
      ...AssignmentFields
    }
  }
`);
