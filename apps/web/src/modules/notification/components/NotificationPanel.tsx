import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Dialog, ErrorState, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { splitAtQuote } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import type { EmailPreference, NotificationsQuery } from '@web/gql/graphql';
import { useMarkAllNotificationsRead } from '@web/modules/notification/hooks/useMarkAllNotificationsRead';
import { useMarkNotificationsRead } from '@web/modules/notification/hooks/useMarkNotificationsRead';
import { useNotifications } from '@web/modules/notification/hooks/useNotifications';
import { useSetEmailPreference } from '@web/modules/notification/hooks/useSetEmailPreference';
import { InLanguage } from '@web/modules/text/components/Localized';

const PREFERENCES: EmailPreference[] = ['IMMEDIATE', 'DIGEST', 'OFF'];

type Item = NotificationsQuery['notifications'][number];

/** Notifications of one kind about one item, newest first, shown as one entry (23 deadline notices of a minute are one). */
function groupNotifications(items: Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const n of items) {
    const key = `${n.kind} ${n.path}`;
    const group = groups.get(key);
    if (group) group.push(n);
    else groups.set(key, [n]);
  }
  return [...groups.values()];
}

/** The message, with the text it quotes marked in its own language when that is not the reader's. */
function QuotedMessage({ message, quote }: Pick<Item, 'message' | 'quote'>) {
  const parts = quote ? splitAtQuote(message, quote.text) : null;
  if (!quote || !parts) return <>{message}</>;
  const [before, quoted, after] = parts;
  return (
    <>
      {before}
      <InLanguage language={quote.language}>{quoted}</InLanguage>
      {after}
    </>
  );
}

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
            {groupNotifications(items).map((group) => {
              const [n] = group;
              const unread = group.filter((g) => !g.read).map((g) => g.id);
              return (
                <li key={n.id} className={unread.length ? 'gp-notification gp-notification--unread' : 'gp-notification'}>
                  {unread.length ? <span className="gp-notification__unread">{t('notification:bell.unread')}</span> : null}
                  <Link
                    to={n.path}
                    id={`notification-${n.id}`}
                    className="utrecht-link gp-notification__message"
                    onClick={() => {
                      if (unread.length) void mark(unread);
                      onClose();
                    }}
                  >
                    <QuotedMessage message={n.message} quote={n.quote} />
                  </Link>
                  <span className="gp-notification__time">
                    {format.dateTime(n.createdAt)}
                    {group.length > 1 ? ` · ${t('notification:bell.alike', { count: group.length - 1, formatted: format.number(group.length - 1) })}` : null}
                  </span>
                  {unread.length ? (
                    <Button appearance="subtle" onClick={() => void mark(unread)} aria-describedby={`notification-${n.id}`}>
                      {group.length > 1 ? t('notification:bell.markTheseRead', { count: unread.length, formatted: format.number(unread.length) }) : t('notification:bell.markRead')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
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
