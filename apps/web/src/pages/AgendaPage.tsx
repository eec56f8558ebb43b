import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExportMenu } from '@web/modules/exchange/components/ExportMenu';
import { BarChart, buttonClassName, ErrorState, Heading, LoadingState, Paragraph, type Tone } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import type { ActionStatus, AssignmentStatus, BottleneckStatus } from '@web/gql/graphql';
import { AgendaManagement } from '@web/modules/agenda/components/AgendaManagement';
import { useAgenda } from '@web/modules/agenda/hooks/useAgenda';
import { AgendaNotFound } from '@web/modules/agenda/components/AgendaNotFound';
import { useMe } from '@web/modules/user/hooks/useMe';

const BOTTLENECK_TONES: Record<BottleneckStatus, Tone> = { DRAFT: 'neutral', SUBMITTED: 'warning', IDENTIFICATION: 'info', ANALYSIS: 'info', ADVICE: 'info', DECISION: 'warning', CLOSED: 'ok' };
const ACTION_TONES: Record<ActionStatus, Tone> = { PLANNED: 'neutral', IN_PROGRESS: 'info', ON_HOLD: 'warning', DONE: 'ok', CANCELLED: 'neutral' };
const QUESTION_TONES: Record<AssignmentStatus, Tone> = { OPEN: 'info', ANSWERED: 'warning', ACCEPTED: 'ok', RETURNED: 'warning', WITHDRAWN: 'neutral' };

/** One agenda at a glance: bottlenecks by status and theme, actions and questions by state (charts, and the same figures as tables). */
export function AgendaPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation(['agenda', 'register', 'common', 'exchange']);
  const format = useFormat();
  const me = useMe();
  const { data, loading, error, refetch } = useAgenda({ code });
  const agenda = data?.agenda;
  usePageTitle(agenda?.name ?? code);

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!agenda) return <AgendaNotFound />;
  const stats = agenda.statistics;
  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.agendas()} className="utrecht-link">
          {t('agenda:overview.back')}
        </Link>
      </p>
      <p className="gp-agenda__code">{agenda.code}</p>
      <Heading level={1}>{agenda.name}</Heading>
      <Paragraph lead>{agenda.description}</Paragraph>
      {agenda.steeringOrganisation ? <Paragraph>{t('agenda:steeredBy', { organisation: agenda.steeringOrganisation.name })}</Paragraph> : null}
      <div className="gp-card__actions">
        <Link to={paths.bottlenecks({ agenda: agenda.code })} className={buttonClassName('primary')}>
          {t('agenda:overview.allBottlenecks', { count: stats.bottlenecks })}
        </Link>
        <Link to={paths.bottlenecks({ agenda: agenda.code, overdue: '1' })} className={buttonClassName('secondary')}>
          {t('agenda:overview.withOverdue')}
        </Link>
        <Link to={paths.conferences(agenda.code)} className={buttonClassName('secondary')}>
          {t('agenda:overview.conferences')}
        </Link>
        <ExportMenu subject={{ kind: 'ACTIONS', actionFilter: { agendaCode: agenda.code } }} what={t('exchange:what.actions')} label={t('exchange:menu.openActions')} />
        <ExportMenu subject={{ kind: 'ASSIGNMENTS', assignmentFilter: { agendaCode: agenda.code } }} what={t('exchange:what.assignments')} label={t('exchange:menu.openAssignments')} />
      </div>

      <section aria-labelledby="figures-heading" className="gp-section">
        <Heading level={2} id="figures-heading">
          {t('agenda:overview.figures')}
        </Heading>
        <div className="gp-columns">
          <BarChart
            title={t('agenda:overview.byStatus')}
            labelHeader={t('agenda:overview.status')}
            valueHeader={t('agenda:overview.number')}
            formatValue={format.number}
            data={stats.bottlenecksByStatus.map((s) => ({ key: s.status, label: t(`register:bottleneckStatus.${s.status}`), value: s.count, tone: BOTTLENECK_TONES[s.status] }))}
          />
          <BarChart
            title={t('agenda:overview.byTheme')}
            labelHeader={t('agenda:overview.theme')}
            valueHeader={t('agenda:overview.number')}
            formatValue={format.number}
            data={stats.bottlenecksByTheme.map((s) => ({ key: s.theme?.code ?? 'none', label: s.theme?.name ?? t('agenda:overview.noTheme'), value: s.count }))}
          />
          <BarChart
            title={t('agenda:overview.actionsByStatus')}
            labelHeader={t('agenda:overview.status')}
            valueHeader={t('agenda:overview.number')}
            formatValue={format.number}
            data={stats.actionsByStatus.map((s) => ({ key: s.status, label: t(`register:actionStatus.${s.status}`), value: s.count, tone: ACTION_TONES[s.status] }))}
          />
          <BarChart
            title={t('agenda:overview.questionsByStatus')}
            labelHeader={t('agenda:overview.status')}
            valueHeader={t('agenda:overview.number')}
            formatValue={format.number}
            data={stats.questionsByStatus.map((s) => ({ key: s.status, label: t(`register:assignmentStatus.${s.status}`), value: s.count, tone: QUESTION_TONES[s.status] }))}
          />
        </div>
        <ul className="gp-kpis">
          <li className="gp-kpi gp-kpi--error">
            <span className="gp-kpi__value">{format.number(stats.overdueActions)}</span> <span className="gp-kpi__label">{t('agenda:figures.overdue')}</span>
          </li>
          <li className="gp-kpi gp-kpi--warning">
            <span className="gp-kpi__value">{format.number(stats.stalledActions)}</span> <span className="gp-kpi__label">{t('agenda:figures.stalled')}</span>
          </li>
          <li className="gp-kpi gp-kpi--error">
            <span className="gp-kpi__value">{format.number(stats.overdueQuestions)}</span> <span className="gp-kpi__label">{t('agenda:figures.overdueQuestions')}</span>
          </li>
        </ul>
      </section>

      {me?.roles.includes('secretariat') ? (
        <AgendaManagement agenda={agenda} />
      ) : (
        <section aria-labelledby="partners-heading" className="gp-section gp-columns">
          <div>
            <Heading level={2} id="partners-heading">
              {t('agenda:partners.heading')}
            </Heading>
            <ul className="utrecht-unordered-list">
              {agenda.partners.map((p) => (
                <li key={p.id} className="utrecht-unordered-list__item">
                  {p.name}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <Heading level={2}>{t('agenda:themes.heading')}</Heading>
            <ul className="utrecht-unordered-list">
              {agenda.themes.map((th) => (
                <li key={th.id} className="utrecht-unordered-list__item">
                  {th.name}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </>
  );
}
