import { useFormMutation } from '@web/app/data/useFormMutation';
import { AddCommentMutation } from '../graphql/add-comment.mutation';

/** Comments on an item you may read. */
export const useAddComment = () => useFormMutation(AddCommentMutation);
