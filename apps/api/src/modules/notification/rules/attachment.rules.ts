import { ATTACHABLE_TYPES } from '@grensportaal/shared-domain';
import type { Attachment } from '@api/modules/attachment/attachment.entity';
import { NotificationKind } from '../notification.entity';
import { short } from '../notification.service';
import { on } from './notification-rule';

/** A document attached to a bottleneck, action or question: its followers hear of it. */
export const ATTACHMENT_RULES = ATTACHABLE_TYPES.map((entityType) =>
  on<Attachment>(entityType, 'ATTACHED', async (manager, { after, subject, actor }, notifications) => {
    if (!after || !subject?.reference) return;
    await notifications.notify(manager, {
      kind: NotificationKind.ATTACHMENT_ADDED,
      entityType,
      entityId: after.entityId,
      agendaId: after.agendaId,
      reference: subject.reference,
      draftOf: subject.draftOf ?? null,
      params: { title: short(subject.title), document: short(after.title), fileName: after.fileName },
      actorId: actor?.id ?? null,
      audiences: [{ followersOf: { entityType, entityId: after.entityId } }],
    });
  }),
);
