import { lazy, Suspense, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { Button } from '@grensportaal/web-ui';
import { useUnreadNotificationCount } from '@web/modules/notification/hooks/useUnreadNotificationCount';
import { useNotificationStream } from '@web/modules/notification/hooks/useNotificationStream';

const NotificationPanel = lazy(async () => ({ default: (await import('./NotificationPanel')).NotificationPanel }));

/**
 * The bell in the header: how many notifications are unread, kept current
 * without a reload (server-sent events), and the panel with the list and the
 * e-mail preference. The count is also announced politely when it changes.
 */
export function NotificationBell() {
  const { t } = useTranslation('notification');
  const auth = useAuth();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const { data } = useUnreadNotificationCount({ skip: !auth.isAuthenticated, fetchPolicy: 'cache-and-network' });
  useNotificationStream(auth.isAuthenticated ? auth.user?.access_token : undefined, () => {
    void client.refetchQueries({ include: ['UnreadNotificationCount', 'Notifications'] });
  });
  if (!auth.isAuthenticated) return null;
  const count = data?.unreadNotificationCount ?? 0;
  const label = t('notification:bell.label', { count });
  return (
    <>
      <Button appearance="secondary" className="gp-bell" aria-label={label} aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="notification-bell">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22" className="gp-bell__icon">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {count > 0 ? (
          <span className="gp-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Button>
      <span role="status" className="gp-visually-hidden">
        {count > 0 ? label : ''}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <NotificationPanel onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
