import { BOTTLENECK_OUTCOMES, BOTTLENECK_STATUSES, BottleneckOutcome } from '@grensportaal/shared-domain';
import { barChart } from './report-charts';
import { Block, Cell, heading, paragraph, text } from './report-document';
import { cell, figureRun, listLink, referenceRun, textRuns, Writer } from './report-parts';
import type { AgendaYear, ReportItem, YearFigures, YearlyData } from './yearly-data';

const SOLVED: readonly BottleneckOutcome[] = ['SOLVED_ADMINISTRATIVE', 'SOLVED_LEGISLATIVE'];

/** The rows of the figures table: one per figure, a column per agenda and the programme's total. */
function figureRows(w: Writer, data: YearlyData): Cell[][] {
  const row = (label: string, value: (f: YearFigures) => number, query: (code?: string) => Record<string, string>): Cell[] => [
    cell(label),
    ...data.agendas.map((a) => [figureRun(w, value(a.figures), { agenda: a.code, ...query(a.code) })]),
    ...(data.agendas.length > 1 ? [[{ ...figureRun(w, value(data.programme), query()), bold: true }]] : []),
  ];
  return [
    row(w.t('report:figure.logged'), (f) => f.logged, () => ({})),
    row(w.t('report:figure.moved'), (f) => f.moved, () => ({})),
    row(w.t('report:figure.closed'), (f) => f.closedTotal, () => ({ status: 'CLOSED' })),
    ...BOTTLENECK_OUTCOMES.map((o) => row(`– ${w.t(`register:bottleneckOutcome.${o}`)}`, (f) => f.closed[o], () => ({ status: 'CLOSED' }))),
    row(w.t('report:figure.actionsDone'), (f) => f.actionsDone, () => ({})),
    row(w.t('report:figure.actionsOnTime'), (f) => f.actionsOnTime, () => ({})),
    row(w.t('report:figure.actionsOverdue'), (f) => f.actionsOverdue, () => ({ overdue: '1' })),
  ];
}

function figures(w: Writer, data: YearlyData): Block[] {
  const header = [w.t('report:figure.heading'), ...data.agendas.map((a) => a.code), ...(data.agendas.length > 1 ? [w.t('report:figure.total')] : [])];
  const closedBars = BOTTLENECK_OUTCOMES.map((o) => ({ label: w.t(`register:bottleneckOutcome.${o}`), value: data.programme.closed[o], shown: w.format.number(data.programme.closed[o]) }));
  const closedTitle = w.t('report:chart.closedByOutcome', { year: data.year });
  const closedChart = barChart(closedTitle, closedBars);
  const agendaBars = data.agendas.flatMap((a) => [
    { label: `${a.code} · ${w.t('report:figure.logged')}`, value: a.figures.logged, shown: w.format.number(a.figures.logged) },
    { label: `${a.code} · ${w.t('report:figure.closed')}`, value: a.figures.closedTotal, shown: w.format.number(a.figures.closedTotal), series: 1 as const },
  ]);
  const agendaTitle = w.t('report:chart.loggedAndClosed', { year: data.year });
  const agendaChart = barChart(agendaTitle, agendaBars);
  return [
    heading(1, w.t('report:yearly.figuresHeading', { year: data.year })),
    paragraph(text(w.t('report:yearly.figuresIntro'))),
    { type: 'table', caption: w.t('report:yearly.figuresCaption', { year: data.year }), header, rows: figureRows(w, data), widths: [3, ...data.agendas.map(() => 1), ...(data.agendas.length > 1 ? [1] : [])] },
    { type: 'chart', title: closedTitle, alt: w.t('report:chart.alt', { figures: closedBars.map((b) => `${b.label}: ${b.shown}`).join('; ') }), ...closedChart },
    { type: 'chart', title: agendaTitle, alt: w.t('report:chart.alt', { figures: agendaBars.map((b) => `${b.label}: ${b.shown}`).join('; ') }), ...agendaChart },
  ];
}

