import { graphql } from '@web/gql';

export const TranslateTextMutation = graphql(`
  mutation TranslateText($input: TranslateTextInput!) {
    translateText(input: $input) {
      __typename
      ... on Bottleneck {
        id
        version
      }
      ... on Action {
        id
        version
      }
      ... on Assignment {
        id
        version
      }
    }
  }
`);
