import type { Transition } from './lifecycle';

export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How an action means to remove the obstacle. */
export const ACTION_INSTRUMENTS = ['DEVIATION_CLAUSE', 'LAW_AMENDMENT', 'ADMINISTRATIVE_PRACTICE', 'TREATY', 'INFORMATION', 'FUNDING', 'PILOT'] as const;
export type ActionInstrument = (typeof ACTION_INSTRUMENTS)[number];

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ACTION_TRANSITION_NAMES = ['start', 'hold', 'resume', 'finish', 'cancel', 'reopen'] as const;
export type ActionTransitionName = (typeof ACTION_TRANSITION_NAMES)[number];

export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'ON_HOLD'];

/** domain.md: moving is for the owner, the secretariat and the steering commissioner; cancelling and reopening for the latter two. */
export const ACTION_TRANSITIONS: readonly Transition<ActionStatus, ActionTransitionName>[] = [
  { name: 'start', from: ['PLANNED'], to: 'IN_PROGRESS', actors: ['owner', 'secretariat', 'steeringCommissioner'] },
  { name: 'hold', from: ['PLANNED', 'IN_PROGRESS'], to: 'ON_HOLD', actors: ['owner', 'secretariat', 'steeringCommissioner'], needsReason: true },
  { name: 'resume', from: ['ON_HOLD'], to: 'IN_PROGRESS', actors: ['owner', 'secretariat', 'steeringCommissioner'] },
  { name: 'finish', from: ['IN_PROGRESS'], to: 'DONE', actors: ['owner', 'secretariat', 'steeringCommissioner'] },
  { name: 'cancel', from: ['PLANNED', 'IN_PROGRESS', 'ON_HOLD'], to: 'CANCELLED', actors: ['secretariat', 'steeringCommissioner'], needsReason: true },
  { name: 'reopen', from: ['DONE'], to: 'IN_PROGRESS', actors: ['secretariat', 'steeringCommissioner'], needsReason: true },
];

/** An action with no progress update for this many days is stalled. */
export const STALLED_AFTER_DAYS = 60;
