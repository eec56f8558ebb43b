import { useFormMutation } from '@web/app/data/useFormMutation';
import {
  AddConferenceItemMutation,
  DecideConferenceItemMutation,
  GenerateReportMutation,
  PlanConferenceMutation,
  RemoveConferenceItemMutation,
  UpdateConferenceMutation,
} from '../graphql/report.graphql';

/** The conference cycle's changes; each refetches the conferences on screen. */
const conferences = { refetchQueries: ['Conferences'] };
export const usePlanConference = () => useFormMutation(PlanConferenceMutation, conferences);
export const useUpdateConference = () => useFormMutation(UpdateConferenceMutation, conferences);
export const useAddConferenceItem = () => useFormMutation(AddConferenceItemMutation, conferences);
export const useRemoveConferenceItem = () => useFormMutation(RemoveConferenceItemMutation, conferences);
export const useDecideConferenceItem = () => useFormMutation(DecideConferenceItemMutation, conferences);

/** Asks for a report; the list of reports is fetched again. */
export const useGenerateReport = () => useFormMutation(GenerateReportMutation, { refetchQueries: ['GeneratedReports'] });
