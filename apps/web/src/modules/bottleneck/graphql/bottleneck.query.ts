import { graphql } from '@web/gql';

export const BottleneckQuery = graphql(`
  query Bottleneck($reference: String!) {
    bottleneckByReference(reference: $reference) {
      id
      reference
      version
      status
      outcome
      statusReason
      type
      area
      expectedDurationMonths
      createdAt
      updatedAt
      submittedAt
      closedAt
      canEdit
      canProposeAction
      canAskQuestion
      followed
      commentCount
      ...BottleneckTextFields
      agenda {
        id
        code
        name
        steeringOrganisation {
          id
          code
        }
        partners {
          id
          code
          name
          kind
        }
      }
      theme {
        id
        code
        name
      }
      reportingOrganisation {
        id
        code
        name
      }
      createdBy {
        id
        name
      }
      duplicateOf {
        id
        reference
      }
      progress {
        average
        actionCount
      }
      availableTransitions {
        transition
        to
        needsReason
        outcomes
      }
      links {
        id
        type
        direction
        bottleneck {
          id
          reference
          title {
            ...LocalizedTextFields
          }
        }
      }
      actions {
        ...ActionFields
        attachments {
          ...AttachmentFields
        }
      }
      assignments {
        ...AssignmentFields
      }
      comments {
        ...CommentFields
      }
      attachments {
        ...AttachmentFields
      }
      history(limit: 200) {
        ...HistoryFields
      }
    }
  }
`);

/** The four texts of a bottleneck, each with its original and translations. */
export const BottleneckTextFields = graphql(`
  fragment BottleneckTextFields on Bottleneck {
    title {
      ...LocalizedTextFields
      versions {
        ...TextVersionFields
      }
    }
    description {
      ...LocalizedTextFields
      versions {
        ...TextVersionFields
      }
    }
    whyToSolve {
      ...LocalizedTextFields
      versions {
        ...TextVersionFields
      }
    }
    impact {
      ...LocalizedTextFields
      versions {
        ...TextVersionFields
      }
    }
  }
`);

export const TextVersionFields = graphql(`
  fragment TextVersionFields on TextVersion {
    language
    text
    isOriginal
    kind
    outdated
    translatedAt
    translatedBy
  }
`);

export const HistoryFields = graphql(`
  fragment HistoryFields on HistoryEntry {
    id
    kind
    transition
    occurredAt
    version
    actor {
      id
      name
    }
    organisation {
      id
      name
    }
    changes {
      field
      from
      to
      fromText
      toText
      language
    }
  }
`);
