import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMMENTABLE_TYPES, EntityType } from '@grensportaal/shared-domain';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Caller } from '@api/core/context/caller';
import { HistorySubject } from '@api/core/history/history.service';
import { ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { rowToEntity } from '@api/core/versioning/rows';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { ActionService } from '@api/modules/action/action.service';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Comment } from './comment.entity';
import { AddCommentInput } from './dto/add-comment.input';
import { EditCommentInput } from './dto/edit-comment.input';

/** Comments: anyone who may read an item may comment on it; only the author changes their comment. */
@Injectable()
export class CommentService {
  private readonly changeComment = this.writes.of(Comment, 'COMMENT', 'Comment');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
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

  /** The agenda of the item commented on, when the caller may read the item. */
  private async readableAgenda(caller: Caller, entityType: EntityType, entityId: string): Promise<string | null> {
    const item =
      entityType === 'BOTTLENECK'
        ? await this.bottlenecks.visible(caller, entityId)
        : entityType === 'ACTION'
          ? await this.actions.visible(caller, entityId)
          : entityType === 'ASSIGNMENT'
            ? await this.assignments.visible(caller, entityId)
            : null;
    return item?.agendaId ?? null;
  }

  async visible(caller: Caller, id: string): Promise<Comment | null> {
    const comment = await this.writes.dataSource.getRepository(Comment).findOneBy({ id });
    return comment && (await this.readableAgenda(caller, comment.entityType, comment.entityId)) ? comment : null;
  }

  async add(caller: Caller, input: AddCommentInput, manager?: EntityManager): Promise<Comment> {
    const user = this.writes.user(caller);
    if (!COMMENTABLE_TYPES.includes(input.entityType)) throw new ValidationException([{ field: 'input.entityType', rule: 'notAllowed', params: {} }]);
    const agendaId = await this.readableAgenda(caller, input.entityType, input.entityId);
    if (!agendaId) throw new ValidationException([{ field: 'input.entityId', rule: 'notFound', params: { value: input.entityId } }]);
    const now = this.writes.clock.now();
    return this.writes.transaction(manager, async (tx) => {
      const saved = await tx.getRepository(Comment).save(
        tx.getRepository(Comment).create({
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
      await this.writes.record(
        tx,
        caller,
        { entityType: 'COMMENT', entityId: saved.id, agendaId, version: 1, kind: 'COMMENTED', changes: [{ field: 'body', from: null, to: input.body, language: input.language }] },
        { after: saved, subject: () => this.subjectOf(caller, saved) },
      );
      return saved;
    });
  }

  async edit(caller: Caller, input: EditCommentInput, manager?: EntityManager): Promise<Comment> {
    const user = this.writes.user(caller);
    const current = await this.visible(caller, input.id);
    if (!current) throw new ItemNotFoundException('Comment');
    if (current.authorId !== user.id) throw new AuthException(AuthErrorCode.FORBIDDEN);
    if (current.body === input.body && current.version === input.version) return current;
    const subject = () => this.subjectOf(caller, current);
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

  /** How readers know the item a comment is on: its bottleneck reference and title. */
  private async subjectOf(caller: Caller, comment: Comment): Promise<HistorySubject | null> {
    if (comment.entityType === 'BOTTLENECK') {
      const b = await this.bottlenecks.loader(caller.loaders).load(comment.entityId);
      return b ? { reference: b.reference, title: b.title.text, draftOf: b.status === 'DRAFT' ? b.reportingOrganisationId : null } : null;
    }
    if (comment.entityType === 'ACTION') {
      const a = await this.actions.loader(caller.loaders).load(comment.entityId);
      return a ? this.actions.subjectOf(caller.loaders, a) : null;
    }
    const q = await this.assignments.loader(caller.loaders).load(comment.entityId);
    return q ? this.assignments.subjectOf(caller.loaders, q) : null;
  }
}
