import { useFormMutation } from '@web/app/data/useFormMutation';
import { RemoveAgendaPartnerMutation } from '../graphql/remove-partner.mutation';

/** Removes an organisation from an agenda's partners. */
export const useRemoveAgendaPartner = () => useFormMutation(RemoveAgendaPartnerMutation);
