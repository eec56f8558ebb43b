import { useFormMutation } from '@web/app/data/useFormMutation';
import { RequestActionUpdateMutation } from '../graphql/request-update.mutation';

/** Asks an action's owner for a progress report. */
export const useRequestActionUpdate = () => useFormMutation(RequestActionUpdateMutation);
