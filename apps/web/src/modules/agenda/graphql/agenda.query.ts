import { graphql } from '@web/gql';

export const AgendaQuery = graphql(`
  query Agenda($code: String!) {
    agenda(code: $code) {
      ...AgendaSummaryFields
      themes {
        id
        code
        name
        version
        names {
          nl
          de
          en
        }
      }
      statistics {
        bottlenecks
        bottlenecksByStatus {
          status
          count
        }
        bottlenecksByTheme {
          theme {
            id
            code
            name
          }
          count
          open
        }
        actions
        actionsByStatus {
          status
          count
        }
        overdueActions
        stalledActions
        questionsByStatus {
          status
          count
        }
        overdueQuestions
      }
    }
  }
`);
