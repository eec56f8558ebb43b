import { graphql } from '@web/gql';

export const BottleneckForEditQuery = graphql(`
  query BottleneckForEdit($reference: String!) {
    bottleneckByReference(reference: $reference) {
      id
      reference
      version
      status
      canEdit
      type
      area
      expectedDurationMonths
      agenda {
        id
        code
      }
      theme {
        id
        code
      }
      ...BottleneckTextFields
    }
  }
`);
