import { useFormMutation } from '@web/app/data/useFormMutation';
import { TransitionActionMutation } from '../graphql/transition-action.mutation';

/** Moves an action one step in its lifecycle. */
export const useTransitionAction = () => useFormMutation(TransitionActionMutation);
