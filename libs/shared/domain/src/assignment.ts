import type { Transition } from './lifecycle';

export const ASSIGNMENT_STATUSES = ['OPEN', 'ANSWERED', 'ACCEPTED', 'RETURNED', 'WITHDRAWN'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_TRANSITION_NAMES = ['answer', 'acceptAnswer', 'returnAnswer', 'withdraw'] as const;
export type AssignmentTransitionName = (typeof ASSIGNMENT_TRANSITION_NAMES)[number];

/** A question to a ministry: only that ministry answers; the secretariat accepts, returns or withdraws. */
export const ASSIGNMENT_TRANSITIONS: readonly Transition<AssignmentStatus, AssignmentTransitionName>[] = [
  { name: 'answer', from: ['OPEN', 'RETURNED'], to: 'ANSWERED', actors: ['assignedMinistry'] },
  { name: 'acceptAnswer', from: ['ANSWERED'], to: 'ACCEPTED', actors: ['secretariat'] },
  { name: 'returnAnswer', from: ['ANSWERED'], to: 'RETURNED', actors: ['secretariat'], needsReason: true },
  { name: 'withdraw', from: ['OPEN', 'RETURNED'], to: 'WITHDRAWN', actors: ['secretariat'], needsReason: true },
];

/** Statuses in which the ministry still owes an answer (and so can be overdue). */
export const AWAITING_ANSWER_STATUSES: readonly AssignmentStatus[] = ['OPEN', 'RETURNED'];

/** Default time a ministry has to answer. */
export const DEFAULT_ANSWER_DAYS = 28;
