/**
 * Who may make a transition, relative to the object. The API resolves which of
 * these the caller is for a given object (role × organisation × agenda); the
 * web app uses the same table to offer only the transitions that are allowed.
 */
export type Actor =
  /** a partner of the organisation that reported the bottleneck */
  | 'reporter'
  /** a partner or ministry liaison of the organisation that owns the action */
  | 'owner'
  /** a liaison of the ministry the question is put to */
  | 'assignedMinistry'
  /** the agenda secretariat */
  | 'secretariat'
  /** a King's Commissioner (or staff) of the province that steers the agenda */
  | 'steeringCommissioner';

export interface Transition<S extends string, N extends string = string> {
  /** Stable name, used in mutations and history (e.g. "submit"). */
  name: N;
  from: readonly S[];
  to: S;
  actors: readonly Actor[];
  /** A written reason is required. */
  needsReason?: boolean;
}

export function transitionsFrom<S extends string, N extends string>(table: readonly Transition<S, N>[], status: S): Transition<S, N>[] {
  return table.filter((t) => t.from.includes(status));
}

/** The transitions from `status` that someone acting as any of `actors` may make. */
export function allowedTransitions<S extends string, N extends string>(
  table: readonly Transition<S, N>[],
  status: S,
  actors: readonly Actor[],
): Transition<S, N>[] {
  return transitionsFrom(table, status).filter((t) => t.actors.some((a) => actors.includes(a)));
}
