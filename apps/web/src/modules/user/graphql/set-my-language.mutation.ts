import { graphql } from '@web/gql';

export const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);
