import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { BottleneckTable } from '@web/modules/bottleneck/components/BottleneckTable';
import { useBottlenecks } from '@web/modules/bottleneck/hooks/useBottlenecks';
import { OwnedActions } from './OwnedActions';
import { WorkSection } from './WorkSection';

/** A partner: the bottlenecks their organisation logged (drafts included) and the actions it owns. */
export function PartnerWork({ organisation }: { organisation: { code: string; name: string } }) {
  const { t } = useTranslation('home');
  const { data, loading, error, refetch } = useBottlenecks({ filter: { reportingOrganisationCode: organisation.code }, orderBy: 'UPDATED_DESC', first: 50 });
  const rows = data?.bottlenecks.edges.map((e) => e.node) ?? [];
  return (
    <>
      <WorkSection
        id="our-bottlenecks"
        title={t('home:ourBottlenecks.title', { organisation: organisation.name })}
        count={data?.bottlenecks.totalCount}
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={() => void refetch()}
        empty={rows.length === 0}
        emptyText={t('home:ourBottlenecks.empty')}
        actions={
          <Link to={paths.newBottleneck()} className={buttonClassName('primary')}>
            {t('home:ourBottlenecks.log')}
          </Link>
        }
      >
        <BottleneckTable rows={rows} caption={t('home:ourBottlenecks.title', { organisation: organisation.name })} captionHidden />
      </WorkSection>
      <OwnedActions organisationCode={organisation.code} />
    </>
  );
}
