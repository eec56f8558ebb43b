import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Dialog, ErrorState, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import type { EmailPreference } from '@web/gql/graphql';
import { useMarkAllNotificationsRead } from '@web/modules/notification/hooks/useMarkAllNotificationsRead';
import { useMarkNotificationsRead } from '@web/modules/notification/hooks/useMarkNotificationsRead';
import { useNotifications } from '@web/modules/notification/hooks/useNotifications';
import { useSetEmailPreference } from '@web/modules/notification/hooks/useSetEmailPreference';

const PREFERENCES: EmailPreference[] = ['IMMEDIATE', 'DIGEST', 'OFF'];

/** The list of notifications (newest first, unread marked), mark as read, and how e-mail should reach the reader. */
export function NotificationPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['notification', 'common']);
  const format = useFormat();
  const { data, loading, error, refetch } = useNotifications({ fetchPolicy: 'cache-and-network' });
  const { run: markRead } = useMarkNotificationsRead();
  const { run: markAll, busy: markingAll } = useMarkAllNotificationsRead();
  const { run: setPreference, busy: savingPreference } = useSetEmailPreference();

  const mark = (ids: string[]) => markRead({ ids });
  const choose = (preference: EmailPreference) => setPreference({ preference }, t('notification:preference.saved'));

  const items = data?.notifications ?? [];
  return (
    <Dialog isOpen onOpenChange={(isOpen) => (isOpen ? undefined : onClose())} title={t('notification:bell.heading')}>
      {loading && !data ? <LoadingState label={t('common:state.loading')} /> : null}
      {error && !data ? (
        <ErrorState title={t('notification:bell.failed')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <>
          {items.length === 0 ? <Paragraph>{t('notification:bell.empty')}</Paragraph> : null}
          {data.unreadNotificationCount > 0 ? (
            <div className="gp-card__actions">
              <Button
                busy={markingAll}
                onClick={() => void markAll({})}
              >
                {t('notification:bell.markAllRead')}
              </Button>
            </div>
          ) : null}
          <ul className="gp-notifications">
            {items.map((n) => (
              <li key={n.id} className={n.read ? 'gp-notification' : 'gp-notification gp-notification--unread'}>
                {n.read ? null : <span className="gp-notification__unread">{t('notification:bell.unread')}</span>}
                <Link
                  to={n.path}
                  className="utrecht-link gp-notification__message"
                  onClick={() => {
                    if (!n.read) void mark([n.id]);
                    onClose();
                  }}
                >
                  {n.message}
                </Link>
                <span className="gp-notification__time">{format.dateTime(n.createdAt)}</span>
                {n.read ? null : (
                  <Button appearance="subtle" onClick={() => void mark([n.id])} aria-describedby={`notification-${n.id}`}>
                    {t('notification:bell.markRead')}
                  </Button>
                )}
                <span id={`notification-${n.id}`} hidden>
                  {n.message}
                </span>
              </li>
            ))}
          </ul>
          <fieldset className="gp-fieldset" disabled={savingPreference}>
            <legend>{t('notification:preference.legend')}</legend>
            {PREFERENCES.map((p) => (
              <label key={p} className="gp-choice">
                <input type="radio" name="email-preference" value={p} checked={data.me.emailPreference === p} onChange={() => void choose(p)} />
                {t(`notification:preference.${p}`)}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      <div className="gp-card__actions">
        <Button appearance="primary" onClick={onClose}>
          {t('notification:bell.close')}
        </Button>
      </div>
    </Dialog>
  );
}
