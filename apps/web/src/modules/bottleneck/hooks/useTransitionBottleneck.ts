import { useFormMutation } from '@web/app/data/useFormMutation';
import { TransitionBottleneckMutation } from '../graphql/transition-bottleneck.mutation';

/** Moves a bottleneck one step in its lifecycle. */
export const useTransitionBottleneck = () => useFormMutation(TransitionBottleneckMutation);
