import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMENTABLE_TYPES, EntityType } from '@grensportaal/shared-domain';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Caller } from '@api/core/context/caller';
import { ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { rowToEntity } from '@api/core/versioning/rows';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { ReadableItems } from '@api/modules/item/readable-items';
import { Comment } from './comment.entity';
import { AddCommentInput } from './dto/add-comment.input';
import { EditCommentInput } from './dto/edit-comment.input';

/** Comments: anyone who may read an item may comment on it; only the author changes their comment. */
@Injectable()
export class CommentService {
  private readonly changeComment = this.writes.of(Comment, 'COMMENT', 'Comment');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly items: ReadableItems,
  ) {}

  /** An item's comments, oldest first; with `last`, only the newest that many. One query for all items of a request. */
  of(loaders: LoaderRegistry, entityType: EntityType, entityId: string, last: number | null = null): Promise<Comment[]> {
    return loaders
      .get<string, Comment[]>(`comment.of.${entityType}.${last ?? 'all'}`, async (ids) => {
        const rows: Array<Record<string, unknown>> = await this.writes.dataSource.query(
          `SELECT * FROM (
             SELECT c.*, row_number() OVER (PARTITION BY c.entity_id ORDER BY c.created_at DESC, c.id DESC) AS position
               FROM comment c WHERE c.entity_type = $1 AND c.entity_id = ANY($2)
           ) ranked WHERE $3::int IS NULL OR position <= $3 ORDER BY created_at ASC, id ASC`,
          [entityType, [...ids], last],
        );
        const comments = rows.map((row) => rowToEntity(this.writes.dataSource, Comment, row));
        return groupByKey(ids, comments, (r) => r.entityId);
      })
      .load(entityId);
  }

  /** The comment, when the caller may read the item it is on. */
  async visible(caller: Caller, id: string): Promise<Comment | null> {
    const comment = await this.writes.dataSource.getRepository(Comment).findOneBy({ id });
    return comment && (await this.items.find(caller, comment.entityType, comment.entityId)) ? comment : null;
  }

  async add(caller: Caller, input: AddCommentInput, manager?: EntityManager): Promise<Comment> {
    const user = this.writes.user(caller);
    if (!COMMENTABLE_TYPES.includes(input.entityType)) throw new ValidationException([{ field: 'input.entityType', rule: 'notAllowed', params: {} }]);
    const item = await this.items.find(caller, input.entityType, input.entityId);
    if (!item) throw new ValidationException([{ field: 'input.entityId', rule: 'notFound', params: { value: input.entityId } }]);
    const now = this.writes.clock.now();
    return this.writes.transaction(manager, async (tx) => {
      const saved = await tx.getRepository(Comment).save(
        tx.getRepository(Comment).create({
          agendaId: item.agendaId,
          entityType: input.entityType,
          entityId: input.entityId,
          authorId: user.id,
          organisationId: user.organisation?.id ?? null,
          body: input.body,
          language: input.language,
          editedAt: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      await this.writes.record(
        tx,
        caller,
        { entityType: 'COMMENT', entityId: saved.id, agendaId: item.agendaId, version: 1, kind: 'COMMENTED', changes: [{ field: 'body', from: null, to: input.body, language: input.language }] },
        { after: saved, subject: item.subject },
      );
      return saved;
    });
  }

  async edit(caller: Caller, input: EditCommentInput, manager?: EntityManager): Promise<Comment> {
    const user = this.writes.user(caller);
    const current = await this.writes.dataSource.getRepository(Comment).findOneBy({ id: input.id });
    const item = current && (await this.items.find(caller, current.entityType, current.entityId));
    if (!current || !item) throw new ItemNotFoundException('Comment');
    if (current.authorId !== user.id) throw new AuthException(AuthErrorCode.FORBIDDEN);
    if (current.body === input.body && current.version === input.version) return current;
    const subject = item.subject;
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeComment(tx, caller, current, input.version, {
        set: { body: input.body, editedAt: this.writes.clock.now() },
        kind: 'UPDATED',
        changes: (before, updated) => [{ field: 'body', from: before.body, to: updated.body, language: updated.language }],
        subject,
      });
      return after;
    });
  }
}
