import { barChart } from './report-charts';
import { Block, Cell, heading, paragraph, text } from './report-document';
import { cell, figureRun, referenceRun, textRuns, Writer } from './report-parts';
import type { PackData, PackItem, PackLine } from './pack-data';

function statusLabel(w: Writer, kind: PackItem['kind'], status: string): string {
  return w.t(kind === 'BOTTLENECK' ? `register:bottleneckStatus.${status}` : `register:actionStatus.${status}`);
}

/** One item for decision with the summary of its record. */
function item(w: Writer, i: PackItem): Block[] {
  const facts = [
    [text(`${w.t('report:pack.purpose')}: `, { bold: true }), text(w.t(`report:purpose.${i.purpose}`))],
    [text(`${w.t('report:item.status')}: `, { bold: true }), text(statusLabel(w, i.kind, i.status))],
    ...(i.theme ? [[text(`${w.t('report:item.theme')}: `, { bold: true }), text(i.theme)]] : []),
    [text(`${w.t(i.kind === 'BOTTLENECK' ? 'report:item.reporter' : 'report:item.owner')}: `, { bold: true }), text(i.organisation)],
    ...(i.decision ? [[text(`${w.t('report:pack.decision')}: `, { bold: true }), text(w.t(`report:decision.${i.decision}`))]] : []),
  ];
  const title = i.title.onlyIn ? `${i.title.text} (${w.t('report:onlyIn', { language: w.t(`common:languageName.${i.title.onlyIn}`) })})` : i.title.text;
  const blocks: Block[] = [
    heading(2, i.kind === 'BOTTLENECK' ? `${i.reference} — ${title}` : `${w.t('report:item.action')}: ${title} (${i.reference})`),
    paragraph(text(`${w.t('report:item.reference')}: `, { bold: true }), referenceRun(w, i.reference)),
    { type: 'list', items: facts },
  ];
  if (i.description) blocks.push(heading(3, w.t('report:item.description')), paragraph(...textRuns(w, i.description)));
  if (i.whyToSolve) blocks.push(heading(3, w.t('report:item.whyToSolve')), paragraph(...textRuns(w, i.whyToSolve)));
  if (i.actions.length) {
    blocks.push({
      type: 'table',
      caption: w.t('report:pack.actionsCaption', { reference: i.reference }),
      header: [w.t('report:item.action'), w.t('report:item.owner'), w.t('report:item.due'), w.t('report:item.status'), w.t('report:item.progress')],
      rows: i.actions.map((a) => [textRuns(w, a.title), cell(a.owner), cell(w.format.date(a.dueDate)), cell(w.t(`register:actionStatus.${a.status}`)), cell(w.format.percent(a.progress))]),
      widths: [3.2, 2, 1.5, 1.8, 1.4],
    });
  }
  if (i.questions.length) {
    blocks.push({
      type: 'table',
      caption: w.t('report:pack.questionsCaption', { reference: i.reference }),
      header: [w.t('report:question.ministry'), w.t('report:item.due'), w.t('report:item.status')],
      rows: i.questions.map((q) => [cell(q.ministry), cell(w.format.date(q.dueDate)), cell(w.t(`register:assignmentStatus.${q.status}`))]),
      widths: [3, 1.5, 1.5],
    });
  }
  return blocks;
}

interface Change {
  key: 'newBottlenecks' | 'statusChanges' | 'closed' | 'actionsDone' | 'overdue' | 'openQuestions' | 'answers';
  query: Record<string, string>;
  columns: (l: PackLine) => Cell;
  header: string;
}

