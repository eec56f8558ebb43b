import type { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { NotificationKind } from '../notification.entity';
import { short, STAFF } from '../notification.service';
import { on } from './notification-rule';

/** Bottlenecks: the reporting organisation and the followers hear of every step after the draft. */
export const BOTTLENECK_RULES = [
  on<Bottleneck>('BOTTLENECK', 'TRANSITION', async (manager, { after, actor }, notifications) => {
    if (!after || after.status === 'DRAFT') return;
    await notifications.notify(manager, {
      kind: NotificationKind.BOTTLENECK_STATUS_CHANGED,
      entityType: 'BOTTLENECK',
      entityId: after.id,
      agendaId: after.agendaId,
      reference: after.reference,
      params: { title: short(after.title.text), titleLanguage: after.title.lang, status: after.status },
      actorId: actor?.id ?? null,
      audiences: [{ organisationId: after.reportingOrganisationId, roles: STAFF }, { followersOf: { entityType: 'BOTTLENECK', entityId: after.id } }],
    });
  }),
];
