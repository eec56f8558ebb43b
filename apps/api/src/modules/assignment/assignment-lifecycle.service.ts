import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ASSIGNMENT_TRANSITIONS, DEFAULT_ANSWER_DAYS, Language, LIMITS, TranslationKind } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { diff } from '@api/core/history/history.service';
import { newText } from '@api/core/text/stored-text';
import { TextFields } from '@api/core/text/text-fields';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { requireTransition } from '@api/core/versioning/transition.exception';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Answer } from './answer.entity';
import { Assignment } from './assignment.entity';
import { AssignmentService } from './assignment.service';
import { AnswerAssignmentInput } from './dto/answer-assignment.input';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { TransitionAssignmentInput } from './dto/transition-assignment.input';

export const QUESTION_TEXTS = new TextFields({ question: LIMITS.shortText });
const ANSWER_TEXTS = new TextFields({ text: LIMITS.description });

const TRACKED = ['question', 'ministryId', 'dueDate', 'status', 'statusReason'] as const;

function snapshot(a: Partial<Assignment>): Record<string, unknown> {
  return { question: a.question?.text ?? null, ministryId: a.ministryId ?? null, dueDate: a.dueDate ?? null, status: a.status ?? null, statusReason: a.statusReason ?? null };
}

const assignmentChanges = (before: Partial<Assignment>, after: Assignment) => diff(snapshot(before), snapshot(after), TRACKED, QUESTION_TEXTS.languagesOf(after));

type Translation = { language: Language; text: string; kind: TranslationKind };

