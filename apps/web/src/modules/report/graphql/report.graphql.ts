import { graphql } from '@web/gql';

export const ConferenceFields = graphql(`
  fragment ConferenceFields on Conference {
    id
    version
    date
    place
    chair
    status
    items {
      id
      version
      purpose
      decision
      note
      noteLanguage
      reference
      bottleneck {
        id
        reference
        status
        title {
          ...LocalizedTextFields
        }
      }
      action {
        id
        status
        title {
          ...LocalizedTextFields
        }
      }
    }
  }
`);

export const ConferencesQuery = graphql(`
  query Conferences($code: String!) {
    agenda(code: $code) {
      id
      code
      name
    }
    conferences(agendaCode: $code) {
      ...ConferenceFields
    }
  }
`);

export const ConferenceCandidatesQuery = graphql(`
  query ConferenceCandidates($agendaCode: String!) {
    bottlenecks(filter: { agendaCode: $agendaCode, statuses: [IDENTIFICATION, ANALYSIS, ADVICE, DECISION] }, orderBy: REFERENCE_ASC, first: 100) {
      edges {
        node {
          id
          reference
          status
          title {
            text
          }
        }
      }
    }
    actions(filter: { agendaCode: $agendaCode, statuses: [IN_PROGRESS, DONE] }, first: 100) {
      edges {
        node {
          id
          status
          title {
            text
          }
          bottlenecks {
            id
            reference
          }
        }
      }
    }
  }
`);

export const PlanConferenceMutation = graphql(`
  mutation PlanConference($input: PlanConferenceInput!) {
    planConference(input: $input) {
      ...ConferenceFields
    }
  }
`);

export const UpdateConferenceMutation = graphql(`
  mutation UpdateConference($input: UpdateConferenceInput!) {
    updateConference(input: $input) {
      ...ConferenceFields
    }
  }
`);

export const AddConferenceItemMutation = graphql(`
  mutation AddConferenceItem($input: AddConferenceItemInput!) {
    addConferenceItem(input: $input) {
      id
    }
  }
`);

export const RemoveConferenceItemMutation = graphql(`
  mutation RemoveConferenceItem($id: ID!) {
    removeConferenceItem(id: $id) {
      ...ConferenceFields
    }
  }
`);

export const DecideConferenceItemMutation = graphql(`
  mutation DecideConferenceItem($input: DecideConferenceItemInput!) {
    decideConferenceItem(input: $input) {
      id
      version
      decision
      note
      noteLanguage
    }
  }
`);

export const ReportFields = graphql(`
  fragment ReportFields on GeneratedReport {
    id
    kind
    year
    language
    status
    progress
    requestedByName
    requestedAt
    finishedAt
    stateAt
    lastHistoryId
    docxSize
    pdfSize
    agenda {
      id
      code
      name
    }
    conferenceDate
    conferencePlace
  }
`);

export const GenerateReportMutation = graphql(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const GeneratedReportQuery = graphql(`
  query GeneratedReport($id: ID!) {
    generatedReport(id: $id) {
      ...ReportFields
    }
  }
`);

export const GeneratedReportsQuery = graphql(`
  query GeneratedReports($agendaCode: String) {
    generatedReports(agendaCode: $agendaCode) {
      ...ReportFields
    }
  }
`);

export const ReportChoicesQuery = graphql(`
  query ReportChoices {
    agendas {
      id
      code
      name
    }
    conferences {
      id
      date
      place
      status
      agenda {
        id
        code
      }
    }
  }
`);
