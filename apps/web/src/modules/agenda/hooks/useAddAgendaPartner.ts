import { useFormMutation } from '@web/app/data/useFormMutation';
import { AddAgendaPartnerMutation } from '../graphql/add-partner.mutation';

/** Adds an organisation to an agenda's partners. */
export const useAddAgendaPartner = () => useFormMutation(AddAgendaPartnerMutation);
