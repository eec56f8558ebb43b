import { useFormMutation } from '@web/app/data/useFormMutation';
import { TranslateTextMutation } from '../graphql/translate-text.mutation';

/** Adds or corrects a translation of a text. */
export const useTranslateText = () => useFormMutation(TranslateTextMutation);
