import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowButton } from '@web/modules/notification/components/FollowButton';
import { Link } from 'react-router';
import { Button, Heading, ProgressBar, StatusBadge } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import type { ActionFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { ActionStatusBadge } from './ActionStatusBadge';

// Dialogs load when first opened: the cards are on the first page after sign-in, the dialogs' code is not needed there.
const ActionTransitionDialog = lazy(() => import('./ActionTransitionDialog').then((m) => ({ default: m.ActionTransitionDialog })));
const PostProgressDialog = lazy(() => import('./PostProgressDialog').then((m) => ({ default: m.PostProgressDialog })));
const RequestUpdateDialog = lazy(() => import('./RequestUpdateDialog').then((m) => ({ default: m.RequestUpdateDialog })));

interface Props {
  action: ActionFieldsFragment;
  headingLevel?: 2 | 3 | 4;
  /** Show the bottlenecks it addresses (dashboards; not on the bottleneck's own page). */
  showBottlenecks?: boolean;
}

/** One action: owner, due date, progress, what is wrong with it, and what you may do with it. */
export function ActionCard({ action, headingLevel = 3, showBottlenecks }: Props) {
  const { t } = useTranslation(['action', 'register']);
  const format = useFormat();
  const headingId = useId();
  const [dialog, setDialog] = useState<'progress' | 'request' | null>(null);
  const [transition, setTransition] = useState<ActionFieldsFragment['availableTransitions'][number] | null>(null);
  const latest = action.progressUpdates[0];
  const steps = action.availableTransitions.filter((tr) => tr.transition !== 'cancel');
  const destructive = action.availableTransitions.filter((tr) => tr.transition === 'cancel');

  return (
    <article id={`action-${action.id}`} className="gp-card gp-action" aria-labelledby={headingId} tabIndex={-1}>
      <Heading level={headingLevel} id={headingId} className="gp-card__title">
        <Localized value={action.title} compact />
      </Heading>
      <p className="gp-badges">
        <ActionStatusBadge status={action.status} />
        {action.overdue ? <StatusBadge tone="error">{t('action:overdue')}</StatusBadge> : null}
        {action.stalled ? <StatusBadge tone="warning">{t('action:stalled')}</StatusBadge> : null}
        {action.priority === 'HIGH' ? <StatusBadge tone="info">{t('register:priority.HIGH')}</StatusBadge> : null}
      </p>
      <dl className="gp-facts">
        <div>
          <dt>{t('action:owner')}</dt>
          <dd>
            {action.ownerOrganisation.name}
            {action.ownerUser ? ` (${action.ownerUser.name})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('action:due')}</dt>
          <dd>
            {format.date(action.dueDate)}{' '}
            <span className="gp-muted">
              {action.status === 'DONE' || action.status === 'CANCELLED'
                ? ''
                : action.daysUntilDue < 0
                  ? t('action:daysLate', { count: -action.daysUntilDue })
                  : t('action:daysLeft', { count: action.daysUntilDue })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('action:instrumentLabel')}</dt>
          <dd>{t(`register:instrument.${action.instrument}`)}</dd>
        </div>
        {latest ? (
          <div>
            <dt>{t('action:lastReport')}</dt>
            <dd>{format.date(action.lastProgressAt)}</dd>
          </div>
        ) : null}
      </dl>
      <ProgressBar value={action.progress} label={t('action:progressLabel')} valueText={format.percent(action.progress)} />
      {latest ? (
        <p className="utrecht-paragraph gp-action__latest">
          <span className="gp-muted">{t('action:latestNote', { date: format.date(latest.createdAt), author: latest.author?.name ?? '' })}</span> <Localized value={latest.note} />
        </p>
      ) : null}
      {action.statusReason && (action.status === 'ON_HOLD' || action.status === 'CANCELLED') ? (
        <p className="utrecht-paragraph">
          <span className="gp-muted">{t('action:reason')}</span> {action.statusReason}
        </p>
      ) : null}
      {action.updateRequestedAt ? (
        <p className="utrecht-paragraph gp-action__requested">
          {t('action:updateRequested', { name: action.updateRequestedBy?.name ?? '', date: format.date(action.updateRequestedAt) })}
        </p>
      ) : null}
      {showBottlenecks && action.bottlenecks.length ? (
        <p className="utrecht-paragraph">
          <span className="gp-muted">{t('action:addresses')}</span>{' '}
          {action.bottlenecks.map((b, i) => (
            <span key={b.id}>
              {i > 0 ? ', ' : ''}
              <Link to={paths.bottleneck(b.reference)} className="utrecht-link">
                {b.reference}
              </Link>{' '}
              <Localized value={b.title} compact />
            </span>
          ))}
        </p>
      ) : null}
      {/* One primary step; the other steps beside it; following quietly; cancelling apart, at the end. */}
      <div className="gp-card__actions">
        {action.canPostProgress ? (
          <Button appearance="primary" onClick={() => setDialog('progress')} aria-describedby={headingId}>
            {t('action:progress.open')}
          </Button>
        ) : null}
        {action.canRequestUpdate ? (
          <Button appearance={action.canPostProgress ? 'secondary' : 'primary'} onClick={() => setDialog('request')} aria-describedby={headingId}>
            {t('action:requestUpdate.open')}
          </Button>
        ) : null}
        {steps.map((tr, i) => (
          <Button key={tr.transition} appearance={!action.canPostProgress && !action.canRequestUpdate && i === 0 ? 'primary' : 'secondary'} onClick={() => setTransition(tr)} aria-describedby={headingId}>
            {t(`action:transitionButton.${tr.transition}`)}
          </Button>
        ))}
        <FollowButton entityType="ACTION" id={action.id} followed={action.followed} describedBy={headingId} />
        {destructive.length ? (
          <span className="gp-card__actions-apart">
            {destructive.map((tr) => (
              <Button key={tr.transition} onClick={() => setTransition(tr)} danger appearance="secondary" aria-describedby={headingId}>
                {t(`action:transitionButton.${tr.transition}`)}
              </Button>
            ))}
          </span>
        ) : null}
      </div>
      <Suspense fallback={null}>
        {dialog === 'progress' ? <PostProgressDialog action={action} onClose={() => setDialog(null)} /> : null}
        {dialog === 'request' ? <RequestUpdateDialog action={action} onClose={() => setDialog(null)} /> : null}
        {transition ? <ActionTransitionDialog action={action} transition={transition} onClose={() => setTransition(null)} /> : null}
      </Suspense>
    </article>
  );
}
