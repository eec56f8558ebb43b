import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { allowedTransitions, ASSIGNMENT_TRANSITIONS, AssignmentStatus, AssignmentTransitionName, isAssignmentOverdue, Transition } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { actorsFor } from '@api/core/auth/actors';
import { Caller } from '@api/core/context/caller';
import { byIds, groupByKey, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { HistorySubject } from '@api/core/history/history.service';
import { ConnectionShape, toConnection } from '@api/core/pagination/connection';
import { pageQuery } from '@api/core/pagination/keyset';
import { Clock, daysBetween } from '@api/core/time/clock';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { rowToEntity } from '@api/core/versioning/rows';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Answer } from './answer.entity';
import { Assignment } from './assignment.entity';
import { ASSIGNMENT_ORDERS, assignmentConditions } from './assignment-list.query';
import { AssignmentsArgs } from './dto/assignments.args';

/** Reading questions to ministries under the caller's rights, and what is derived from them. */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly bottlenecks: BottleneckService,
    private readonly consultations: ConsultationService,
  ) {}

  fromRow(row: Record<string, unknown>): Assignment {
    return rowToEntity(this.dataSource, Assignment, row);
  }

  loader(loaders: LoaderRegistry): Loader<string, Assignment | null> {
    return loaders.get<string, Assignment | null>('assignment.byId', byIds(this.dataSource.getRepository(Assignment)));
  }

  async visible(caller: Caller, id: string): Promise<Assignment | null> {
    const assignment = await this.loader(caller.loaders).load(id);
    return assignment && (await this.access.canReadRegisterItem(caller, assignment.agendaId)) ? assignment : null;
  }

  async requireVisible(caller: Caller, id: string): Promise<Assignment> {
    const assignment = await this.visible(caller, id);
    if (!assignment) throw new ItemNotFoundException('Assignment');
    return assignment;
  }

  /** The questions about a bottleneck or about a consultation, oldest first. */
  of(loaders: LoaderRegistry, subject: 'bottleneckId' | 'consultationId', id: string): Promise<Assignment[]> {
    return loaders
      .get<string, Assignment[]>(`assignment.by.${subject}`, async (ids) => {
        const rows = await this.dataSource.getRepository(Assignment).find({ where: { [subject]: In([...ids]) }, order: { createdAt: 'ASC' } });
        return groupByKey(ids, rows, (r) => r[subject] ?? '');
      })
      .load(id);
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

  /** How readers know a question in messages: the question, and the reference of the bottleneck it is about (or the screening round of its consultation). */
  async subjectOf(loaders: LoaderRegistry, assignment: Assignment): Promise<HistorySubject> {
    if (assignment.bottleneckId) {
      const bottleneck = await this.bottlenecks.loader(loaders).load(assignment.bottleneckId);
      return { reference: bottleneck?.reference ?? '', title: assignment.question.text };
    }
    const consultation = assignment.consultationId ? await this.consultations.loader(loaders).load(assignment.consultationId) : null;
    const reference = consultation ? (await this.consultations.subjectOf(loaders, consultation)).reference : '';
    return { reference, title: assignment.question.text };
  }

  async list(caller: Caller, args: AssignmentsArgs, withCount: boolean): Promise<ConnectionShape<Assignment>> {
    const { where, params } = assignmentConditions(args.filter ?? {}, this.access.scopeCondition(caller, 'q', 'registerItem'), this.clock.today());
    const { rows, totalCount } = await pageQuery(this.dataSource, {
      entity: Assignment,
      alias: 'q',
      select: '',
      from: 'assignment q',
      where,
      params,
      order: ASSIGNMENT_ORDERS[args.orderBy],
      first: args.first,
      after: args.after,
      withCount,
    });
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const assignment = this.fromRow(row);
      this.loader(caller.loaders).prime(assignment.id, assignment);
      cursors.set(assignment.id, row['cursor_value'] as string);
      return assignment;
    });
    return toConnection(items, args.first, totalCount, (a) => [cursors.get(a.id) ?? null, a.id]);
  }

  /** Questions are put by the secretariat (createAssignment's role). */
  canAsk(caller: Caller): boolean {
    return this.access.requireUser(caller).roles.includes('secretariat');
  }

  isOverdue(assignment: Assignment): boolean {
    return isAssignmentOverdue(assignment, this.clock.today());
  }

  daysUntilDue(assignment: Assignment): number {
    return daysBetween(this.clock.today(), assignment.dueDate);
  }

  actors(caller: Caller, assignment: Assignment) {
    return actorsFor(this.access.requireUser(caller), { ministryId: assignment.ministryId });
  }

  availableTransitions(caller: Caller, assignment: Assignment): Transition<AssignmentStatus, AssignmentTransitionName>[] {
    return allowedTransitions(ASSIGNMENT_TRANSITIONS, assignment.status, this.actors(caller, assignment));
  }
}
