import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { useFormat } from '@web/app/format';
import type { AgendasQuery } from '@web/gql/graphql';

type Agenda = AgendasQuery['agendas'][number];

/** One agenda in the list: what it is, who steers it, its headline figures and the way to its overview. */
export function AgendaCard({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation(['agenda', 'organisation']);
  const format = useFormat();
  const headingId = useId();
  return (
    <article className="gp-card gp-agenda" aria-labelledby={headingId}>
      <p className="gp-agenda__code">{agenda.code}</p>
      <Heading level={2} id={headingId}>
        <Link to={`/agendas/${agenda.code}`} className="utrecht-link">
          {agenda.name}
        </Link>
      </Heading>
      <Paragraph>{agenda.description}</Paragraph>
      {agenda.steeringOrganisation ? <Paragraph className="gp-agenda__steering">{t('agenda:steeredBy', { organisation: agenda.steeringOrganisation.name })}</Paragraph> : null}
      <ul className="gp-kpis">
        <li className="gp-kpi">
          <span className="gp-kpi__value">{format.number(agenda.statistics.bottlenecks)}</span> <span className="gp-kpi__label">{t('agenda:figures.bottlenecks', { count: agenda.statistics.bottlenecks })}</span>
        </li>
        <li className="gp-kpi">
          <span className="gp-kpi__value">{format.number(agenda.statistics.actions)}</span> <span className="gp-kpi__label">{t('agenda:figures.actions', { count: agenda.statistics.actions })}</span>
        </li>
        <li className="gp-kpi gp-kpi--error">
          <span className="gp-kpi__value">{format.number(agenda.statistics.overdueActions)}</span> <span className="gp-kpi__label">{t('agenda:figures.overdue')}</span>
        </li>
        <li className="gp-kpi gp-kpi--warning">
          <span className="gp-kpi__value">{format.number(agenda.statistics.stalledActions)}</span> <span className="gp-kpi__label">{t('agenda:figures.stalled')}</span>
        </li>
      </ul>
      <Paragraph>
        {t('agenda:partners.summary', { count: agenda.partners.length })} · {t('agenda:themes.count', { count: agenda.themes.length })}
      </Paragraph>
    </article>
  );
}
