import { graphql } from '@web/gql';

export const AssignmentQuery = graphql(`
  query Assignment($id: ID!) {
    assignment(id: $id) {
      ...AssignmentFields
      followed
      attachments {
        ...AttachmentFields
      }
      bottleneck {
        id
        reference
        status
        title {
          ...LocalizedTextFields
        }
        description {
          ...LocalizedTextFields
        }
        agenda {
          id
          name
        }
        reportingOrganisation {
          id
          name
        }
      }
      consultation {
        id
        kind
        url
        borderRelevant
        testCarriedOut
        title {
          ...LocalizedTextFields
        }
        ministry {
          id
          name
        }
        round {
          id
          code
        }
      }
    }
  }
`);
