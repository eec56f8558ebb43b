import { graphql } from '@web/gql';

export const RenameThemeMutation = graphql(`
  mutation RenameTheme($input: RenameThemeInput!) {
    renameTheme(input: $input) {
      id
      code
      name
      version
    }
  }
`);
