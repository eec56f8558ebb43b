import { LIMITS } from '@grensportaal/shared-domain';
import { FieldChange } from '@api/core/history/history-entry.entity';
import { diff } from '@api/core/history/history.service';
import { TextFields } from '@api/core/text/text-fields';
import { Action } from './action.entity';

export const ACTION_TEXTS = new TextFields({ title: LIMITS.title, description: LIMITS.description });
export const PROGRESS_NOTE_TEXTS = new TextFields({ note: LIMITS.shortText });

const TRACKED = ['title', 'description', 'ownerOrganisationId', 'ownerUserId', 'dueDate', 'instrument', 'priority', 'status', 'statusReason', 'progress', 'bottleneckIds'] as const;

function snapshot(a: Partial<Action>, bottleneckIds?: readonly string[] | null): Record<string, unknown> {
  return {
    title: a.title?.text ?? null,
    description: a.description?.text ?? null,
    ownerOrganisationId: a.ownerOrganisationId ?? null,
    ownerUserId: a.ownerUserId ?? null,
    dueDate: a.dueDate ?? null,
    instrument: a.instrument ?? null,
    priority: a.priority ?? null,
    status: a.status ?? null,
    statusReason: a.statusReason ?? null,
    progress: a.progress ?? null,
    bottleneckIds: bottleneckIds ? [...bottleneckIds].sort() : null,
  };
}

/** What a change did to an action, field by field (and to the bottlenecks it addresses, when given). */
export function actionChanges(before: Partial<Action>, after: Action, idsBefore?: readonly string[] | null, idsAfter?: readonly string[] | null): FieldChange[] {
  return diff(snapshot(before, idsBefore), snapshot(after, idsAfter ?? idsBefore), TRACKED, ACTION_TEXTS.languagesOf(after));
}
