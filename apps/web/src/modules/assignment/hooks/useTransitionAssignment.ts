import { useFormMutation } from '@web/app/data/useFormMutation';
import { TransitionAssignmentMutation } from '../graphql/transition-assignment.mutation';

/** Accepts or returns an answer, or withdraws the question. */
export const useTransitionAssignment = () => useFormMutation(TransitionAssignmentMutation);
