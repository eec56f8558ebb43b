import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  allowedTransitions,
  ASSIGNMENT_TRANSITIONS,
  AssignmentStatus,
  AssignmentTransitionName,
  AWAITING_ANSWER_STATUSES,
  DEFAULT_ANSWER_DAYS,
  Language,
  LIMITS,
  Transition,
} from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { actorsFor } from '@api/core/auth/actors';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { groupByKey, byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { diff, HistoryService } from '@api/core/history/history.service';
import { ConnectionShape, toConnection } from '@api/core/pagination/connection';
import { KeysetOrder, pageQuery } from '@api/core/pagination/keyset';
import { newText } from '@api/core/text/stored-text';
import { TextFields } from '@api/core/text/text-fields';
import { Clock, daysBetween } from '@api/core/time/clock';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { NotFoundException } from '@api/core/versioning/conflict.exception';
import { columns, rowToEntity } from '@api/core/versioning/rows';
import { IllegalTransitionException } from '@api/core/versioning/transition.exception';
import { updateVersioned } from '@api/core/versioning/versioned-update';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Answer } from './answer.entity';
import { Assignment } from './assignment.entity';
import { AnswerAssignmentInput } from './dto/answer-assignment.input';
import { AssignmentOrder, AssignmentsArgs } from './dto/assignments.args';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { TransitionAssignmentInput } from './dto/transition-assignment.input';

export const QUESTION_TEXTS = new TextFields({ question: LIMITS.shortText });
const ANSWER_TEXTS = new TextFields({ text: LIMITS.description });

const TRACKED = ['question', 'ministryId', 'dueDate', 'status', 'statusReason'] as const;

const ORDERS: Record<AssignmentOrder, KeysetOrder> = {
  DUE_DATE_ASC: { column: 'q.due_date', direction: 'ASC', cast: 'date' },
  UPDATED_DESC: { column: 'q.updated_at', direction: 'DESC', cast: 'timestamptz' },
  CREATED_DESC: { column: 'q.created_at', direction: 'DESC', cast: 'timestamptz' },
};

function snapshot(a: Partial<Assignment>): Record<string, unknown> {
  return {
    question: a.question?.text ?? null,
    ministryId: a.ministryId ?? null,
    dueDate: a.dueDate ?? null,
    status: a.status ?? null,
    statusReason: a.statusReason ?? null,
  };
}

