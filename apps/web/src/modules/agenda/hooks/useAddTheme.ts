import { useFormMutation } from '@web/app/data/useFormMutation';
import { AddThemeMutation } from '../graphql/add-theme.mutation';

/** Adds a theme to an agenda. */
export const useAddTheme = () => useFormMutation(AddThemeMutation);
