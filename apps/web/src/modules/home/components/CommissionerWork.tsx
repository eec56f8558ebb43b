import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart, Heading, Paragraph, type Tone } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import type { ActionStatus } from '@web/gql/graphql';
import { ActionTable } from '@web/modules/action/components/ActionTable';
import { useActions } from '@web/modules/action/hooks/useActions';
import { useAgenda } from '@web/modules/agenda/hooks/useAgenda';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { BottleneckTable } from '@web/modules/bottleneck/components/BottleneckTable';
import { useBottlenecks } from '@web/modules/bottleneck/hooks/useBottlenecks';
import { WorkSection } from './WorkSection';

const ACTION_TONES: Record<ActionStatus, Tone> = { PLANNED: 'neutral', IN_PROGRESS: 'info', ON_HOLD: 'warning', DONE: 'ok', CANCELLED: 'neutral' };

/** The follow-up of one steered agenda: actions by status, overdue and stalled ones, and bottlenecks awaiting decision. */
function AgendaFollowUp({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation(['home', 'register']);
  const format = useFormat();
  const agenda = useAgenda({ code });
  const overdue = useActions({ filter: { agendaCode: code, overdue: true }, orderBy: 'DUE_DATE_ASC', first: 50 });
  const stalled = useActions({ filter: { agendaCode: code, stalled: true, overdue: false }, orderBy: 'LAST_PROGRESS_ASC', first: 50 });
  const decisions = useBottlenecks({ filter: { agendaCode: code, statuses: ['DECISION'] }, orderBy: 'UPDATED_ASC', first: 50 });
  const stats = agenda.data?.agenda?.statistics;
  const overdueRows = overdue.data?.actions.edges.map((e) => e.node) ?? [];
  const stalledRows = stalled.data?.actions.edges.map((e) => e.node) ?? [];
  const decisionRows = decisions.data?.bottlenecks.edges.map((e) => e.node) ?? [];
  const headingId = `follow-up-${code}`;

  return (
    <section aria-labelledby={headingId} className="gp-section gp-follow-up">
      <Heading level={2} id={headingId}>
        {t('home:followUp.agenda', { agenda: name })}
      </Heading>
      {stats ? (
        <>
          <ul className="gp-kpis">
            <li className="gp-kpi">
              <span className="gp-kpi__value">{format.number(stats.actions)}</span> <span className="gp-kpi__label">{t('home:followUp.actions')}</span>
            </li>
            <li className="gp-kpi gp-kpi--error">
              <span className="gp-kpi__value">{format.number(stats.overdueActions)}</span> <span className="gp-kpi__label">{t('home:followUp.overdue')}</span>
            </li>
            <li className="gp-kpi gp-kpi--warning">
              <span className="gp-kpi__value">{format.number(stats.stalledActions)}</span> <span className="gp-kpi__label">{t('home:followUp.stalled')}</span>
            </li>
          </ul>
          <BarChart
            title={t('home:followUp.byStatus', { agenda: name })}
            labelHeader={t('home:followUp.status')}
            valueHeader={t('home:followUp.number')}
            formatValue={format.number}
            data={stats.actionsByStatus.map((s) => ({ key: s.status, label: t(`register:actionStatus.${s.status}`), value: s.count, tone: ACTION_TONES[s.status] }))}
          />
        </>
      ) : null}
      <WorkSectionLevel3
        id={`${code}-decisions`}
        title={t('home:followUp.decisions')}
        count={decisions.data?.bottlenecks.totalCount}
        loading={decisions.loading && !decisions.data}
        error={decisions.data ? undefined : decisions.error}
        onRetry={() => void decisions.refetch()}
        empty={decisionRows.length === 0}
        emptyText={t('home:followUp.noDecisions')}
      >
        <BottleneckTable rows={decisionRows} caption={t('home:followUp.decisions')} captionHidden />
      </WorkSectionLevel3>
      <WorkSectionLevel3
        id={`${code}-overdue`}
        title={t('home:followUp.overdueTitle')}
        count={overdue.data?.actions.totalCount}
        loading={overdue.loading && !overdue.data}
        error={overdue.data ? undefined : overdue.error}
        onRetry={() => void overdue.refetch()}
        empty={overdueRows.length === 0}
        emptyText={t('home:followUp.noOverdue')}
      >
        <ActionTable rows={overdueRows} caption={t('home:followUp.overdueTitle')} />
      </WorkSectionLevel3>
      <WorkSectionLevel3
        id={`${code}-stalled`}
        title={t('home:followUp.stalledTitle')}
        count={stalled.data?.actions.totalCount}
        loading={stalled.loading && !stalled.data}
        error={stalled.data ? undefined : stalled.error}
        onRetry={() => void stalled.refetch()}
        empty={stalledRows.length === 0}
        emptyText={t('home:followUp.noStalled')}
      >
        <ActionTable rows={stalledRows} caption={t('home:followUp.stalledTitle')} />
      </WorkSectionLevel3>
    </section>
  );
}

/** A WorkSection one level down (inside an agenda's follow-up). */
function WorkSectionLevel3(props: Parameters<typeof WorkSection>[0]) {
  return <WorkSection {...props} level={3} />;
}

/** A King's Commissioner: the follow-up dashboard of the agendas their province steers. */
export function CommissionerWork({ organisationCode }: { organisationCode: string }) {
  const { t } = useTranslation('home');
  const { agendas, loading } = useAgendas();
  const steered = agendas.filter((a) => a.steeringOrganisation?.code === organisationCode);
  if (loading) return null;
  if (steered.length === 0) {
    return (
      <Paragraph>
        {t('home:followUp.none')}{' '}
        <Link to={paths.agendas()} className="utrecht-link">
          {t('home:followUp.allAgendas')}
        </Link>
      </Paragraph>
    );
  }
  return (
    <>
      {steered.map((a) => (
        <AgendaFollowUp key={a.code} code={a.code} name={a.name} />
      ))}
    </>
  );
}
