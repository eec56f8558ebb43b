import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COMMENTABLE_TYPES, EntityType } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { HistoryService } from '@api/core/history/history.service';
import { Clock } from '@api/core/time/clock';
import { ValidationException } from '@api/core/validation/validation';
import { NotFoundException } from '@api/core/versioning/conflict.exception';
import { columns, rowToEntity } from '@api/core/versioning/rows';
import { updateVersioned } from '@api/core/versioning/versioned-update';
import { ActionService } from '@api/modules/action/action.service';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Comment } from './comment.entity';
import { AddCommentInput } from './dto/add-comment.input';
import { EditCommentInput } from './dto/edit-comment.input';

/** Comments: anyone who may read an item may comment on it; only the author changes their comment. */
@Injectable()
export class CommentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly history: HistoryService,
    private readonly clock: Clock,
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
  ) {}

  /** An item's comments, oldest first; with `last`, only the newest that many. One query for all items of a request. */
  of(loaders: LoaderRegistry, entityType: EntityType, entityId: string, last: number | null = null): Promise<Comment[]> {
    return loaders
      .get<string, Comment[]>(`comment.of.${entityType}.${last ?? 'all'}`, async (ids) => {
        const rows: Array<Record<string, unknown>> = await this.dataSource.query(
          `SELECT * FROM (
             SELECT c.*, row_number() OVER (PARTITION BY c.entity_id ORDER BY c.created_at DESC, c.id DESC) AS position
               FROM comment c WHERE c.entity_type = $1 AND c.entity_id = ANY($2)
           ) ranked WHERE $3::int IS NULL OR position <= $3 ORDER BY created_at ASC, id ASC`,
          [entityType, [...ids], last],
        );
        const comments = rows.map((row) => rowToEntity(this.dataSource, Comment, row));
        return groupByKey(ids, comments, (r) => r.entityId);
      })
      .load(entityId);
  }

  /** The agenda of the item commented on, when the caller may read the item. */
  private async readableAgenda(ctx: GraphQLContext, entityType: EntityType, entityId: string): Promise<string | null> {
    const item =
      entityType === 'BOTTLENECK'
        ? await this.bottlenecks.visible(ctx, entityId)
        : entityType === 'ACTION'
          ? await this.actions.visible(ctx, entityId)
          : entityType === 'ASSIGNMENT'
            ? await this.assignments.visible(ctx, entityId)
            : null;
    return item?.agendaId ?? null;
  }

  async visible(ctx: GraphQLContext, id: string): Promise<Comment | null> {
    const comment = await this.dataSource.getRepository(Comment).findOneBy({ id });
    return comment && (await this.readableAgenda(ctx, comment.entityType, comment.entityId)) ? comment : null;
  }

  async add(ctx: GraphQLContext, input: AddCommentInput): Promise<Comment> {
    const user = this.access.requireUser(ctx);
    if (!COMMENTABLE_TYPES.includes(input.entityType)) throw new ValidationException([{ field: 'input.entityType', rule: 'notAllowed', params: {} }]);
    const agendaId = await this.readableAgenda(ctx, input.entityType, input.entityId);
    if (!agendaId) throw new ValidationException([{ field: 'input.entityId', rule: 'notFound', params: { value: input.entityId } }]);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Comment).save(
        manager.getRepository(Comment).create({
          agendaId,
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
      await this.history.record(manager, user, {
        entityType: 'COMMENT',
        entityId: saved.id,
        agendaId,
        version: 1,
        kind: 'COMMENTED',
        changes: [{ field: 'body', from: null, to: input.body, language: input.language }],
      });
      return saved;
    });
  }

  async edit(ctx: GraphQLContext, input: EditCommentInput): Promise<Comment> {
    const user = this.access.requireUser(ctx);
    const current = await this.visible(ctx, input.id);
    if (!current) throw new NotFoundException('Comment', input.id);
    if (current.authorId !== user.id) throw new AuthException(AuthErrorCode.FORBIDDEN);
    if (current.body === input.body && current.version === input.version) return current;
    return this.dataSource.transaction(async (manager) => {
      const row = await updateVersioned(manager, this.history, {
        table: 'comment',
        entityType: 'COMMENT',
        entityName: 'Comment',
        id: current.id,
        version: input.version,
        set: columns({ body: input.body, editedAt: this.clock.now() }),
      });
      const updated = rowToEntity(this.dataSource, Comment, row);
      await this.history.record(manager, user, {
        entityType: 'COMMENT',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'UPDATED',
        changes: [{ field: 'body', from: current.body, to: updated.body, language: updated.language }],
      });
      return updated;
    });
  }
}
