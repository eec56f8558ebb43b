import { useFormMutation } from '@web/app/data/useFormMutation';
import { SetFollowingMutation } from '../graphql/set-following.mutation';

/** Follows, or stops following, an item. */
export const useSetFollowing = () => useFormMutation(SetFollowingMutation);
