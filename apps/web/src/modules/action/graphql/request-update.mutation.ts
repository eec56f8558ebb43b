import { graphql } from '@web/gql';

export const RequestActionUpdateMutation = graphql(`
  mutation RequestActionUpdate($input: RequestUpdateInput!) {
    requestActionUpdate(input: $input) {
      ...ActionFields
    }
  }
`);
