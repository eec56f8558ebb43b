import { graphql } from '@web/gql';

export const LocalizedTextFields = graphql(`
  fragment LocalizedTextFields on LocalizedText {
    text
    language
    sourceLanguage
    status
  }
`);
