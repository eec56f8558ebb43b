import { graphql } from '@web/gql';

export const OrganisationsQuery = graphql(`
  query Organisations($kind: OrganisationKind) {
    organisations(kind: $kind) {
      id
      code
      name
      kind
    }
  }
`);
