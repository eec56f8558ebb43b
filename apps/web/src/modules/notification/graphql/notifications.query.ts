import { graphql } from '@web/gql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 30) {
      id
      kind
      message
      quote {
        text
        language
      }
      path
      read
      createdAt
    }
    unreadNotificationCount
    me {
      id
      emailPreference
    }
  }
`);
