import type { Transition } from './lifecycle';

export const BOTTLENECK_STATUSES = ['DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED'] as const;
export type BottleneckStatus = (typeof BOTTLENECK_STATUSES)[number];

/** Why a bottleneck was closed (required on every close). */
export const BOTTLENECK_OUTCOMES = [
  'SOLVED_ADMINISTRATIVE',
  'SOLVED_LEGISLATIVE',
  'NOT_SOLVABLE',
  'WITHDRAWN',
  'DUPLICATE',
  'NO_OBSTACLE',
  'INCOMPLETE',
] as const;
export type BottleneckOutcome = (typeof BOTTLENECK_OUTCOMES)[number];

/** The kind of obstacle (after the BRIDGEforEU cross-border file, Regulation (EU) 2025/925). */
export const BOTTLENECK_TYPES = ['LEGISLATION', 'ADMINISTRATIVE_RULE', 'ADMINISTRATIVE_PRACTICE', 'INFORMATION', 'INFRASTRUCTURE'] as const;
export type BottleneckType = (typeof BOTTLENECK_TYPES)[number];

export const BOTTLENECK_LINK_TYPES = ['RELATED', 'DUPLICATE_OF', 'SAME_OBSTACLE_OTHER_BORDER'] as const;
export type BottleneckLinkType = (typeof BOTTLENECK_LINK_TYPES)[number];

export const BOTTLENECK_TRANSITION_NAMES = ['submit', 'withdraw', 'accept', 'closeAtTriage', 'startAnalysis', 'requestAdvice', 'proposeDecision', 'decide', 'reopen'] as const;
export type BottleneckTransitionName = (typeof BOTTLENECK_TRANSITION_NAMES)[number];

export interface BottleneckTransition extends Transition<BottleneckStatus, BottleneckTransitionName> {
  /** Outcomes this transition closes with (a close needs exactly one of them). */
  outcomes?: readonly BottleneckOutcome[];
}

/** domain.md, "Who may move a bottleneck". */
export const BOTTLENECK_TRANSITIONS: readonly BottleneckTransition[] = [
  { name: 'submit', from: ['DRAFT'], to: 'SUBMITTED', actors: ['reporter', 'secretariat'] },
  { name: 'withdraw', from: ['DRAFT', 'SUBMITTED'], to: 'CLOSED', actors: ['reporter', 'secretariat'], outcomes: ['WITHDRAWN'], needsReason: true },
  { name: 'accept', from: ['SUBMITTED'], to: 'IDENTIFICATION', actors: ['secretariat'] },
  {
    name: 'closeAtTriage',
    from: ['SUBMITTED', 'IDENTIFICATION'],
    to: 'CLOSED',
    actors: ['secretariat'],
    outcomes: ['NO_OBSTACLE', 'INCOMPLETE', 'DUPLICATE'],
    needsReason: true,
  },
  { name: 'startAnalysis', from: ['IDENTIFICATION'], to: 'ANALYSIS', actors: ['secretariat'] },
  { name: 'requestAdvice', from: ['ANALYSIS'], to: 'ADVICE', actors: ['secretariat'] },
  { name: 'proposeDecision', from: ['ADVICE'], to: 'DECISION', actors: ['secretariat', 'steeringCommissioner'] },
  {
    name: 'decide',
    from: ['DECISION'],
    to: 'CLOSED',
    actors: ['steeringCommissioner', 'secretariat'],
    outcomes: ['SOLVED_ADMINISTRATIVE', 'SOLVED_LEGISLATIVE', 'NOT_SOLVABLE'],
    needsReason: true,
  },
  { name: 'withdraw', from: ['IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION'], to: 'CLOSED', actors: ['secretariat'], outcomes: ['WITHDRAWN'], needsReason: true },
  { name: 'reopen', from: ['CLOSED'], to: 'ANALYSIS', actors: ['secretariat'], needsReason: true },
];

/** A bottleneck's content may be edited by its reporter only while it is still theirs to shape. */
export const REPORTER_EDITABLE_STATUSES: readonly BottleneckStatus[] = ['DRAFT', 'SUBMITTED'];

/** The fields of a bottleneck as the forms and the API name them. */
export type BottleneckInputField = 'agendaCode' | 'language' | 'title' | 'type' | 'themeCode' | 'area' | 'description' | 'whyToSolve';

/**
 * What a bottleneck must hold: always (also as a draft), and before it can be
 * submitted. One rule for the web form (which reports every missing field at
 * once), the API's input check and the submit step.
 */
export const BOTTLENECK_REQUIRED: Readonly<Record<'draft' | 'submit', readonly BottleneckInputField[]>> = {
  draft: ['agendaCode', 'language', 'title', 'type'],
  submit: ['agendaCode', 'language', 'title', 'type', 'themeCode', 'area', 'description', 'whyToSolve'],
};

/** A value counts as given when it is there and, for text, not blank. */
export function isGiven(value: unknown): boolean {
  return value !== null && value !== undefined && (typeof value !== 'string' || value.trim() !== '');
}

/** The required fields that `values` leaves empty, in form order. */
export function missingBottleneckFields(values: Partial<Record<BottleneckInputField, unknown>>, stage: 'draft' | 'submit'): BottleneckInputField[] {
  return BOTTLENECK_REQUIRED[stage].filter((field) => !isGiven(values[field]));
}