/** Questions to ministries: put by the secretariat, answered only by the ministry asked, every answer kept. */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly history: HistoryService,
    private readonly clock: Clock,
    private readonly organisations: OrganisationService,
    private readonly bottlenecks: BottleneckService,
  ) {}

  // ------------------------------------------------------------------ reading

  private fromRow(row: Record<string, unknown>): Assignment {
    return rowToEntity(this.dataSource, Assignment, row);
  }

  loader(loaders: LoaderRegistry): Loader<string, Assignment | null> {
    return loaders.get<string, Assignment | null>('assignment.byId', byIds(this.dataSource.getRepository(Assignment)));
  }

  async visible(ctx: GraphQLContext, id: string): Promise<Assignment | null> {
    const assignment = await this.loader(ctx.loaders).load(id);
    return assignment && (await this.access.canReadAgenda(ctx, assignment.agendaId)) ? assignment : null;
  }

  async requireVisible(ctx: GraphQLContext, id: string): Promise<Assignment> {
    const assignment = await this.visible(ctx, id);
    if (!assignment) throw new NotFoundException('Assignment', id);
    return assignment;
  }

  ofBottleneck(loaders: LoaderRegistry, bottleneckId: string): Promise<Assignment[]> {
    return loaders
      .get<string, Assignment[]>('assignment.byBottleneck', async (ids) => {
        const rows = await this.dataSource.getRepository(Assignment).find({ where: { bottleneckId: In([...ids]) }, order: { createdAt: 'ASC' } });
        return groupByKey(ids, rows, (r) => r.bottleneckId);
      })
      .load(bottleneckId);
  }

  /** All answers, oldest first: a returned answer stays beside the next one. */
  answers(loaders: LoaderRegistry, assignmentId: string): Promise<Answer[]> {
    return loaders
      .get<string, Answer[]>('assignment.answers', async (ids) => {
        const rows = await this.dataSource.getRepository(Answer).find({ where: { assignmentId: In([...ids]) }, order: { createdAt: 'ASC' } });
        return groupByKey(ids, rows, (r) => r.assignmentId);
      })
      .load(assignmentId);
  }

  async list(ctx: GraphQLContext, args: AssignmentsArgs, withCount: boolean): Promise<ConnectionShape<Assignment>> {
    const filter = args.filter ?? {};
    const scope = this.access.scopeCondition(ctx, 'q', 'agenda');
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    if (filter.agendaCode) {
      where.push('q.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)');
      params['agendaCode'] = filter.agendaCode;
    }
    if (filter.statuses?.length) {
      where.push('q.status = ANY(:statuses)');
      params['statuses'] = filter.statuses;
    }
    if (filter.ministryCode) {
      where.push('q.ministry_id = (SELECT id FROM organisation WHERE code = :ministryCode)');
      params['ministryCode'] = filter.ministryCode;
    }
    if (filter.overdue !== undefined && filter.overdue !== null) {
      where.push(`${filter.overdue ? '' : 'NOT '}(q.due_date < :today AND q.status = ANY(:awaiting))`);
      params['today'] = this.clock.today();
      params['awaiting'] = AWAITING_ANSWER_STATUSES;
    }
    if (filter.bottleneckId) {
      where.push('q.bottleneck_id = :bottleneckId');
      params['bottleneckId'] = filter.bottleneckId;
    }
    const { rows, totalCount } = await pageQuery(this.dataSource, {
      entity: Assignment,
      alias: 'q',
      select: '',
      from: 'assignment q',
      where,
      params,
      order: ORDERS[args.orderBy],
      first: args.first,
      after: args.after,
      withCount,
    });
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const assignment = this.fromRow(row);
      this.loader(ctx.loaders).prime(assignment.id, assignment);
      cursors.set(assignment.id, row['cursor_value'] as string);
      return assignment;
    });
    return toConnection(items, args.first, totalCount, (a) => [cursors.get(a.id) ?? null, a.id]);
  }

  // ------------------------------------------------------------------ derived

  isOverdue(assignment: Assignment): boolean {
    return AWAITING_ANSWER_STATUSES.includes(assignment.status) && assignment.dueDate < this.clock.today();
  }

  daysUntilDue(assignment: Assignment): number {
    return daysBetween(this.clock.today(), assignment.dueDate);
  }

  availableTransitions(ctx: GraphQLContext, assignment: Assignment): Transition<AssignmentStatus, AssignmentTransitionName>[] {
    const actors = actorsFor(this.access.requireUser(ctx), { ministryId: assignment.ministryId });
    return allowedTransitions(ASSIGNMENT_TRANSITIONS, assignment.status, actors);
  }

  // ------------------------------------------------------------------ writing

  async create(ctx: GraphQLContext, input: CreateAssignmentInput): Promise<Assignment> {
    const user = this.access.requireUser(ctx);
    const errors: FieldError[] = [];
    const bottleneck = await this.bottlenecks.visible(ctx, input.bottleneckId);
    if (!bottleneck || bottleneck.status === 'DRAFT') errors.push({ field: 'input.bottleneckId', rule: 'notFound', params: { value: input.bottleneckId } });
    else if (bottleneck.status === 'CLOSED') errors.push({ field: 'input.bottleneckId', rule: 'notAllowed', params: {} });
    const ministry = await this.organisations.findByCode(input.ministryCode);
    if (!ministry) errors.push({ field: 'input.ministryCode', rule: 'notFound', params: { value: input.ministryCode } });
    else if (ministry.kind !== 'MINISTRY') errors.push({ field: 'input.ministryCode', rule: 'ministry', params: {} });
    const dueDate = input.dueDate ?? this.clock.todayPlus(DEFAULT_ANSWER_DAYS);
    if (dueDate < this.clock.today()) errors.push({ field: 'input.dueDate', rule: 'notInPast', params: {} });
    if (errors.length) throw new ValidationException(errors);

    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Assignment).save(
        manager.getRepository(Assignment).create({
          agendaId: bottleneck!.agendaId,
          bottleneckId: bottleneck!.id,
          ministryId: ministry!.id,
          question: newText(input.language, input.question),
          dueDate,
          status: 'OPEN',
          statusReason: null,
          askedById: user.id,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      await this.history.record(manager, user, {
        entityType: 'ASSIGNMENT',
        entityId: saved.id,
        agendaId: saved.agendaId,
        version: saved.version,
        kind: 'CREATED',
        changes: diff({}, snapshot(saved), TRACKED),
      });
      return saved;
    });
  }

  /** Only the ministry asked answers; a returned question is answered again, beside the earlier answer. */
  async answer(ctx: GraphQLContext, input: AnswerAssignmentInput): Promise<Assignment> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    const transition = this.checkTransition(ctx, current, 'answer');
    return this.dataSource.transaction(async (manager) => {
      const updated = this.fromRow(
        await updateVersioned(manager, this.history, {
          table: 'assignment',
          entityType: 'ASSIGNMENT',
          entityName: 'Assignment',
          id: current.id,
          version: input.version,
          set: columns({ status: transition.to, statusReason: null }),
        }),
      );
      await manager.getRepository(Answer).insert({
        assignmentId: current.id,
        authorId: user.id,
        organisationId: user.organisation?.id ?? null,
        text: newText(input.language, input.text),
        review: 'PENDING',
        createdAt: this.clock.now(),
      });
      await this.history.record(manager, user, {
        entityType: 'ASSIGNMENT',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'ANSWERED',
        transition: 'answer',
        changes: [...diff(snapshot(current), snapshot(updated), TRACKED), { field: 'answer', from: null, to: input.text, language: input.language }],
      });
      return updated;
    });
  }

  /** The secretariat accepts or returns the answer, or withdraws the question. */
  async transition(ctx: GraphQLContext, input: TransitionAssignmentInput): Promise<Assignment> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    if (input.transition === 'answer') throw new ValidationException([{ field: 'input.transition', rule: 'notAllowed', params: {} }]);
    const transition = this.checkTransition(ctx, current, input.transition);
    if (transition.needsReason && !input.reason) throw new ValidationException([{ field: 'input.reason', rule: 'required', params: {} }]);
    return this.dataSource.transaction(async (manager) => {
      const updated = this.fromRow(
        await updateVersioned(manager, this.history, {
          table: 'assignment',
          entityType: 'ASSIGNMENT',
          entityName: 'Assignment',
          id: current.id,
          version: input.version,
          set: columns({ status: transition.to, statusReason: transition.name === 'withdraw' ? input.reason : null }),
        }),
      );
      const changes = diff(snapshot(current), snapshot(updated), TRACKED);
      if (transition.name === 'acceptAnswer' || transition.name === 'returnAnswer') {
        const review = transition.name === 'acceptAnswer' ? 'ACCEPTED' : 'RETURNED';
        await manager.query(
          `UPDATE answer SET review = $2, return_reason = $3, reviewed_by_id = $4, reviewed_at = $5
            WHERE id = (SELECT id FROM answer WHERE assignment_id = $1 AND review = 'PENDING' ORDER BY created_at DESC LIMIT 1)`,
          [current.id, review, transition.name === 'returnAnswer' ? input.reason : null, user.id, this.clock.now()],
        );
        if (input.reason) changes.push({ field: 'returnReason', from: null, to: input.reason });
      }
      await this.history.record(manager, user, {
        entityType: 'ASSIGNMENT',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'TRANSITION',
        transition: transition.name,
        changes,
      });
      return updated;
    });
  }

  async translateQuestion(
    manager: EntityManager,
    ctx: GraphQLContext,
    id: string,
    version: number,
    translation: { language: Language; text: string; kind: 'HUMAN' | 'MACHINE' },
  ): Promise<Assignment> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, id);
    const problem = QUESTION_TEXTS.check(current.question, 'question', translation, 'input');
    if (problem) throw new ValidationException([problem]);
    const question = QUESTION_TEXTS.translate(current.question, translation.language, translation.text, translation.kind, user, this.clock.now());
    const updated = this.fromRow(
      await updateVersioned(manager, this.history, { table: 'assignment', entityType: 'ASSIGNMENT', entityName: 'Assignment', id, version, set: columns({ question }) }),
    );
    await this.history.record(manager, user, {
      entityType: 'ASSIGNMENT',
      entityId: id,
      agendaId: updated.agendaId,
      version: updated.version,
      kind: 'TRANSLATED',
      changes: [{ field: 'question', from: current.question.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
    });
    return updated;
  }

  /** A translation of an answer (answers are never edited; translations are added beside them). */
  async translateAnswer(
    manager: EntityManager,
    ctx: GraphQLContext,
    answerId: string,
    translation: { language: Language; text: string; kind: 'HUMAN' | 'MACHINE' },
  ): Promise<Assignment> {
    const user = this.access.requireUser(ctx);
    const rows = await manager.query('SELECT * FROM answer WHERE id = $1 FOR UPDATE', [answerId]);
    const answer = rows[0] ? rowToEntity(this.dataSource, Answer, rows[0] as Record<string, unknown>) : null;
    const assignment = answer ? await this.visible(ctx, answer.assignmentId) : null;
    if (!answer || !assignment) throw new NotFoundException('Assignment', answerId);
    const problem = ANSWER_TEXTS.check(answer.text, 'text', translation, 'input');
    if (problem) throw new ValidationException([problem]);
    const text = ANSWER_TEXTS.translate(answer.text, translation.language, translation.text, translation.kind, user, this.clock.now());
    await manager.query('UPDATE answer SET text = $2 WHERE id = $1', [answer.id, JSON.stringify(text)]);
    await this.history.record(manager, user, {
      entityType: 'ASSIGNMENT',
      entityId: assignment.id,
      agendaId: assignment.agendaId,
      version: assignment.version,
      kind: 'TRANSLATED',
      changes: [{ field: 'answer', from: answer.text.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
    });
    return assignment;
  }

  private checkTransition(ctx: GraphQLContext, current: Assignment, name: AssignmentTransitionName): Transition<AssignmentStatus, AssignmentTransitionName> {
    const actors = actorsFor(this.access.requireUser(ctx), { ministryId: current.ministryId });
    const transition = ASSIGNMENT_TRANSITIONS.find((t) => t.name === name && t.from.includes(current.status));
    if (!transition) {
      throw new IllegalTransitionException('assignmentStatus', name, current.status, allowedTransitions(ASSIGNMENT_TRANSITIONS, current.status, actors).map((t) => t.name));
    }
    if (!transition.actors.some((a) => actors.includes(a))) throw new AuthException(AuthErrorCode.FORBIDDEN);
    return transition;
  }
}
