import { graphql } from '@web/gql';

export const AgendasQuery = graphql(`
  query Agendas {
    agendas {
      ...AgendaSummaryFields
      themes {
        id
        code
        name
      }
      statistics {
        bottlenecks
        actions
        overdueActions
        stalledActions
      }
    }
  }
`);

/** What every view of an agenda shows: its name, description, steering province and partners. */
export const AgendaSummaryFields = graphql(`
  fragment AgendaSummaryFields on Agenda {
    id
    code
    name
    description
    steeringOrganisation {
      id
      code
      name
    }
    partners {
      id
      code
      name
      kind
    }
  }
`);
