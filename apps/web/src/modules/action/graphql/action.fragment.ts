import { graphql } from '@web/gql';

export const ActionFields = graphql(`
  fragment ActionFields on Action {
    id
    version
    status
    statusReason
    progress
    dueDate
    daysUntilDue
    overdue
    stalled
    instrument
    priority
    lastProgressAt
    updateRequestedAt
    canEdit
    canPostProgress
    canRequestUpdate
    followed
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    ownerOrganisation {
      id
      code
      name
    }
    ownerUser {
      id
      name
    }
    updateRequestedBy {
      id
      name
    }
    availableTransitions {
      transition
      to
      needsReason
    }
    bottlenecks {
      id
      reference
      title {
        ...LocalizedTextFields
      }
    }
    progressUpdates {
      id
      progress
      createdAt
      note {
        ...LocalizedTextFields
      }
      author {
        id
        name
      }
    }
  }
`);
