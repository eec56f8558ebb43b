import { ActionStatus, OPEN_ACTION_STATUSES, STALLED_AFTER_DAYS } from './action';
import { AssignmentStatus, AWAITING_ANSWER_STATUSES } from './assignment';
import { BottleneckStatus, REPORTER_EDITABLE_STATUSES } from './bottleneck';
import type { Actor, Transition } from './lifecycle';
import { allowedTransitions } from './lifecycle';
import type { Role } from './roles';

/**
 * The rules of the register, each written once, as pure functions: the API
 * enforces them (with SQL twins in apps/api/src/core/sql/predicates.ts, held
 * to these by a test) and tells the web app their outcome (`canX` fields).
 */

export const DAY_MS = 86_400_000;

/** Past its due date and neither done nor cancelled. `today` is the portal's calendar day (YYYY-MM-DD). */
export function isActionOverdue(action: { dueDate: string; status: ActionStatus }, today: string): boolean {
  return action.dueDate < today && action.status !== 'DONE' && action.status !== 'CANCELLED';
}

/** Open, and no progress reported for more than STALLED_AFTER_DAYS days. */
export function isActionStalled(action: { status: ActionStatus; lastProgressAt: Date | string }, now: Date): boolean {
  return OPEN_ACTION_STATUSES.includes(action.status) && now.getTime() - new Date(action.lastProgressAt).getTime() > STALLED_AFTER_DAYS * DAY_MS;
}

/** The ministry still owes an answer, and the due date has passed. */
export function isAssignmentOverdue(assignment: { dueDate: string; status: AssignmentStatus }, today: string): boolean {
  return AWAITING_ANSWER_STATUSES.includes(assignment.status) && assignment.dueDate < today;
}

/** Who someone is, as far as the rules care: their roles and organisation. */
export interface Person {
  roles: readonly Role[];
  organisationId: string | null;
}

/** The organisations an item is tied to, for deciding who a person is to it. */
export interface ItemParties {
  reportingOrganisationId?: string | null;
  ownerOrganisationId?: string | null;
  ministryId?: string | null;
  /** The province whose King's Commissioner steers the item's agenda. */
  steeringOrganisationId?: string | null;
}

/** Which actors of the lifecycle tables a person is for an item: role × own organisation × the item's organisations. */
export function actorsFor(person: Person, parties: ItemParties): Actor[] {
  const org = person.organisationId;
  const has = (role: Role) => person.roles.includes(role);
  const actors: Actor[] = [];
  if (has('secretariat')) actors.push('secretariat');
  if (org && has('partner') && org === parties.reportingOrganisationId) actors.push('reporter');
  if (org && (has('partner') || has('department')) && org === parties.ownerOrganisationId) actors.push('owner');
  if (org && has('department') && org === parties.ministryId) actors.push('assignedMinistry');
  if (org && has('commissioner') && org === parties.steeringOrganisationId) actors.push('steeringCommissioner');
  return actors;
}

/** The reporter edits while the bottleneck is still theirs to shape (draft, submitted); the secretariat until it is closed. */
export function mayEditBottleneck(actors: readonly Actor[], status: BottleneckStatus): boolean {
  if (actors.includes('secretariat')) return status !== 'CLOSED';
  return actors.includes('reporter') && REPORTER_EDITABLE_STATUSES.includes(status);
}

/**
 * Who may propose an action for a bottleneck (never a draft): the
 * secretariat, ministries, the agenda's steering commissioner, and partners
 * whose organisation takes part in the agenda.
 */
export function mayProposeAction(person: Person, bottleneck: { status: BottleneckStatus }, agenda: { steeringOrganisationId: string | null; isPartner: boolean }): boolean {
  if (bottleneck.status === 'DRAFT') return false;
  const has = (role: Role) => person.roles.includes(role);
  return (
    has('secretariat') ||
    has('department') ||
    (has('commissioner') && person.organisationId !== null && person.organisationId === agenda.steeringOrganisationId) ||
    (has('partner') && agenda.isPartner)
  );
}

/** The secretariat puts questions to ministries about a bottleneck that is submitted and not closed. */
export function mayAskQuestion(person: Person, bottleneck: { status: BottleneckStatus }): boolean {
  return person.roles.includes('secretariat') && bottleneck.status !== 'DRAFT' && bottleneck.status !== 'CLOSED';
}

/** Owner, secretariat and steering commissioner change an action while it is open. */
export function mayEditAction(actors: readonly Actor[], status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status) && actors.some((a) => a === 'owner' || a === 'secretariat' || a === 'steeringCommissioner');
}

/** The secretariat and the steering commissioner chase an open action's owner, and set its priority. */
export function mayRequestUpdate(actors: readonly Actor[], status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status) && actors.some((a) => a === 'secretariat' || a === 'steeringCommissioner');
}

export function maySetPriority(actors: readonly Actor[]): boolean {
  return actors.some((a) => a === 'secretariat' || a === 'steeringCommissioner');
}

/** Only the owner organisation reports progress, while the action is open. */
export function mayPostProgress(actors: readonly Actor[], status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status) && actors.includes('owner');
}

export type TransitionResolution<T> =
  | { outcome: 'allowed'; transition: T }
  /** No step of that name leads from the current status; `allowed` are the steps the actor could take. */
  | { outcome: 'illegal'; allowed: string[] }
  /** The step exists from here, but not for this actor. */
  | { outcome: 'forbidden' };

/** Resolves a requested lifecycle step against a table: allowed, not possible from here, or not for this actor. */
export function resolveTransition<T extends Transition<string, string>>(table: readonly T[], name: string, status: T['from'][number], actors: readonly Actor[]): TransitionResolution<T> {
  const fromHere = table.filter((t) => t.name === name && t.from.includes(status));
  if (fromHere.length === 0) return { outcome: 'illegal', allowed: [...new Set(allowedTransitions(table, status, actors).map((t) => t.name))] };
  const transition = fromHere.find((t) => t.actors.some((a) => actors.includes(a)));
  return transition ? { outcome: 'allowed', transition } : { outcome: 'forbidden' };
}
