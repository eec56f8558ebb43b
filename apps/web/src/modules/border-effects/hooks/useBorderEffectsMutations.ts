import { useFormMutation } from '@web/app/data/useFormMutation';
import {
  CloseScreeningRoundMutation,
  CreateConsultationMutation,
  FlagConsultationMutation,
  LinkConsultationMutation,
  OpenScreeningRoundMutation,
  ReopenScreeningRoundMutation,
  UnflagConsultationMutation,
  UpdateConsultationMutation,
} from '../graphql/border-effects.graphql';

/** The screening's changes; each refetches the register and figures on screen. */
const register = { refetchQueries: ['BorderEffects', 'Consultation'] };
export const useOpenScreeningRound = () => useFormMutation(OpenScreeningRoundMutation, register);
export const useCloseScreeningRound = () => useFormMutation(CloseScreeningRoundMutation, register);
export const useReopenScreeningRound = () => useFormMutation(ReopenScreeningRoundMutation, register);
export const useCreateConsultation = () => useFormMutation(CreateConsultationMutation, register);
export const useUpdateConsultation = () => useFormMutation(UpdateConsultationMutation, register);
export const useLinkConsultation = () => useFormMutation(LinkConsultationMutation, register);
export const useFlagConsultation = () => useFormMutation(FlagConsultationMutation, register);
export const useUnflagConsultation = () => useFormMutation(UnflagConsultationMutation, register);
