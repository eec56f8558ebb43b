import { useFormMutation } from '@web/app/data/useFormMutation';
import { CreateBottleneckMutation } from '../graphql/create-bottleneck.mutation';

/** Logs a bottleneck: a draft, or submitted at once. */
export const useCreateBottleneck = () => useFormMutation(CreateBottleneckMutation);
