import { graphql } from '@web/gql';

export const AssignmentFields = graphql(`
  fragment AssignmentFields on Assignment {
    id
    version
    status
    statusReason
    dueDate
    daysUntilDue
    overdue
    createdAt
    question {
      ...LocalizedTextFields
    }
    ministry {
      id
      code
      name
    }
    askedBy {
      id
      name
    }
    availableTransitions {
      transition
      to
      needsReason
    }
    answers {
      id
      review
      returnReason
      createdAt
      reviewedAt
      text {
        ...LocalizedTextFields
      }
      author {
        id
        name
      }
    }
  }
`);
