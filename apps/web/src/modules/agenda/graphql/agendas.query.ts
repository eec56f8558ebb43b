import { graphql } from '@web/gql';

export const AgendasQuery = graphql(`
  query Agendas {
    agendas {
      id
      code
      name
      description
      steeringOrganisation {
        id
        name
      }
      partners {
        id
        code
        name
        kind
      }
      themes {
        id
        code
        name
      }
    }
  }
`);
