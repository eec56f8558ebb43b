import { graphql } from '@web/gql';

export const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
    }
  }
`);