function ministries(w: Writer, data: YearlyData): Block[] {
  const rows: Cell[][] = data.ministries.map((m) => [
    cell(m.name),
    cell(w.format.number(m.received)),
    cell(w.format.number(m.answered)),
    cell(w.format.number(m.answeredOnTime)),
    cell(m.medianDays === null ? '–' : w.format.number(m.medianDays)),
  ]);
  const bars = data.ministries.filter((m) => m.medianDays !== null).map((m) => ({ label: m.name, value: m.medianDays!, shown: w.format.number(m.medianDays!) }));
  const title = w.t('report:chart.medianDays', { year: data.year });
  return [
    heading(2, w.t('report:yearly.questionsHeading')),
    paragraph(text(w.t('report:yearly.questionsIntro'))),
    rows.length
      ? {
          type: 'table',
          caption: w.t('report:yearly.questionsCaption', { year: data.year }),
          header: [w.t('report:question.ministry'), w.t('report:question.received'), w.t('report:question.answered'), w.t('report:question.onTime'), w.t('report:question.medianDays')],
          rows,
          widths: [2.6, 1.35, 1.35, 1.35, 1.35],
        }
      : paragraph(text(w.t('report:yearly.noQuestions'))),
    ...(bars.length ? [{ type: 'chart' as const, title, alt: w.t('report:chart.alt', { figures: bars.map((b) => `${b.label}: ${b.shown}`).join('; ') }), ...barChart(title, bars) }] : []),
  ];
}

/** The border-effects section: how many of the year's consultations were border-relevant, and of those how many were tested. */
function borderEffects(w: Writer, data: YearlyData): Block[] {
  const { screening } = data;
  const share = (c: { testedShare: number | null }) => (c.testedShare === null ? '–' : w.format.percent(Math.round(c.testedShare * 100)));
  const header = (first: string) => [first, w.t('borderEffects:figures.consultations'), w.t('borderEffects:figures.borderRelevant'), w.t('borderEffects:figures.testCarriedOut'), w.t('borderEffects:figures.testReported'), w.t('borderEffects:figures.testedShare')];
  const row = (label: string, c: YearlyData['screening']['total'], bold = false): Cell[] => [
    [{ text: label, bold }],
    ...[c.consultations, c.borderRelevant, c.testCarriedOut, c.testReported].map((n) => [{ text: w.format.number(n), bold }]),
    [{ text: share(c), bold }],
  ];
  const widths = [2.5, 1.9, 1.7, 1.8, 1.7, 1.1];
  if (!screening.rounds.length) return [heading(2, w.t('report:yearly.borderEffectsHeading')), paragraph(text(w.t('report:yearly.noScreening', { year: data.year })))];
  return [
    heading(2, w.t('report:yearly.borderEffectsHeading')),
    paragraph(
      text(
        w.t('report:yearly.borderEffectsIntro', {
          year: data.year,
          consultations: screening.total.consultations,
          relevant: screening.total.borderRelevant,
          tested: screening.total.testCarriedOut,
        }),
      ),
    ),
    {
      type: 'table',
      caption: w.t('report:yearly.borderEffectsCaption', { year: data.year }),
      header: header(w.t('borderEffects:rounds.round')),
      rows: [...screening.rounds.map((r) => row(r.code, r.counts)), row(w.t('report:figure.total'), screening.total, true)],
      widths,
    },
    ...(screening.byMinistry.length
      ? [{ type: 'table' as const, caption: w.t('report:yearly.borderEffectsMinistryCaption', { year: data.year }), header: header(w.t('borderEffects:figures.ministry')), rows: screening.byMinistry.map((m) => row(m.name, m.counts)), widths }]
      : []),
  ];
}

function itemTable(w: Writer, caption: string, items: ReportItem[], extra: 'outcome' | 'status'): Block {
  return {
    type: 'table',
    caption,
    header: [w.t('report:item.reference'), w.t('report:item.title'), extra === 'outcome' ? w.t('report:item.outcome') : w.t('report:item.status'), extra === 'outcome' ? w.t('report:item.reasons') : w.t('report:item.theme')],
    rows: items.map((i) => [
      [referenceRun(w, i.reference)],
      textRuns(w, i.title),
      cell(extra === 'outcome' && i.outcome ? w.t(`register:bottleneckOutcome.${i.outcome}`) : w.t(`register:bottleneckStatus.${i.status}`)),
      cell(extra === 'outcome' ? (i.reason ?? '') : i.theme),
    ]),
    widths: [1.8, 3.3, 1.9, 3],
  };
}

/**
 * What moved this year and is still open: how many per stage (each linked to
 * the list), and the bottlenecks awaiting a decision one by one (every other
 * item is in the annex with its status).
 */
