import type { HistoryEvent } from '@api/core/history/history.service';
import type { Assignment } from '@api/modules/assignment/assignment.entity';
import { Audience, short, STAFF } from '../notification.service';
import { NotificationKind } from '../notification.entity';
import { NotificationService } from '../notification.service';
import { on } from './notification-rule';
import type { EntityManager } from 'typeorm';

/** A question to a ministry: the ministry hears it is asked, returned or accepted; the secretariat that it is answered; followers of all. */
async function tell(manager: EntityManager, event: HistoryEvent<Assignment>, notifications: NotificationService, kind: NotificationKind, audiences: (q: Assignment) => Audience[], params: Record<string, string> = {}) {
  const q = event.after;
  if (!q || !event.subject) return;
  await notifications.notify(manager, {
    kind,
    entityType: 'ASSIGNMENT',
    entityId: q.id,
    agendaId: q.agendaId,
    reference: event.subject.reference,
    params: { title: short(q.question.text), titleLanguage: q.question.lang, ...params },
    actorId: event.actor?.id ?? null,
    audiences: audiences(q),
  });
}

const ministry = (q: Assignment): Audience => ({ organisationId: q.ministryId, roles: STAFF });
const followers = (q: Assignment): Audience => ({ followersOf: { entityType: 'ASSIGNMENT', entityId: q.id } });

export const ASSIGNMENT_RULES = [
  on<Assignment>('ASSIGNMENT', 'CREATED', (manager, event, notifications) =>
    tell(manager, event, notifications, NotificationKind.QUESTION_ASSIGNED, (q) => [ministry(q)], { dueDate: event.after?.dueDate ?? '' }),
  ),
  on<Assignment>('ASSIGNMENT', 'ANSWERED', (manager, event, notifications) => tell(manager, event, notifications, NotificationKind.QUESTION_ANSWERED, (q) => [{ role: 'secretariat' }, followers(q)])),
  on<Assignment>('ASSIGNMENT', 'TRANSITION', async (manager, event, notifications) => {
    if (event.transition === 'returnAnswer') {
      const reason = event.changes?.find((c) => c.field === 'returnReason')?.to;
      await tell(manager, event, notifications, NotificationKind.ANSWER_RETURNED, (q) => [ministry(q), followers(q)], { reason: short(String(reason ?? '')) });
    } else if (event.transition === 'acceptAnswer') {
      await tell(manager, event, notifications, NotificationKind.ANSWER_ACCEPTED, (q) => [ministry(q), followers(q)]);
    }
  }),
];
