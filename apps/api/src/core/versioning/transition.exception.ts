import { Actor, resolveTransition, Transition } from '@grensportaal/shared-domain';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { AppException, ErrorCode } from '@api/core/errors/app.exception';

type StatusSet = 'bottleneckStatus' | 'actionStatus' | 'assignmentStatus';

/** A lifecycle step that is not possible from the current status (or not for this caller). */
export class IllegalTransitionException extends AppException<ErrorCode.ILLEGAL_TRANSITION> {
  constructor(statusSet: StatusSet, transition: string, status: string, allowed: string[]) {
    super(ErrorCode.ILLEGAL_TRANSITION, { statusSet, transition, status, allowed: allowed.join(',') }, { currentStatus: status, allowedTransitions: allowed });
  }
}

/** The step named `name` from `status` for these actors, or the typed refusal: not possible from here, or not yours. */
export function requireTransition<T extends Transition<string, string>>(statusSet: StatusSet, table: readonly T[], name: string, status: T['from'][number], actors: readonly Actor[]): T {
  const resolution = resolveTransition(table, name, status, actors);
  if (resolution.outcome === 'illegal') throw new IllegalTransitionException(statusSet, name, status, resolution.allowed);
  if (resolution.outcome === 'forbidden') throw new AuthException(AuthErrorCode.FORBIDDEN);
  return resolution.transition;
}
