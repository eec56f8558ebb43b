import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { useFormat } from '@web/app/format';
import { FollowButton } from '@web/modules/notification/components/FollowButton';
import { Localized } from '@web/modules/text/components/Localized';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';
import { BottleneckStatusBadge } from '@web/modules/bottleneck/components/BottleneckStatusBadge';

/** The head of a bottleneck's page: reference, status, title and the facts a reader looks for first. */
export function BottleneckSummary({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck', 'register', 'common']);
  const format = useFormat();
  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.bottlenecks({ agenda: bottleneck.agenda.code })} className="utrecht-link">
          {t('bottleneck:backToAgendaList', { agenda: bottleneck.agenda.name })}
        </Link>
      </p>
      <p className="gp-eyebrow">
        <span className="gp-reference">{bottleneck.reference}</span> <BottleneckStatusBadge status={bottleneck.status} outcome={bottleneck.outcome} />
      </p>
      <Heading level={1}>
        <Localized value={bottleneck.title} />
      </Heading>
      <dl className="gp-facts gp-facts--wide">
        <div>
          <dt>{t('bottleneck:fields.agenda')}</dt>
          <dd>{bottleneck.agenda.name}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.theme')}</dt>
          <dd>{bottleneck.theme?.name ?? t('bottleneck:noTheme')}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.reporter')}</dt>
          <dd>
            {bottleneck.reportingOrganisation.name}
            {bottleneck.createdBy ? ` (${bottleneck.createdBy.name})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.type')}</dt>
          <dd>{t(`register:bottleneckType.${bottleneck.type}`)}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.area')}</dt>
          <dd>{bottleneck.area || t('bottleneck:notGiven')}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.months')}</dt>
          <dd>{bottleneck.expectedDurationMonths ? t('bottleneck:months', { count: bottleneck.expectedDurationMonths, formatted: format.number(bottleneck.expectedDurationMonths) }) : t('bottleneck:notGiven')}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:loggedOn')}</dt>
          <dd>{format.date(bottleneck.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:actionProgress')}</dt>
          <dd>
            {bottleneck.progress.average === null
              ? t('bottleneck:noActions')
              : t('bottleneck:progressSummary', { percent: format.percent(bottleneck.progress.average), count: bottleneck.progress.actionCount })}
          </dd>
        </div>
      </dl>
      <FollowButton entityType="BOTTLENECK" id={bottleneck.id} followed={bottleneck.followed} />
      {bottleneck.statusReason ? (
        <Paragraph>
          <strong>{t('bottleneck:statusReason')}</strong> {bottleneck.statusReason}
          {bottleneck.duplicateOf ? (
            <>
              {' '}
              <Link to={paths.bottleneck(bottleneck.duplicateOf.reference)} className="utrecht-link">
                {t('bottleneck:duplicateOf', { reference: bottleneck.duplicateOf.reference })}
              </Link>
            </>
          ) : null}
        </Paragraph>
      ) : null}
    </>
  );
}