/** What changed since the previous conference: a figures table and chart, then each change listed with its reference. */
function changes(w: Writer, data: PackData): Block[] {
  const day = (value?: string | null) => (value ? w.format.date(value) : '');
  const list: Change[] = [
    { key: 'newBottlenecks', query: {}, header: w.t('report:item.status'), columns: (l) => cell(l.to ? w.t(`register:bottleneckStatus.${l.to}`) : '') },
    { key: 'statusChanges', query: {}, header: w.t('report:pack.step'), columns: (l) => cell(`${l.from ? w.t(`register:bottleneckStatus.${l.from}`) : ''} → ${l.to ? w.t(`register:bottleneckStatus.${l.to}`) : ''} (${day(l.date)})`) },
    { key: 'closed', query: { status: 'CLOSED' }, header: w.t('report:item.outcome'), columns: (l) => cell(`${l.to ? w.t(`register:bottleneckOutcome.${l.to}`) : ''}${l.detail ? ` — ${l.detail}` : ''}`) },
    { key: 'actionsDone', query: {}, header: w.t('report:item.owner'), columns: (l) => cell(`${l.detail} (${day(l.date)})`) },
    { key: 'overdue', query: { overdue: '1' }, header: w.t('report:item.owner'), columns: (l) => cell(`${l.detail} (${w.t('report:item.due')}: ${day(l.date)})`) },
    { key: 'openQuestions', query: {}, header: w.t('report:question.ministry'), columns: (l) => cell(`${l.detail} (${w.t('report:item.due')}: ${day(l.date)})`) },
    { key: 'answers', query: {}, header: w.t('report:question.ministry'), columns: (l) => cell(`${l.detail} (${day(l.date)})`) },
  ];
  const agenda = data.agenda.code;
  const bars = list.map((c) => ({ label: w.t(`report:pack.change.${c.key}`), value: data[c.key].length, shown: w.format.number(data[c.key].length) }));
  const title = w.t('report:pack.changesChart', { since: w.format.date(data.since) });
  const blocks: Block[] = [
    heading(1, w.t('report:pack.changesHeading', { since: w.format.date(data.since) })),
    paragraph(text(data.previous ? w.t('report:pack.sincePrevious', { date: w.format.date(data.previous.date), place: data.previous.place }) : w.t('report:pack.sinceYear', { date: w.format.date(data.since) }))),
    {
      type: 'table',
      caption: w.t('report:pack.changesCaption'),
      header: [w.t('report:figure.heading'), agenda],
      rows: list.map((c) => [cell(w.t(`report:pack.change.${c.key}`)), [figureRun(w, data[c.key].length, { agenda, ...c.query })]]),
      widths: [4, 1],
    },
    { type: 'chart', title, alt: w.t('report:chart.alt', { figures: bars.map((b) => `${b.label}: ${b.shown}`).join('; ') }), ...barChart(title, bars) },
  ];
  for (const c of list) {
    const lines = data[c.key];
    blocks.push(heading(2, w.t(`report:pack.change.${c.key}`)));
    if (!lines.length) {
      blocks.push(paragraph(text(w.t('report:pack.none'))));
      continue;
    }
    blocks.push({
      type: 'table',
      caption: w.t(`report:pack.change.${c.key}`),
      header: [w.t('report:item.reference'), c.key === 'openQuestions' || c.key === 'answers' ? w.t('report:item.question') : w.t('report:item.title'), c.header],
      rows: lines.map((l) => [[referenceRun(w, l.reference)], textRuns(w, l.title), c.columns(l)]),
      widths: [1.8, 4.5, 3],
    });
  }
  return blocks;
}

/** The conference pack: the items for decision with their record, what changed since the previous conference, the register now. */
export function packBlocks(w: Writer, data: PackData, step: (part: number, of: number) => void): Block[] {
  const agenda = data.agenda.code;
  const blocks: Block[] = [
    { type: 'toc', title: w.t('report:contents') },
    paragraph(text(w.t('report:pack.intro', { agenda: data.agenda.name, date: w.format.date(data.conference.date), place: data.conference.place, chair: data.conference.chair }))),
    heading(1, w.t('report:pack.itemsHeading')),
  ];
  if (!data.items.length) blocks.push(paragraph(text(w.t('report:pack.noItems'))));
  data.items.forEach((i) => blocks.push(...item(w, i)));
  step(1, 3);
  blocks.push(...changes(w, data));
  step(2, 3);
  const title = w.t('report:pack.byStatusChart');
  const bars = data.byStatus.map((s) => ({ label: w.t(`register:bottleneckStatus.${s.status}`), value: s.count, shown: w.format.number(s.count) }));
  blocks.push(
    heading(1, w.t('report:pack.registerHeading')),
    {
      type: 'table',
      caption: w.t('report:pack.byStatusCaption', { agenda }),
      header: [w.t('report:item.status'), w.t('report:figure.number')],
      rows: data.byStatus.map((s) => [cell(w.t(`register:bottleneckStatus.${s.status}`)), [figureRun(w, s.count, { agenda, status: s.status })]]),
      widths: [3, 1],
    },
    { type: 'chart', title, alt: w.t('report:chart.alt', { figures: bars.map((b) => `${b.label}: ${b.shown}`).join('; ') }), ...barChart(title, bars) },
  );
  return blocks;
}
