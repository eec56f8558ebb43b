import { LIMITS } from '@grensportaal/shared-domain';
import { FieldChange } from '@api/core/history/history-entry.entity';
import { diff } from '@api/core/history/history.service';
import { StoredText } from '@api/core/text/stored-text';
import { TextFields } from '@api/core/text/text-fields';
import { Bottleneck } from './bottleneck.entity';

export const BOTTLENECK_TEXTS = new TextFields({ title: LIMITS.title, description: LIMITS.description, whyToSolve: LIMITS.description, impact: LIMITS.description });
export type BottleneckTextField = 'title' | 'description' | 'whyToSolve' | 'impact';

/** Fields recorded in history (texts as their original, references to other records as ids), in the order people think of them. */
const TRACKED = ['title', 'description', 'whyToSolve', 'impact', 'area', 'type', 'themeId', 'expectedDurationMonths', 'status', 'outcome', 'statusReason', 'duplicateOfId', 'reportingOrganisationId'] as const;

function snapshot(b: Partial<Bottleneck>): Record<string, unknown> {
  const text = (t: StoredText | null | undefined) => (t ? t.text : null);
  return {
    title: text(b.title),
    description: text(b.description),
    whyToSolve: text(b.whyToSolve),
    impact: text(b.impact),
    area: b.area ?? null,
    type: b.type ?? null,
    themeId: b.themeId ?? null,
    expectedDurationMonths: b.expectedDurationMonths ?? null,
    status: b.status ?? null,
    outcome: b.outcome ?? null,
    statusReason: b.statusReason ?? null,
    duplicateOfId: b.duplicateOfId ?? null,
    reportingOrganisationId: b.reportingOrganisationId ?? null,
  };
}

/** What a change did to a bottleneck, field by field; text changes carry the language they were written in. */
export function bottleneckChanges(before: Partial<Bottleneck>, after: Bottleneck): FieldChange[] {
  return diff(snapshot(before), snapshot(after), TRACKED, BOTTLENECK_TEXTS.languagesOf(after));
}

/** How readers know a bottleneck in messages about it. */
export function bottleneckSubject(b: Bottleneck) {
  return { reference: b.reference, title: b.title.text };
}
