import { graphql } from '@web/gql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 30) {
      id
      kind
      message
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
