import { attachmentFilePath, Language } from '@grensportaal/shared-domain';
import { formatterFor } from '@grensportaal/shared-i18n';
import { nameIn } from '@api/core/i18n/localized-names.model';
import { Action } from '@api/modules/action/action.entity';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Answer } from '@api/modules/assignment/answer.entity';
import type { Attachment } from '@api/modules/attachment/attachment.entity';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { ColumnSpec, enumColumn, ExportColumn, valueColumn } from './export-columns';

/** A bottleneck as an export row: the bottleneck with what the screen shows beside it. */
export interface BottleneckRecord {
  bottleneck: Bottleneck;
  agenda: Agenda;
  theme: Theme | null;
  reporter: Organisation;
  actionCount: number;
  progress: number | null;
  duplicateOf: string | null;
  /** References of bottlenecks linked as the same obstacle at another border (BRIDGEforEU (g)). */
  sameObstacle: string[];
  documents: Attachment[];
}

export interface ActionRecord {
  action: Action;
  documents: Attachment[];
  owner: Organisation;
  bottlenecks: string[];
  overdue: boolean;
}

export interface AssignmentRecord {
  assignment: Assignment;
  bottleneck: string;
  ministry: Organisation;
  answer: Answer | null;
  documents: Attachment[];
}

/** A name in the export's language: organisations, themes and agendas are written as the screen shows them. */
const named = <R>(key: string, value: (row: R) => { nameNl: string; nameDe: string; nameEn: string } | null, code: (row: R) => string | null): ExportColumn<R> => ({
  key,
  heading: `exchange:columns.${key}`,
  type: 'text',
  cell: (row, { language }) => {
    const v = value(row);
    return v ? nameIn(v, language as Language) : null;
  },
  json: code,
});

/**
 * An item's documents: one line each in a sheet (title, file name, size, the
 * address to download it from, with a sign-in), a list of objects in JSON.
 */
const documents = <R>(value: (row: R) => Attachment[]): ExportColumn<R> => ({
  key: 'documents',
  heading: 'exchange:columns.documents',
  type: 'longText',
  cell: (row, { language, publicUrl }) => {
    const list = value(row);
    const format = formatterFor(language);
    return list.length ? list.map((a) => `${a.title} (${a.fileName}, ${format.bytes(a.size)}): ${publicUrl}${attachmentFilePath(a.id)}`).join('\n') : null;
  },
  json: (row) => value(row).map((a) => ({ title: a.title, language: a.language, fileName: a.fileName, mediaType: a.mediaType, size: a.size, path: attachmentFilePath(a.id) })),
});

const percent = (value: number | null) => (value === null ? null : value / 100);

export const BOTTLENECK_COLUMNS: ColumnSpec<BottleneckRecord>[] = [
  valueColumn('reference', 'text', (r) => r.bottleneck.reference),
  valueColumn('externalId', 'text', (r) => r.bottleneck.externalId),
  valueColumn('agenda', 'text', (r) => r.agenda.code),
  named('theme', (r) => r.theme, (r) => r.theme?.code ?? null),
  named('reporter', (r) => r.reporter, (r) => r.reporter.code),
  enumColumn('status', 'register:bottleneckStatus', (r) => r.bottleneck.status),
  enumColumn('type', 'register:bottleneckType', (r) => r.bottleneck.type),
  { text: true, key: 'title', heading: 'exchange:columns.title', value: (r) => r.bottleneck.title },
  { text: true, key: 'description', heading: 'exchange:columns.description', long: true, value: (r) => r.bottleneck.description },
  { text: true, key: 'whyToSolve', heading: 'exchange:columns.whyToSolve', long: true, value: (r) => r.bottleneck.whyToSolve },
  { text: true, key: 'impact', heading: 'exchange:columns.impact', long: true, value: (r) => r.bottleneck.impact },
  valueColumn('area', 'text', (r) => r.bottleneck.area || null),
  valueColumn('expectedDurationMonths', 'number', (r) => r.bottleneck.expectedDurationMonths),
  enumColumn('outcome', 'register:bottleneckOutcome', (r) => r.bottleneck.outcome),
  valueColumn('statusReason', 'longText', (r) => r.bottleneck.statusReason),
  valueColumn('duplicateOf', 'text', (r) => r.duplicateOf),
  valueColumn('submittedAt', 'dateTime', (r) => r.bottleneck.submittedAt),
  valueColumn('closedAt', 'dateTime', (r) => r.bottleneck.closedAt),
  valueColumn('createdAt', 'dateTime', (r) => r.bottleneck.createdAt),
  valueColumn('updatedAt', 'dateTime', (r) => r.bottleneck.updatedAt),
  valueColumn('actionCount', 'number', (r) => r.actionCount),
  { key: 'progress', heading: 'exchange:columns.progress', type: 'percent', cell: (r) => percent(r.progress), json: (r) => r.progress },
  documents((r) => r.documents),
];

export const ACTION_COLUMNS: ColumnSpec<ActionRecord>[] = [
  valueColumn('actionId', 'text', (r) => r.action.externalId ?? r.action.id),
  valueColumn('bottlenecks', 'text', (r) => r.bottlenecks.join(', ')),
  { text: true, key: 'actionTitle', heading: 'exchange:columns.actionTitle', value: (r) => r.action.title },
  { text: true, key: 'actionDescription', heading: 'exchange:columns.actionDescription', long: true, value: (r) => r.action.description },
  named('owner', (r) => r.owner, (r) => r.owner.code),
  valueColumn('dueDate', 'date', (r) => r.action.dueDate),
  enumColumn('actionStatus', 'register:actionStatus', (r) => r.action.status),
  { key: 'actionProgress', heading: 'exchange:columns.actionProgress', type: 'percent', cell: (r) => percent(r.action.progress), json: (r) => r.action.progress },
  enumColumn('instrument', 'register:instrument', (r) => r.action.instrument),
  enumColumn('priority', 'register:priority', (r) => r.action.priority),
  valueColumn('statusReason', 'longText', (r) => r.action.statusReason),
  { key: 'overdue', heading: 'exchange:columns.overdue', type: 'text', cell: (r, { t }) => t(r.overdue ? 'exchange:yes' : 'exchange:no'), json: (r) => r.overdue },
  valueColumn('lastProgressAt', 'dateTime', (r) => r.action.lastProgressAt),
  valueColumn('updatedAt', 'dateTime', (r) => r.action.updatedAt),
  documents((r) => r.documents),
];

export const ASSIGNMENT_COLUMNS: ColumnSpec<AssignmentRecord>[] = [
  valueColumn('reference', 'text', (r) => r.bottleneck),
  named('ministry', (r) => r.ministry, (r) => r.ministry.code),
  { text: true, key: 'question', heading: 'exchange:columns.question', long: true, value: (r) => r.assignment.question },
  valueColumn('askedOn', 'dateTime', (r) => r.assignment.createdAt),
  valueColumn('dueDate', 'date', (r) => r.assignment.dueDate),
  enumColumn('status', 'register:assignmentStatus', (r) => r.assignment.status),
  { text: true, key: 'answer', heading: 'exchange:columns.answer', long: true, value: (r) => r.answer?.text ?? null },
  { key: 'answerReview', heading: 'exchange:columns.answerReview', type: 'text', cell: (r, { t }) => (r.answer ? t(`assignment:review.${r.answer.review}`) : null), json: (r) => r.answer?.review ?? null },
  valueColumn('statusReason', 'longText', (r) => r.assignment.statusReason),
  documents((r) => r.documents),
];
