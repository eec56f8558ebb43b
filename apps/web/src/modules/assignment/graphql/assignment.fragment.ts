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

/** What a question is about, as an inbox leads with it: a bottleneck, or a screened consultation. */
export const AssignmentSubjectFields = graphql(`
  fragment AssignmentSubjectFields on Assignment {
    bottleneck {
      id
      reference
      title {
        ...LocalizedTextFields
      }
    }
    consultation {
      id
      title {
        ...LocalizedTextFields
      }
      round {
        id
        code
      }
    }
  }
`);
