import { graphql } from '@web/gql';

export const AddAgendaPartnerMutation = graphql(`
  mutation AddAgendaPartner($agendaCode: String!, $organisationCode: String!) {
    addAgendaPartner(agendaCode: $agendaCode, organisationCode: $organisationCode) {
      id
      partners {
        id
        code
        name
        kind
      }
    }
  }
`);
