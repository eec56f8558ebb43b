import { useFormMutation } from '@web/app/data/useFormMutation';
import { MarkAllNotificationsReadMutation } from '../graphql/mark-all-notifications-read.mutation';

/** Marks all your notifications as read. */
export const useMarkAllNotificationsRead = () => useFormMutation(MarkAllNotificationsReadMutation, { refetchQueries: ['UnreadNotificationCount', 'Notifications'] });
