import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, FigureChart, Heading, Paragraph, StatusBadge, type FigureDatum } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import type { AnswerScoreboardQuery, ProgrammeDashboardQuery, ScoreboardLineFieldsFragment } from '@web/gql/graphql';

type Dashboard = ProgrammeDashboardQuery['programmeDashboard'];
type Scoreboard = AnswerScoreboardQuery['answerScoreboard'];

const link = (href: string, children: ReactNode) => (
  <Link to={href} className="utrecht-link">
    {children}
  </Link>
);

/** A figure as a link to the list behind it; the link's name says what that list is. */
const linkedFigure = (href: string, figure: string, list: string) =>
  link(
    href,
    <>
      {figure}
      <span className="gp-visually-hidden"> – {list}</span>
    </>,
  );

/** A chart with its table toggle, labelled in the interface language. */
function Figures({ title, labelHeader, data }: { title: string; labelHeader: string; data: FigureDatum[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <FigureChart
      title={title}
      labelHeader={labelHeader}
      valueHeader={t('number')}
      data={data}
      formatValue={format.number}
      toggle={t('toggle')}
      renderLink={link}
      empty={t('empty')}
    />
  );
}

export function QuarterSection({ quarters }: { quarters: Dashboard['quarters'] }) {
  const { t } = useTranslation(['dashboard', 'register']);
  const format = useFormat();
  const name = (q: Dashboard['quarters'][number]) => t('quarters.label', { year: q.quarter.slice(0, 4), quarter: q.quarter.slice(6) });
  const series = (value: (q: Dashboard['quarters'][number]) => number) => quarters.map((q) => ({ key: q.quarter, label: name(q), value: value(q) }));
  const outcomes = [...new Set(quarters.flatMap((q) => q.closedByOutcome.filter((o) => o.count).map((o) => o.outcome)))];
  return (
    <section aria-labelledby="quarters-heading" className="gp-section">
      <Heading level={2} id="quarters-heading">
        {t('quarters.heading')}
      </Heading>
      <div className="gp-columns">
        <Figures title={t('quarters.logged')} labelHeader={t('quarters.quarter')} data={series((q) => q.logged)} />
        <Figures title={t('quarters.closed')} labelHeader={t('quarters.quarter')} data={series((q) => q.closed)} />
        <Figures title={t('quarters.open')} labelHeader={t('quarters.quarter')} data={series((q) => q.openAtEnd)} />
      </div>
      {outcomes.length ? (
        <DataTable
          caption={t('quarters.byOutcome')}
          columns={[
            { key: 'quarter', header: t('quarters.quarter'), cell: name, rowHeader: true },
            ...outcomes.map((o) => ({ key: o, header: t(`register:bottleneckOutcome.${o}`), cell: (q: Dashboard['quarters'][number]) => format.number(q.closedByOutcome.find((c) => c.outcome === o)?.count ?? 0), numeric: true })),
          ]}
          rows={quarters}
          rowKey={(q) => q.quarter}
        />
      ) : null}
    </section>
  );
}

export function StageSection({ stages, waiting }: { stages: Dashboard['stages']; waiting: Dashboard['waitingLongest'] }) {
  const { t } = useTranslation(['dashboard', 'register']);
  const format = useFormat();
  const agendas = [...new Map(stages.map((s) => [s.agenda.id, s.agenda])).values()];
  return (
    <section aria-labelledby="stages-heading" className="gp-section">
      <Heading level={2} id="stages-heading">
        {t('stages.heading')}
      </Heading>
      <Paragraph>{t('stages.intro')}</Paragraph>
      {agendas.map((agenda) => (
        <DataTable
          key={agenda.id}
          caption={t('stages.caption', { agenda: agenda.name })}
          columns={[
            { key: 'stage', header: t('stages.stage'), cell: (s) => t(`register:bottleneckStatus.${s.status}`), rowHeader: true },
            { key: 'median', header: t('stages.median'), cell: (s) => (s.stays ? format.number(s.medianDays) : '–'), numeric: true },
            { key: 'p80', header: t('stages.p80'), cell: (s) => (s.stays ? format.number(s.p80Days) : '–'), numeric: true },
            { key: 'stays', header: t('stages.stays'), cell: (s) => format.number(s.stays), numeric: true },
            {
              key: 'now',
              header: t('stages.now'),
              cell: (s) => (s.now ? linkedFigure(paths.bottlenecks({ agenda: agenda.code, status: s.status }), format.number(s.now), t('stages.nowLink', { count: s.now, stage: t(`register:bottleneckStatus.${s.status}`) })) : '0'),
              numeric: true,
            },
          ]}
          rows={stages.filter((s) => s.agenda.id === agenda.id)}
          rowKey={(s) => s.status}
        />
      ))}
      <Heading level={3}>{t('waiting.heading')}</Heading>
      {waiting.length ? (
        <ol className="utrecht-ordered-list">
          {waiting.map((w) => (
            <li key={w.id} className="utrecht-ordered-list__item">
              {link(paths.bottleneck(w.reference), w.reference)} {t('waiting.line', { stage: t(`register:bottleneckStatus.${w.status}`), since: w.since, days: Math.floor(w.days) })}
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('waiting.none')}</Paragraph>
      )}
    </section>
  );
}

export function ActionSection({ owners, agendaCode }: { owners: Dashboard['actionsByOwner']; agendaCode: string | null }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const overdue = (o: Dashboard['actionsByOwner'][number]) =>
    o.overdueNow ? linkedFigure(paths.bottlenecks({ agenda: agendaCode, owner: o.organisation.code, overdue: '1' }), format.number(o.overdueNow), t('actions.overdueLink', { owner: o.organisation.name })) : '0';
  const open = (o: Dashboard['actionsByOwner'][number]) =>
    o.open ? linkedFigure(paths.bottlenecks({ agenda: agendaCode, owner: o.organisation.code }), format.number(o.open), t('actions.openLink', { owner: o.organisation.name })) : '0';
  return (
    <section aria-labelledby="actions-heading" className="gp-section">
      <Heading level={2} id="actions-heading">
        {t('actions.heading')}
      </Heading>
      {owners.length ? (
        <DataTable
          caption={t('actions.caption')}
          captionHidden
          columns={[
            { key: 'owner', header: t('actions.owner'), cell: (o) => o.organisation.name, rowHeader: true },
            { key: 'onTime', header: t('actions.doneOnTime'), cell: (o) => format.number(o.doneOnTime), numeric: true },
            { key: 'late', header: t('actions.doneLate'), cell: (o) => format.number(o.doneLate), numeric: true },
            { key: 'open', header: t('actions.open'), cell: open, numeric: true },
            { key: 'overdue', header: t('actions.overdue'), cell: overdue, numeric: true },
            { key: 'stalled', header: t('actions.stalled'), cell: (o) => format.number(o.stalledNow), numeric: true },
          ]}
          rows={owners}
          rowKey={(o) => o.organisation.id}
        />
      ) : (
        <Paragraph>{t('empty')}</Paragraph>
      )}
    </section>
  );
}

export function RegisterSection({ dashboard, agendaCode, agendas }: { dashboard: Dashboard; agendaCode: string | null; agendas: Array<{ code: string; themes: Array<{ id: string }> }> }) {
  const { t } = useTranslation(['dashboard', 'register']);
  // Themes are per agenda: over several agendas a theme is named with its agenda's code, and its list is that agenda's.
  const agendaOf = (themeId: string) => agendaCode ?? agendas.find((a) => a.themes.some((th) => th.id === themeId))?.code ?? null;
  return (
    <section aria-labelledby="register-heading" className="gp-section">
      <Heading level={2} id="register-heading">
        {t('register.heading')}
      </Heading>
      <div className="gp-columns">
        <Figures
          title={t('register.byTheme')}
          labelHeader={t('register.theme')}
          data={dashboard.byTheme.map((r) => {
            const agenda = r.theme ? agendaOf(r.theme.id) : null;
            return {
              key: r.theme?.id ?? 'none',
              label: !r.theme ? t('register.noTheme') : agendaCode || !agenda ? r.theme.name : t('register.themeOf', { theme: r.theme.name, agenda }),
              value: r.count,
              href: r.theme && agenda ? paths.bottlenecks({ agenda, theme: r.theme.code }) : undefined,
            };
          })}
        />
        <Figures title={t('register.byType')} labelHeader={t('register.type')} data={dashboard.byType.map((r) => ({
            key: r.type ?? 'none',
            label: r.type ? t(`register:bottleneckType.${r.type}`) : t('register.noType'),
            value: r.count,
            href: r.type ? paths.bottlenecks({ agenda: agendaCode, type: r.type }) : undefined,
          }))} />
        <Figures title={t('register.byArea')} labelHeader={t('register.area')} data={dashboard.byArea.map((r) => ({ key: r.area, label: r.area, value: r.count }))} />
      </div>
    </section>
  );
}

export function ScoreboardSection({ scoreboard }: { scoreboard: Scoreboard }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const rows: Array<ScoreboardLineFieldsFragment & { key: string }> = [...scoreboard.lines.map((l) => ({ ...l, key: l.ministry?.id ?? 'total' })), { ...scoreboard.total, key: 'total' }];
  const count = (n: number) => format.number(n);
  const ministry = { key: 'ministry', header: t('scoreboard.ministry'), cell: (l: (typeof rows)[number]) => l.ministry?.name ?? t('scoreboard.total'), rowHeader: true };
  return (
    <section aria-labelledby="scoreboard-heading" className="gp-section">
      <Heading level={2} id="scoreboard-heading">
        {t('scoreboard.heading')}
      </Heading>
      <Paragraph>{t('scoreboard.intro', { share: Math.round(scoreboard.targets.onTimeShare * 100), days: scoreboard.targets.warningDays })}</Paragraph>
      <DataTable
        caption={t('scoreboard.caption')}
        columns={[
          ministry,
          { key: 'received', header: t('scoreboard.received'), cell: (l) => count(l.received), numeric: true },
          { key: 'onTime', header: t('scoreboard.answeredOnTime'), cell: (l) => count(l.answeredOnTime), numeric: true },
          { key: 'share', header: t('scoreboard.share'), cell: (l) => (l.onTimeShare === null || l.onTimeShare === undefined ? '–' : format.percent(l.onTimeShare * 100)), numeric: true },
          {
            key: 'target',
            header: t('scoreboard.target'),
            cell: (l) =>
              l.targetReached === null || l.targetReached === undefined ? (
                <StatusBadge tone="neutral">{t('scoreboard.nothing')}</StatusBadge>
              ) : l.targetReached ? (
                <StatusBadge tone="ok">{t('scoreboard.reached')}</StatusBadge>
              ) : (
                <StatusBadge tone="error">{t('scoreboard.notReached')}</StatusBadge>
              ),
          },
          { key: 'median', header: t('scoreboard.median'), cell: (l) => (l.medianDaysToFirstAnswer === null || l.medianDaysToFirstAnswer === undefined ? '–' : format.number(l.medianDaysToFirstAnswer)), numeric: true },
          { key: 'returned', header: t('scoreboard.returned'), cell: (l) => count(l.returnedForRework), numeric: true },
        ]}
        rows={rows}
        rowKey={(l) => l.key}
      />
      <DataTable
        caption={t('scoreboard.openCaption')}
        columns={[
          ministry,
          {
            key: 'open',
            header: t('scoreboard.open'),
            cell: (l) => (l.ministry && l.openNow ? linkedFigure(paths.bottlenecks({ ministry: l.ministry.code }), count(l.openNow), t('scoreboard.openLink', { ministry: l.ministry.name })) : count(l.openNow)),
            numeric: true,
          },
          { key: 'dueSoon', header: t('scoreboard.dueSoon'), cell: (l) => count(l.dueSoonNow), numeric: true },
          { key: 'overdue', header: t('scoreboard.overdue'), cell: (l) => count(l.overdueNow), numeric: true },
          { key: 'secretariat', header: t('scoreboard.toSecretariat'), cell: (l) => count(l.escalatedToSecretariat), numeric: true },
          { key: 'commissioner', header: t('scoreboard.toCommissioner'), cell: (l) => count(l.escalatedToCommissioner), numeric: true },
        ]}
        rows={rows}
        rowKey={(l) => l.key}
      />
    </section>
  );
}
