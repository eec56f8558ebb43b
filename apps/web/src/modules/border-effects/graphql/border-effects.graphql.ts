import { graphql } from '@web/gql';

export const ScreeningCountsFields = graphql(`
  fragment ScreeningCountsFields on ScreeningCounts {
    consultations
    screened
    borderRelevant
    testCarriedOut
    testReported
    withoutTest
    responses
    testedShare
  }
`);

export const ScreeningRoundFiguresFields = graphql(`
  fragment ScreeningRoundFiguresFields on ScreeningRoundFigures {
    round {
      id
      code
    }
    totals {
      ...ScreeningCountsFields
    }
    byMinistry {
      ministry {
        id
        code
        name
      }
      counts {
        ...ScreeningCountsFields
      }
    }
  }
`);

/** The screening's figures for the dashboard: every round of a year (or of all years). */
export const BorderEffectsFiguresQuery = graphql(`
  query BorderEffectsFigures($year: Int) {
    borderEffectsFigures(year: $year) {
      rounds {
        ...ScreeningRoundFiguresFields
      }
    }
  }
`);

export const BorderEffectsQuery = graphql(`
  query BorderEffects($filter: ConsultationFilter, $after: String) {
    screeningRounds {
      id
      code
      status
      version
      canKeep
    }
    borderEffectsFigures {
      rounds {
        ...ScreeningRoundFiguresFields
      }
    }
    consultations(first: 50, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          periodStart
          periodEnd
          borderRelevant
          testCarriedOut
          title {
            ...LocalizedTextFields
          }
          ministry {
            id
            code
            name
          }
          round {
            id
            code
          }
        }
      }
    }
    organisations(kind: MINISTRY) {
      id
      code
      name
    }
  }
`);

export const ConsultationDetailFields = graphql(`
  fragment ConsultationDetailFields on Consultation {
    id
    version
    url
    periodStart
    periodEnd
    kind
    borderRelevant
    testCarriedOut
    testReport
    testReference
    effectDirection
    affectedGroups
    neighbours
    mitigations
    responseSubmitted
    responseUrl
    canEdit
    canFlag
    title {
      ...LocalizedTextFields
    }
    relevanceReason {
      ...LocalizedTextFields
    }
    effects {
      ...LocalizedTextFields
    }
    response {
      ...LocalizedTextFields
    }
    ministry {
      id
      code
      name
    }
    round {
      id
      code
      status
      canKeep
    }
    bottlenecks {
      type
      bottleneck {
        id
        reference
        title {
          ...LocalizedTextFields
        }
      }
    }
    flags {
      note
      createdAt
      organisation {
        id
        code
        name
      }
    }
    history {
      ...HistoryFields
    }
    canAsk
    assignments {
      ...AssignmentFields
    }
    comments {
      ...CommentFields
    }
  }
`);

export const ConsultationQuery = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      ...ConsultationDetailFields
    }
    me {
      id
      organisation {
        id
        code
      }
    }
  }
`);

/** The source texts of a consultation, as its author wrote them (for the form). */
export const ConsultationSourceQuery = graphql(`
  query ConsultationSource($id: ID!) {
    consultation(id: $id) {
      ...ConsultationDetailFields
      sourceTitle: title {
        versions {
          language
          text
          isOriginal
        }
      }
      sourceReason: relevanceReason {
        versions {
          language
          text
          isOriginal
        }
      }
      sourceEffects: effects {
        versions {
          language
          text
          isOriginal
        }
      }
      sourceResponse: response {
        versions {
          language
          text
          isOriginal
        }
      }
    }
    screeningRounds {
      id
      code
      status
    }
    organisations(kind: MINISTRY) {
      id
      code
      name
    }
  }
`);

export const ConsultationFormDataQuery = graphql(`
  query ConsultationFormData {
    screeningRounds {
      id
      code
      status
    }
    organisations(kind: MINISTRY) {
      id
      code
      name
    }
  }
`);

export const OpenScreeningRoundMutation = graphql(`
  mutation OpenScreeningRound($input: OpenScreeningRoundInput!) {
    openScreeningRound(input: $input) {
      id
      code
    }
  }
`);

export const CloseScreeningRoundMutation = graphql(`
  mutation CloseScreeningRound($input: ScreeningRoundChangeInput!) {
    closeScreeningRound(input: $input) {
      id
      status
      version
    }
  }
`);

export const ReopenScreeningRoundMutation = graphql(`
  mutation ReopenScreeningRound($input: ScreeningRoundChangeInput!) {
    reopenScreeningRound(input: $input) {
      id
      status
      version
    }
  }
`);

export const CreateConsultationMutation = graphql(`
  mutation CreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      id
    }
  }
`);

export const UpdateConsultationMutation = graphql(`
  mutation UpdateConsultation($input: UpdateConsultationInput!) {
    updateConsultation(input: $input) {
      ...ConsultationDetailFields
    }
  }
`);

export const LinkConsultationMutation = graphql(`
  mutation LinkConsultation($input: LinkConsultationInput!) {
    linkConsultationBottleneck(input: $input) {
      ...ConsultationDetailFields
    }
  }
`);

export const FlagConsultationMutation = graphql(`
  mutation FlagConsultation($input: FlagConsultationInput!) {
    flagConsultation(input: $input) {
      ...ConsultationDetailFields
    }
  }
`);

export const UnflagConsultationMutation = graphql(`
  mutation UnflagConsultation($id: ID!) {
    unflagConsultation(consultationId: $id) {
      ...ConsultationDetailFields
    }
  }
`);

export const BottleneckIdByReferenceQuery = graphql(`
  query BottleneckIdByReference($reference: String!) {
    bottleneckByReference(reference: $reference) {
      id
    }
  }
`);

/** The round a sheet is imported into. */
export const ScreeningRoundQuery = graphql(`
  query ScreeningRound($id: ID!) {
    screeningRound(id: $id) {
      id
      code
      status
      canKeep
    }
  }
`);
