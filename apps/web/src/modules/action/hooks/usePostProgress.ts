import { useFormMutation } from '@web/app/data/useFormMutation';
import { PostProgressMutation } from '../graphql/post-progress.mutation';

/** Reports progress on an action your organisation owns. */
export const usePostProgress = () => useFormMutation(PostProgressMutation);
