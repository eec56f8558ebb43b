import { graphql } from '@web/gql';

export const RemoveAgendaPartnerMutation = graphql(`
  mutation RemoveAgendaPartner($agendaCode: String!, $organisationCode: String!) {
    removeAgendaPartner(agendaCode: $agendaCode, organisationCode: $organisationCode) {
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
