import { graphql } from '@web/gql';

export const SetFollowingMutation = graphql(`
  mutation SetFollowing($entityType: FollowableType!, $id: ID!, $following: Boolean!) {
    setFollowing(entityType: $entityType, id: $id, following: $following)
  }
`);
