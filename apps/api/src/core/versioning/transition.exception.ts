import { AppException } from '@api/core/errors/app.exception';

/** A lifecycle step that is not possible from the current status (or not for this caller). */
export class IllegalTransitionException extends AppException {
  constructor(statusSet: 'bottleneckStatus' | 'actionStatus' | 'assignmentStatus', transition: string, status: string, allowed: string[]) {
    super('ILLEGAL_TRANSITION', { statusSet, transition, status, allowed: allowed.join(',') }, { currentStatus: status, allowedTransitions: allowed });
  }
}
