import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import { NotificationsQuery } from '../graphql/notifications.query';

/** Your latest notifications and your e-mail preference. */
export const useNotifications = (options: QueryOptions = {}) => useQuery(NotificationsQuery, options);
