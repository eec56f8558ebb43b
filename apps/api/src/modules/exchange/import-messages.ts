import { ACTION_INSTRUMENTS, ACTION_STATUSES, BOTTLENECK_OUTCOMES, BOTTLENECK_STATUSES, BOTTLENECK_TYPES, Language, PRIORITIES } from '@grensportaal/shared-domain';
import type { TFunction } from 'i18next';
import { nameIn } from '@api/core/i18n/localized-names.model';
import { IMPORT_FIELDS, ImportField, MAPPED_VALUE_KINDS } from './import-fields';
import { ImportProblem } from './import.types';

/** A problem of a row in the reader's language: "Row 11, column “Waarom oplossen?”: … is required …". */
export function problemMessage(t: TFunction, problem: ImportProblem): string {
  const named = problem.params['field'] ?? problem.column ?? '';
  // A field without a column in the sheet is named as the register names it.
  const field = problem.column ? named : t(`exchange:columns.${named}`, { defaultValue: String(named) });
  const params = { ...problem.params, field, status: problem.params['status'] ? t(`register:bottleneckStatus.${problem.params['status']}`, { defaultValue: String(problem.params['status']) }) : '' };
  const rule = t(`exchange:import.rules.${problem.rule}`, { ...params, defaultValue: '' }) || t(`errors:validation.${problem.rule}`, { ...params, defaultValue: '' }) || t(`errors:${problem.rule}`, { defaultValue: t('errors:validation.nestedValidation', { field: params.field }) });
  return problem.column ? t('exchange:import.problem', { row: problem.row, column: problem.column, message: rule }) : t('exchange:import.problemRow', { row: problem.row, message: rule });
}

/** A row's notes in the reader's language. */
export function noteMessage(t: TFunction, note: string): string {
  const [key, detail] = note.split(':');
  if (key === 'keptAsDraft') return t('exchange:import.keptAsDraft', { fields: detail.split(',').map((f) => t(`exchange:columns.${f}`, { defaultValue: f })).join(', ') });
  return t(`exchange:import.${key}`);
}

/** A field as the export heads its column, in the reader's language (e.g. "Title (DE): provenance"). */
function fieldLabel(t: TFunction, field: ImportField): string {
  const params = field.headingParams ? { ...field.headingParams, field: t(`exchange:columns.${field.headingParams['field']}`) } : {};
  return t(field.heading, params);
}

/** The fields a column may go into, labelled. */
export function fieldOptions(t: TFunction): Array<{ key: string; label: string }> {
  return IMPORT_FIELDS.map((f) => ({ key: f.key, label: fieldLabel(t, f) }));
}

/** The codes a word may stand for, per kind, labelled in the reader's language. */
export function valueOptions(t: TFunction, language: Language, themes: Array<{ code: string; nameNl: string; nameDe: string; nameEn: string }>, organisations: Array<{ code: string; nameNl: string; nameDe: string; nameEn: string }>) {
  const options: Array<{ kind: string; value: string; label: string }> = [];
  const add = (kind: string, value: string, label: string) => options.push({ kind, value, label });
  for (const s of BOTTLENECK_STATUSES.filter((s) => s !== 'CLOSED')) add('status', s, t(`register:bottleneckStatus.${s}`));
  for (const o of BOTTLENECK_OUTCOMES.filter((o) => o !== 'DUPLICATE')) add('status', `CLOSED:${o}`, `${t('register:bottleneckStatus.CLOSED')}: ${t(`register:bottleneckOutcome.${o}`)}`);
  for (const o of BOTTLENECK_OUTCOMES) add('outcome', o, t(`register:bottleneckOutcome.${o}`));
  for (const ty of BOTTLENECK_TYPES) add('type', ty, t(`register:bottleneckType.${ty}`));
  for (const s of ACTION_STATUSES) add('actionStatus', s, t(`register:actionStatus.${s}`));
  for (const i of ACTION_INSTRUMENTS) add('instrument', i, t(`register:instrument.${i}`));
  for (const p of PRIORITIES) add('priority', p, t(`register:priority.${p}`));
  for (const th of themes) add('theme', th.code, nameIn(th, language));
  for (const o of [...organisations].sort((a, b) => nameIn(a, language).localeCompare(nameIn(b, language)))) add('organisation', o.code, `${nameIn(o, language)} (${o.code})`);
  return options.filter((o) => MAPPED_VALUE_KINDS.includes(o.kind as never));
}
