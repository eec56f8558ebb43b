import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import { UnreadNotificationCountQuery } from '../graphql/unread-notification-count.query';

/** How many of your notifications you have not read. */
export const useUnreadNotificationCount = (options: QueryOptions = {}) => useQuery(UnreadNotificationCountQuery, options);
