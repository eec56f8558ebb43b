import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ACTION_TRANSITIONS, ActionStatus, Language, mayEditAction, mayProposeAction, maySetPriority, TranslationKind } from '@grensportaal/shared-domain';
import { personOf } from '@api/core/auth/actors';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { Caller } from '@api/core/context/caller';
import { newText, replaceSource, StoredText } from '@api/core/text/stored-text';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { requireTransition } from '@api/core/versioning/transition.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { UserService } from '@api/modules/user/user.service';
import { Action } from './action.entity';
import { ACTION_TEXTS, actionChanges } from './action.snapshot';
import { ActionService } from './action.service';
import { CreateActionInput } from './dto/create-action.input';
import { TransitionActionInput } from './dto/transition-action.input';
import { UpdateActionInput } from './dto/update-action.input';

type ActionTextField = 'title' | 'description';

/** An action as an imported sheet reports it. */
export interface ImportedAction {
  externalId: string;
  status: ActionStatus;
  progress: number;
}

/** Proposing, changing, moving and translating actions: every change versioned and in history. */
@Injectable()
export class ActionLifecycleService {
  private readonly changeAction = this.writes.of(Action, 'ACTION', 'Action');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly actions: ActionService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly bottlenecks: BottleneckService,
    private readonly users: UserService,
  ) {}

  /** Checks an owner organisation (a partner of the agenda, or a ministry) and person (of that organisation). */
  private async checkOwner(agendaId: string, organisationCode: string, ownerUserId: string | null | undefined, errors: FieldError[]): Promise<Organisation | null> {
    const org = await this.organisations.findByCode(organisationCode);
    if (!org) {
      errors.push({ field: 'input.ownerOrganisationCode', rule: 'notFound', params: { value: organisationCode } });
      return null;
    }
    if (org.kind !== 'MINISTRY' && !(await this.agendas.isPartner(agendaId, org.id))) {
      errors.push({ field: 'input.ownerOrganisationCode', rule: 'agendaPartner', params: {} });
      return null;
    }
    if (ownerUserId && !(await this.users.belongsTo(ownerUserId, org.id))) errors.push({ field: 'input.ownerUserId', rule: 'notFound', params: { value: ownerUserId } });
    return org;
  }

  private async checkBottlenecks(caller: Caller, ids: string[], errors: FieldError[]): Promise<Bottleneck[]> {
    if (new Set(ids).size !== ids.length) errors.push({ field: 'input.bottleneckIds', rule: 'unique', params: {} });
    const found: Bottleneck[] = [];
    for (const [i, id] of ids.entries()) {
      const b = await this.bottlenecks.visible(caller, id);
      if (!b || b.status === 'DRAFT') errors.push({ field: `input.bottleneckIds.${i}`, rule: 'notFound', params: { value: id } });
      else found.push(b);
    }
    if (new Set(found.map((b) => b.agendaId)).size > 1) errors.push({ field: 'input.bottleneckIds', rule: 'sameAgenda', params: {} });
    return found;
  }

  /**
   * Proposes an action for bottlenecks of one agenda (see mayProposeAction
   * for who may). An import records an action as the partner's sheet reports
   * it: its status and progress, and a due date that may lie in the past.
   */
  async create(caller: Caller, input: CreateActionInput, manager?: EntityManager, imported?: ImportedAction): Promise<Action> {
    const user = this.writes.user(caller);
    const { clock } = this.writes;
    const errors: FieldError[] = [];
    const bottlenecks = await this.checkBottlenecks(caller, input.bottleneckIds, errors);
    if (errors.length || bottlenecks.length === 0) throw new ValidationException(errors);
    const agenda = await this.actions.agendaOf(caller, bottlenecks[0].agendaId);
    const isPartner = user.organisation ? await this.agendas.isPartner(agenda.id, user.organisation.id) : false;
    if (!mayProposeAction(personOf(user), bottlenecks[0], { steeringOrganisationId: agenda.steeringOrganisationId, isPartner })) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const owner = await this.checkOwner(agenda.id, input.ownerOrganisationCode, input.ownerUserId, errors);
    if (!imported && input.dueDate < clock.today()) errors.push({ field: 'input.dueDate', rule: 'notInPast', params: {} });
    const texts: Partial<Record<ActionTextField, StoredText | null>> = {
      title: newText(input.language, input.title),
      description: input.description ? newText(input.language, input.description) : null,
    };
    ACTION_TEXTS.applyAll(texts, input.translations ?? [], user, clock.now(), errors);
    if (errors.length || !owner) throw new ValidationException(errors);

    const now = clock.now();
    return this.writes.transaction(manager, async (tx) => {
      const saved = await tx.getRepository(Action).save(
        tx.getRepository(Action).create({
          agendaId: agenda.id,
          title: texts.title!,
          description: texts.description ?? null,
          ownerOrganisationId: owner.id,
          ownerUserId: input.ownerUserId ?? null,
          dueDate: input.dueDate,
          status: imported?.status ?? 'PLANNED',
          statusReason: null,
          progress: imported?.progress ?? 0,
          externalId: imported?.externalId ?? null,
          instrument: input.instrument,
          priority: input.priority,
          lastProgressAt: now,
          createdById: user.id,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      const ids = bottlenecks.map((b) => b.id);
      await tx.query('INSERT INTO action_bottleneck (action_id, bottleneck_id) SELECT $1, unnest($2::uuid[])', [saved.id, ids]);
      await this.writes.record(
        tx,
        caller,
        { entityType: 'ACTION', entityId: saved.id, agendaId: saved.agendaId, version: saved.version, kind: 'CREATED', changes: actionChanges({}, saved, null, ids) },
        { after: saved, subject: { reference: bottlenecks.map((b) => b.reference).sort()[0], title: saved.title.text } },
      );
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateActionInput, manager?: EntityManager): Promise<Action> {
    const current = await this.actions.requireVisible(caller, input.id);
    const actors = await this.actions.actors(caller, current);
    if (!mayEditAction(actors, current.status)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const errors: FieldError[] = [];
    const next: Partial<Action> = {};
    for (const field of ['title', 'description'] as const) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      const previous = current[field];
      const language: Language = input.language ?? previous?.lang ?? 'nl';
      if (!previous || previous.text !== value || previous.lang !== language) next[field] = replaceSource(previous, language, value);
    }
    if (input.ownerOrganisationCode) {
      const owner = await this.checkOwner(current.agendaId, input.ownerOrganisationCode, input.ownerUserId ?? current.ownerUserId, errors);
      if (owner && owner.id !== current.ownerOrganisationId) next.ownerOrganisationId = owner.id;
    }
    if (input.ownerUserId !== undefined && input.ownerUserId !== current.ownerUserId) {
      if (input.ownerUserId && !input.ownerOrganisationCode && !(await this.users.belongsTo(input.ownerUserId, current.ownerOrganisationId))) {
        errors.push({ field: 'input.ownerUserId', rule: 'notFound', params: { value: input.ownerUserId } });
      }
      next.ownerUserId = input.ownerUserId;
    }
    if (input.dueDate && input.dueDate !== current.dueDate) {
      if (input.dueDate < this.writes.clock.today()) errors.push({ field: 'input.dueDate', rule: 'notInPast', params: {} });
      next.dueDate = input.dueDate;
    }
    if (input.instrument && input.instrument !== current.instrument) next.instrument = input.instrument;
    if (input.priority && input.priority !== current.priority) {
      if (!maySetPriority(actors)) errors.push({ field: 'input.priority', rule: 'notAllowed', params: {} });
      next.priority = input.priority;
    }
    const oldIds = await this.actions.bottleneckIds(caller.loaders, current.id);
    let newIds: string[] | null = null;
    if (input.bottleneckIds) {
      const found = await this.checkBottlenecks(caller, input.bottleneckIds, errors);
      if (found.some((b) => b.agendaId !== current.agendaId)) errors.push({ field: 'input.bottleneckIds', rule: 'sameAgenda', params: {} });
      if ([...input.bottleneckIds].sort().join() !== [...oldIds].sort().join()) newIds = input.bottleneckIds;
    }
    if (errors.length) throw new ValidationException(errors);
    if (Object.keys(next).length === 0 && !newIds && current.version === input.version) return current;

    const subject = () => this.actions.subjectOf(caller.loaders, current);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeAction(tx, caller, current, input.version, {
        set: next,
        kind: 'UPDATED',
        changes: (before, updated) => actionChanges(before, updated, oldIds, newIds ?? oldIds),
        subject,
      });
      if (newIds) {
        await tx.query('DELETE FROM action_bottleneck WHERE action_id = $1', [current.id]);
        await tx.query('INSERT INTO action_bottleneck (action_id, bottleneck_id) SELECT $1, unnest($2::uuid[])', [current.id, newIds]);
      }
      return after;
    });
  }

  async transition(caller: Caller, input: TransitionActionInput, manager?: EntityManager): Promise<Action> {
    const current = await this.actions.requireVisible(caller, input.id);
    const transition = requireTransition('actionStatus', ACTION_TRANSITIONS, input.transition, current.status, await this.actions.actors(caller, current));
    if (transition.needsReason && !input.reason) throw new ValidationException([{ field: 'input.reason', rule: 'required', params: {} }]);
    const set: Partial<Action> = { status: transition.to, statusReason: input.reason ?? null, ...(transition.to === 'DONE' ? { progress: 100 } : {}) };
    const subject = () => this.actions.subjectOf(caller.loaders, current);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeAction(tx, caller, current, input.version, { set, kind: 'TRANSITION', transition: transition.name, changes: (before, updated) => actionChanges(before, updated), subject });
      return after;
    });
  }

  /** Adds or corrects a translation of the action's title or description. */
  async translate(caller: Caller, id: string, version: number, field: string, translation: { language: Language; text: string; kind: TranslationKind }, manager?: EntityManager): Promise<Action> {
    const current = await this.actions.requireVisible(caller, id);
    const stored = ACTION_TEXTS.has(field) ? current[field] : null;
    const text = ACTION_TEXTS.translated(stored, field, translation, this.writes.user(caller), this.writes.clock.now());
    const subject = () => this.actions.subjectOf(caller.loaders, current);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeAction(tx, caller, current, version, {
        set: { [field]: text } as Partial<Action>,
        kind: 'TRANSLATED',
        changes: () => [{ field, from: stored!.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
        subject,
      });
      return after;
    });
  }
}
