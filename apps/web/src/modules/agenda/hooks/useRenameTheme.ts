import { useFormMutation } from '@web/app/data/useFormMutation';
import { RenameThemeMutation } from '../graphql/rename-theme.mutation';

/** Corrects a theme's names. */
export const useRenameTheme = () => useFormMutation(RenameThemeMutation);
