import { useFormMutation } from '@web/app/data/useFormMutation';
import { CreateActionMutation } from '../graphql/create-action.mutation';

/** Proposes an action for bottlenecks of one agenda. */
export const useCreateAction = () => useFormMutation(CreateActionMutation);