/** Questions to ministries: put by the secretariat, answered only by the ministry asked, every answer kept. */
@Injectable()
export class AssignmentLifecycleService {
  private readonly changeAssignment = this.writes.of(Assignment, 'ASSIGNMENT', 'Assignment');
  private readonly changeAnswer = this.writes.of(Answer, 'ASSIGNMENT', 'Assignment');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly assignments: AssignmentService,
    private readonly organisations: OrganisationService,
    private readonly bottlenecks: BottleneckService,
    private readonly consultations: ConsultationService,
  ) {}

  async create(caller: Caller, input: CreateAssignmentInput, manager?: EntityManager): Promise<Assignment> {
    const user = this.writes.user(caller);
    const { clock } = this.writes;
    const errors: FieldError[] = [];
    const subject = await this.subjectOf(caller, input, errors);
    const ministry = await this.organisations.findByCode(input.ministryCode);
    if (!ministry) errors.push({ field: 'input.ministryCode', rule: 'notFound', params: { value: input.ministryCode } });
    else if (ministry.kind !== 'MINISTRY') errors.push({ field: 'input.ministryCode', rule: 'ministry', params: {} });
    const dueDate = input.dueDate ?? clock.todayPlus(DEFAULT_ANSWER_DAYS);
    if (dueDate < clock.today()) errors.push({ field: 'input.dueDate', rule: 'notInPast', params: {} });
    if (errors.length || !subject) throw new ValidationException(errors);

    return this.writes.transaction(manager, async (tx) => {
      const now = clock.now();
      const repository = tx.getRepository(Assignment);
      const saved = await repository.save(
        repository.create({ ...subject.columns, ministryId: ministry!.id, question: newText(input.language, input.question), dueDate, status: 'OPEN', statusReason: null, askedById: user.id, createdAt: now, updatedAt: now, version: 1 }),
      );
      await this.writes.record(
        tx,
        caller,
        { entityType: 'ASSIGNMENT', entityId: saved.id, agendaId: saved.agendaId, version: saved.version, kind: 'CREATED', changes: assignmentChanges({}, saved) },
        { after: saved, subject: { reference: subject.reference, title: saved.question.text } },
      );
      return saved;
    });
  }

  /** What a new question is about: an open bottleneck the caller may read, or a consultation of the register (exactly one). */
  private async subjectOf(caller: Caller, input: CreateAssignmentInput, errors: FieldError[]) {
    if (Boolean(input.bottleneckId) === Boolean(input.consultationId)) {
      errors.push({ field: 'input.bottleneckId', rule: 'questionSubject', params: {} });
      return null;
    }
    if (input.consultationId) {
      const consultation = await this.consultations.visible(caller, input.consultationId);
      if (!consultation) {
        errors.push({ field: 'input.consultationId', rule: 'notFound', params: { value: input.consultationId } });
        return null;
      }
      const { reference } = await this.consultations.subjectOf(caller.loaders, consultation);
      return { columns: { agendaId: null, bottleneckId: null, consultationId: consultation.id }, reference };
    }
    const bottleneck = await this.bottlenecks.visible(caller, input.bottleneckId!);
    if (!bottleneck || bottleneck.status === 'DRAFT') errors.push({ field: 'input.bottleneckId', rule: 'notFound', params: { value: input.bottleneckId } });
    else if (bottleneck.status === 'CLOSED') errors.push({ field: 'input.bottleneckId', rule: 'notAllowed', params: {} });
    else return { columns: { agendaId: bottleneck.agendaId, bottleneckId: bottleneck.id, consultationId: null }, reference: bottleneck.reference };
    return null;
  }

  /** Only the ministry asked answers; a returned question is answered again, beside the earlier answer. */
  async answer(caller: Caller, input: AnswerAssignmentInput, manager?: EntityManager): Promise<Assignment> {
    const user = this.writes.user(caller);
    const current = await this.assignments.requireVisible(caller, input.id);
    const transition = requireTransition('assignmentStatus', ASSIGNMENT_TRANSITIONS, 'answer', current.status, this.assignments.actors(caller, current));
    const subject = () => this.assignments.subjectOf(caller.loaders, current);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeAssignment(tx, caller, current, input.version, {
        set: { status: transition.to, statusReason: null },
        kind: 'ANSWERED',
        transition: 'answer',
        changes: (before, updated) => [...assignmentChanges(before, updated), { field: 'answer', from: null, to: input.text, language: input.language }],
        subject,
      });
      await tx.getRepository(Answer).insert({
        assignmentId: current.id,
        authorId: user.id,
        organisationId: user.organisation?.id ?? null,
        text: newText(input.language, input.text),
        review: 'PENDING',
        createdAt: this.writes.clock.now(),
        version: 1,
      });
      return after;
    });
  }

  /** The secretariat accepts or returns the answer, or withdraws the question. */
  async transition(caller: Caller, input: TransitionAssignmentInput, manager?: EntityManager): Promise<Assignment> {
    const user = this.writes.user(caller);
    const current = await this.assignments.requireVisible(caller, input.id);
    if (input.transition === 'answer') throw new ValidationException([{ field: 'input.transition', rule: 'notAllowed', params: {} }]);
    const transition = requireTransition('assignmentStatus', ASSIGNMENT_TRANSITIONS, input.transition, current.status, this.assignments.actors(caller, current));
    if (transition.needsReason && !input.reason) throw new ValidationException([{ field: 'input.reason', rule: 'required', params: {} }]);
    const reviewing = transition.name === 'acceptAnswer' || transition.name === 'returnAnswer';
    const subject = () => this.assignments.subjectOf(caller.loaders, current);
    return this.writes.transaction(manager, async (tx) => {
      if (reviewing) {
        await tx.query(
          `UPDATE answer SET review = $2, return_reason = $3, reviewed_by_id = $4, reviewed_at = $5
            WHERE id = (SELECT id FROM answer WHERE assignment_id = $1 AND review = 'PENDING' ORDER BY created_at DESC LIMIT 1)`,
          [current.id, transition.name === 'acceptAnswer' ? 'ACCEPTED' : 'RETURNED', transition.name === 'returnAnswer' ? input.reason : null, user.id, this.writes.clock.now()],
        );
      }
      const { after } = await this.changeAssignment(tx, caller, current, input.version, {
        set: { status: transition.to, statusReason: transition.name === 'withdraw' ? (input.reason ?? null) : null },
        kind: 'TRANSITION',
        transition: transition.name,
        changes: (before, updated) => [...assignmentChanges(before, updated), ...(reviewing && input.reason ? [{ field: 'returnReason', from: null, to: input.reason }] : [])],
        subject,
      });
      return after;
    });
  }

  async translateQuestion(caller: Caller, id: string, version: number, translation: Translation, manager?: EntityManager): Promise<Assignment> {
    const current = await this.assignments.requireVisible(caller, id);
    const question = QUESTION_TEXTS.translated(current.question, 'question', translation, this.writes.user(caller), this.writes.clock.now());
    const subject = () => this.assignments.subjectOf(caller.loaders, current);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeAssignment(tx, caller, current, version, {
        set: { question },
        kind: 'TRANSLATED',
        changes: (before) => [{ field: 'question', from: before.question.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
        subject,
      });
      return after;
    });
  }

  /** A translation of an answer, on the version of the answer the caller read (answers are never edited; translations are added beside them). */
  async translateAnswer(caller: Caller, answerId: string, version: number, translation: Translation, manager?: EntityManager): Promise<Assignment> {
    const answer = await this.writes.dataSource.getRepository(Answer).findOneBy({ id: answerId });
    const assignment = answer ? await this.assignments.visible(caller, answer.assignmentId) : null;
    if (!answer || !assignment) throw new ItemNotFoundException('Assignment');
    const text = ANSWER_TEXTS.translated(answer.text, 'text', translation, this.writes.user(caller), this.writes.clock.now());
    const subject = () => this.assignments.subjectOf(caller.loaders, assignment);
    return this.writes.transaction(manager, async (tx) => {
      await this.changeAnswer(tx, caller, answer, version, {
        set: { text },
        kind: 'TRANSLATED',
        changes: (before) => [{ field: 'answer', from: before.text.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
        historyOf: { entityId: assignment.id, agendaId: assignment.agendaId, version: assignment.version },
        conflictFields: ['answer'],
        subject,
        touch: false,
      });
      return assignment;
    });
  }
}
