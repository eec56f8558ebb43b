import { useTranslation } from 'react-i18next';
import { ActionCard } from '@web/modules/action/components/ActionCard';
import { useActions } from '@web/modules/action/hooks/useActions';
import { WorkSection } from './WorkSection';

/** The open actions an organisation owns, soonest due first: where it reports progress. */
export function OwnedActions({ organisationCode }: { organisationCode: string }) {
  const { t } = useTranslation('home');
  const { data, loading, error, refetch } = useActions({ filter: { ownerOrganisationCode: organisationCode, statuses: ['PLANNED', 'IN_PROGRESS', 'ON_HOLD'] }, orderBy: 'DUE_DATE_ASC', first: 50 });
  const actions = data?.actions.edges.map((e) => e.node) ?? [];
  return (
    <WorkSection
      id="owned-actions"
      title={t('home:ownedActions.title')}
      count={data?.actions.totalCount}
      loading={loading && !data}
      error={data ? undefined : error}
      onRetry={() => void refetch()}
      empty={actions.length === 0}
      emptyText={t('home:ownedActions.empty')}
    >
      <div className="gp-stack">
        {actions.map((a) => (
          <ActionCard key={a.id} action={a} showBottlenecks />
        ))}
      </div>
    </WorkSection>
  );
}
