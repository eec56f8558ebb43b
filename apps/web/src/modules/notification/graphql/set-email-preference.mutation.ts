import { graphql } from '@web/gql';

export const SetEmailPreferenceMutation = graphql(`
  mutation SetEmailPreference($preference: EmailPreference!) {
    setEmailPreference(preference: $preference) {
      id
      emailPreference
    }
  }
`);
