import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { ExportMenu } from '@web/modules/exchange/components/ExportMenu';
import { usePageTitle } from '@web/app/usePageTitle';
import { BottleneckNextSteps } from '@web/modules/bottleneck/components/detail/BottleneckNextSteps';
import { BottleneckSummary } from '@web/modules/bottleneck/components/detail/BottleneckSummary';
import { BottleneckTabs } from '@web/modules/bottleneck/components/detail/BottleneckTabs';
import { StatusTimeline } from '@web/modules/bottleneck/components/StatusTimeline';
import { type BottleneckDetail, useBottleneck } from '@web/modules/bottleneck/hooks/useBottleneck';

/** Everything about one bottleneck, and the next steps the signed-in person may take. */
export function BottleneckPage() {
  const { reference = '' } = useParams();
  const { t } = useTranslation(['bottleneck', 'common']);
  const { data, loading, error, refetch } = useBottleneck({ reference });
  const bottleneck = data?.bottleneckByReference;
  usePageTitle(bottleneck ? `${bottleneck.reference} ${bottleneck.title.text}` : reference);

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) {
    return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  }
  if (!bottleneck) {
    return (
      <>
        <Heading level={1}>{t('bottleneck:notFound.title')}</Heading>
        <Paragraph>{t('bottleneck:notFound.body', { reference })}</Paragraph>
        <Paragraph>
          <Link to={paths.bottlenecks()} className="utrecht-link">
            {t('bottleneck:backToList')}
          </Link>
        </Paragraph>
      </>
    );
  }
  return <BottleneckDetailView bottleneck={bottleneck} />;
}

function BottleneckDetailView({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck', 'exchange']);
  return (
    <article className="gp-bottleneck">
      <BottleneckSummary bottleneck={bottleneck} />
      <div className="gp-list-tools">
        <ExportMenu subject={{ kind: 'BOTTLENECK', reference: bottleneck.reference }} what={t('exchange:what.bottleneck')} />
      </div>
      <section aria-labelledby="lifecycle-heading" className="gp-section">
        <Heading level={2} id="lifecycle-heading">
          {t('bottleneck:timeline.heading')}
        </Heading>
        <StatusTimeline status={bottleneck.status} history={bottleneck.history} />
      </section>
      <BottleneckNextSteps bottleneck={bottleneck} />
      <BottleneckTabs bottleneck={bottleneck} />
    </article>
  );
}
