import type { Comment } from '@api/modules/comment/comment.entity';
import { NotificationKind } from '../notification.entity';
import { on } from './notification-rule';

const MENTION = /(?:^|[^\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{1,63})/g;

/** Comments: the people named with `@username` in a new or edited comment (who may read the item) hear of it, once per comment and person. */
const mentions = on<Comment>('COMMENT', 'COMMENTED', async (manager, { after, subject, actor }, notifications) => {
  if (!after || !subject || after.entityType === 'COMMENT' || after.entityType === 'AGENDA') return;
  const usernames = [...new Set([...after.body.matchAll(MENTION)].map((m) => m[1].toLowerCase()))];
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
