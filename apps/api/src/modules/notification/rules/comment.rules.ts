import { mentionedUsernames } from '@grensportaal/shared-domain';
import type { Comment } from '@api/modules/comment/comment.entity';
import { NotificationKind } from '../notification.entity';
import { on } from './notification-rule';

/** Comments: the people named with `@username` in a new or edited comment (who may read the item) hear of it, once per comment and person. */
const mentions = on<Comment>('COMMENT', 'COMMENTED', async (manager, { after, subject, actor }, notifications) => {
  if (!after || !subject || (after.entityType !== 'BOTTLENECK' && after.entityType !== 'ACTION' && after.entityType !== 'ASSIGNMENT')) return;
  const usernames = mentionedUsernames(after.body);
  if (!usernames.length) return;
  await notifications.notify(manager, {
    kind: NotificationKind.MENTIONED,
    entityType: after.entityType,
    entityId: after.entityId,
    agendaId: after.agendaId,
    reference: subject.reference,
    draftOf: subject.draftOf ?? null,
    params: { actor: actor?.name ?? '', commentId: after.id },
    actorId: actor?.id ?? null,
    audiences: [{ usernames }],
    dedupeKey: `mention:${after.id}`,
  });
});

export const COMMENT_RULES = [mentions, { ...mentions, kind: 'UPDATED' as const }];
