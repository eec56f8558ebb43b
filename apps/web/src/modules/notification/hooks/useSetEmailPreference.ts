import { useFormMutation } from '@web/app/data/useFormMutation';
import { SetEmailPreferenceMutation } from '../graphql/set-email-preference.mutation';

/** Chooses how notifications reach you by e-mail. */
export const useSetEmailPreference = () => useFormMutation(SetEmailPreferenceMutation);
