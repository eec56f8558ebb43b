import { useFormMutation } from '@web/app/data/useFormMutation';
import { MarkNotificationsReadMutation } from '../graphql/mark-notifications-read.mutation';

/** Marks some of your notifications as read. */
export const useMarkNotificationsRead = () => useFormMutation(MarkNotificationsReadMutation, { refetchQueries: ['UnreadNotificationCount', 'Notifications'] });