function inProgress(w: Writer, data: YearlyData, a: AgendaYear): Block[] {
  if (!a.inProgress.length) return [paragraph(text(w.t('report:yearly.noneInProgress')))];
  const stages = BOTTLENECK_STATUSES.filter((s) => s !== 'DRAFT' && s !== 'CLOSED').map((status) => ({ status, count: a.inProgress.filter((i) => i.status === status).length }));
  const deciding = a.inProgress.filter((i) => i.status === 'DECISION');
  return [
    {
      type: 'table',
      caption: w.t('report:yearly.progressCaption', { agenda: a.code, year: data.year }),
      header: [w.t('report:item.status'), w.t('report:figure.number')],
      rows: stages.map((s) => [cell(w.t(`register:bottleneckStatus.${s.status}`)), [figureRun(w, s.count, { agenda: a.code, status: s.status })]]),
      widths: [3, 1],
    },
    ...(deciding.length ? [itemTable(w, w.t('report:yearly.decisionCaption', { agenda: a.code }), deciding, 'status')] : []),
  ];
}

function agenda(w: Writer, data: YearlyData, a: AgendaYear): Block[] {
  const solved = a.results.filter((i) => i.outcome && SOLVED.includes(i.outcome));
  const other = a.results.filter((i) => !i.outcome || !SOLVED.includes(i.outcome));
  const next = data.year + 1;
  return [
    heading(1, a.name),
    paragraph(text(w.t('report:yearly.agendaIntro', { year: data.year, logged: a.figures.logged, closed: a.figures.closedTotal, done: a.figures.actionsDone })), text(' '), text(w.t('report:yearly.openList'), { link: listLink(w, { agenda: a.code }) })),
    heading(2, w.t('report:yearly.resultsHeading')),
    paragraph(text(w.t('report:yearly.resultsIntro', { solved: solved.length, administrative: a.figures.closed.SOLVED_ADMINISTRATIVE, legislative: a.figures.closed.SOLVED_LEGISLATIVE }))),
    solved.length ? itemTable(w, w.t('report:yearly.solvedCaption', { agenda: a.code, year: data.year }), solved, 'outcome') : paragraph(text(w.t('report:yearly.noneSolved'))),
    ...(other.length ? [itemTable(w, w.t('report:yearly.otherCaption', { agenda: a.code, year: data.year }), other, 'outcome')] : []),
    paragraph(text(w.t('report:yearly.politics'), { italic: true })),
    heading(2, w.t('report:yearly.progressHeading')),
    ...inProgress(w, data, a),
    heading(2, w.t('report:yearly.prioritiesHeading', { year: next })),
    a.priorities.length
      ? {
          type: 'table',
          caption: w.t('report:yearly.prioritiesCaption', { agenda: a.code, year: next }),
          header: [w.t('report:item.reference'), w.t('report:item.action'), w.t('report:item.owner'), w.t('report:item.due')],
          rows: a.priorities.map((p) => [[referenceRun(w, p.reference)], textRuns(w, p.title), cell(p.owner), cell(w.format.date(p.dueDate))]),
          widths: [1.8, 4, 2.2, 1.6],
        }
      : paragraph(text(w.t('report:yearly.noPriorities', { year: next }))),
  ];
}

function annex(w: Writer, data: YearlyData): Block[] {
  const rows: Cell[][] = data.agendas.flatMap((a) => a.annex.map((i) => [[referenceRun(w, i.reference)], cell(a.code), textRuns(w, i.title), cell(i.theme), cell(w.t(`register:bottleneckStatus.${i.status}`))]));
  return [
    heading(1, w.t('report:yearly.annexHeading')),
    paragraph(text(w.t('report:yearly.annexIntro', { year: data.year, total: rows.length }))),
    {
      type: 'table',
      caption: w.t('report:yearly.annexCaption', { year: data.year }),
      header: [w.t('report:item.reference'), w.t('report:item.agenda'), w.t('report:item.title'), w.t('report:item.theme'), w.t('report:item.status')],
      rows,
      widths: [1.8, 1, 4, 2, 1.5],
    },
  ];
}

/**
 * The yearly progress report: the year's figures (with charts and the same
 * figures as tables), the questions to ministries, per agenda what was
 * solved and how, what is in progress and next year's priorities, and an
 * annex of every item. `step` reports progress between the parts.
 */
export function yearlyBlocks(w: Writer, data: YearlyData, step: (part: number, of: number) => void): Block[] {
  const blocks: Block[] = [{ type: 'toc', title: w.t('report:contents') }, paragraph(text(w.t('report:yearly.intro', { year: data.year }))), ...figures(w, data), ...ministries(w, data), ...borderEffects(w, data)];
  step(1, data.agendas.length + 2);
  data.agendas.forEach((a, i) => {
    blocks.push(...agenda(w, data, a));
    step(i + 2, data.agendas.length + 2);
  });
  blocks.push(...annex(w, data));
  return blocks;
}
