import type { Action } from '@api/modules/action/action.entity';
import { NotificationKind } from '../notification.entity';
import { short, STAFF } from '../notification.service';
import { on } from './notification-rule';

/** Actions: the owner organisation (and the followers) hear of steps; the owner of an update request. */
export const ACTION_RULES = [
  on<Action>('ACTION', 'TRANSITION', async (manager, { after, subject, actor }, notifications) => {
    if (!after || !subject?.reference) return;
    await notifications.notify(manager, {
      kind: NotificationKind.ACTION_STATUS_CHANGED,
      entityType: 'ACTION',
      entityId: after.id,
      agendaId: after.agendaId,
      reference: subject.reference,
      params: { title: short(after.title.text), titleLanguage: after.title.lang, status: after.status },
      actorId: actor?.id ?? null,
      audiences: [{ organisationId: after.ownerOrganisationId, roles: STAFF }, { followersOf: { entityType: 'ACTION', entityId: after.id } }],
    });
  }),
  on<Action>('ACTION', 'UPDATE_REQUESTED', async (manager, { after, subject, actor }, notifications) => {
    if (!after || !subject?.reference) return;
    await notifications.notify(manager, {
      kind: NotificationKind.UPDATE_REQUESTED,
      entityType: 'ACTION',
      entityId: after.id,
      agendaId: after.agendaId,
      reference: subject.reference,
      params: { title: short(after.title.text), titleLanguage: after.title.lang },
      actorId: actor?.id ?? null,
      audiences: [{ organisationId: after.ownerOrganisationId, roles: STAFF }],
    });
  }),
];
