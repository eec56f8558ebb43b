import { useFormMutation } from '@web/app/data/useFormMutation';
import { UpdateBottleneckMutation } from '../graphql/update-bottleneck.mutation';

/** Changes a bottleneck's content. */
export const useUpdateBottleneck = () => useFormMutation(UpdateBottleneckMutation);
