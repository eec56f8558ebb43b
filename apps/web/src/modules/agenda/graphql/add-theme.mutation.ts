import { graphql } from '@web/gql';

export const AddThemeMutation = graphql(`
  mutation AddTheme($input: AddThemeInput!) {
    addTheme(input: $input) {
      id
      code
      name
      version
    }
  }
`);
