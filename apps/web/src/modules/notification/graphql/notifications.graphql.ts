import { graphql } from '@web/gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

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

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const SetEmailPreferenceMutation = graphql(`
  mutation SetEmailPreference($preference: EmailPreference!) {
    setEmailPreference(preference: $preference) {
      id
      emailPreference
    }
  }
`);

export const SetFollowingMutation = graphql(`
  mutation SetFollowing($entityType: FollowableType!, $id: ID!, $following: Boolean!) {
    setFollowing(entityType: $entityType, id: $id, following: $following)
  }
`);
