import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ACTION_TRANSITIONS,
  ActionStatus,
  ActionTransitionName,
  allowedTransitions,
  Language,
  LIMITS,
  OPEN_ACTION_STATUSES,
  STALLED_AFTER_DAYS,
  Transition,
} from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { actorsFor } from '@api/core/auth/actors';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { groupByKey, byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { diff, HistoryService } from '@api/core/history/history.service';
import { ConnectionShape, toConnection } from '@api/core/pagination/connection';
import { KeysetOrder, pageQuery, searchWords } from '@api/core/pagination/keyset';
import { newText, replaceSource, StoredText } from '@api/core/text/stored-text';
import { TextFields } from '@api/core/text/text-fields';
import { Clock, daysBetween } from '@api/core/time/clock';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { NotFoundException } from '@api/core/versioning/conflict.exception';
import { columns, rowToEntity } from '@api/core/versioning/rows';
import { IllegalTransitionException } from '@api/core/versioning/transition.exception';
import { updateVersioned } from '@api/core/versioning/versioned-update';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { Action } from './action.entity';
import { ProgressUpdate } from './progress-update.entity';
import { ActionOrder, ActionsArgs } from './dto/actions.args';
import { CreateActionInput } from './dto/create-action.input';
import { PostProgressInput } from './dto/post-progress.input';
import { RequestUpdateInput } from './dto/request-update.input';
import { TransitionActionInput } from './dto/transition-action.input';
import { UpdateActionInput } from './dto/update-action.input';

export const ACTION_TEXTS = new TextFields({ title: LIMITS.title, description: LIMITS.description });
type ActionTextField = 'title' | 'description';

const TRACKED = ['title', 'description', 'ownerOrganisationId', 'ownerUserId', 'dueDate', 'instrument', 'priority', 'status', 'statusReason', 'progress', 'bottleneckIds'] as const;

const ORDERS: Record<ActionOrder, KeysetOrder> = {
  DUE_DATE_ASC: { column: 'a.due_date', direction: 'ASC', cast: 'date' },
  UPDATED_DESC: { column: 'a.updated_at', direction: 'DESC', cast: 'timestamptz' },
  LAST_PROGRESS_ASC: { column: 'a.last_progress_at', direction: 'ASC', cast: 'timestamptz' },
};

function snapshot(a: Partial<Action>, bottleneckIds?: string[]): Record<string, unknown> {
  return {
    title: a.title?.text ?? null,
    description: a.description?.text ?? null,
    ownerOrganisationId: a.ownerOrganisationId ?? null,
    ownerUserId: a.ownerUserId ?? null,
    dueDate: a.dueDate ?? null,
    instrument: a.instrument ?? null,
    priority: a.priority ?? null,
    status: a.status ?? null,
    statusReason: a.statusReason ?? null,
    progress: a.progress ?? null,
    bottleneckIds: bottleneckIds ? [...bottleneckIds].sort() : null,
  };
}

@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly history: HistoryService,
    private readonly clock: Clock,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly bottlenecks: BottleneckService,
  ) {}

  // ------------------------------------------------------------------ reading

  private fromRow(row: Record<string, unknown>): Action {
    return rowToEntity(this.dataSource, Action, row);
  }

  loader(loaders: LoaderRegistry): Loader<string, Action | null> {
    return loaders.get<string, Action | null>('action.byId', byIds(this.dataSource.getRepository(Action)));
  }

  async visible(ctx: GraphQLContext, id: string): Promise<Action | null> {
    const action = await this.loader(ctx.loaders).load(id);
    return action && (await this.access.canReadAgenda(ctx, action.agendaId)) ? action : null;
  }

  async requireVisible(ctx: GraphQLContext, id: string): Promise<Action> {
    const action = await this.visible(ctx, id);
    if (!action) throw new NotFoundException('Action', id);
    return action;
  }

  /** The actions addressing a bottleneck (the caller may read the bottleneck, so its agenda). */
  ofBottleneck(loaders: LoaderRegistry, bottleneckId: string): Promise<Action[]> {
    return loaders
      .get<string, Action[]>('action.byBottleneck', async (ids) => {
        const rows: Array<Record<string, unknown>> = await this.dataSource.query(
          `SELECT a.*, ab.bottleneck_id AS for_bottleneck FROM action a JOIN action_bottleneck ab ON ab.action_id = a.id
            WHERE ab.bottleneck_id = ANY($1) ORDER BY a.due_date, a.id`,
          [[...ids]],
        );
        return groupByKey(ids, rows, (r) => r['for_bottleneck'] as string).map((group) => group.map((r) => this.fromRow(r)));
      })
      .load(bottleneckId);
  }

  /** The ids of the bottlenecks an action addresses. */
  bottleneckIds(loaders: LoaderRegistry, actionId: string): Promise<string[]> {
    return loaders
      .get<string, string[]>('action.bottleneckIds', async (ids) => {
        const rows: Array<{ action_id: string; bottleneck_id: string }> = await this.dataSource.query(
          'SELECT action_id, bottleneck_id FROM action_bottleneck WHERE action_id = ANY($1)',
          [[...ids]],
        );
        return groupByKey(ids, rows, (r) => r.action_id).map((group) => group.map((r) => r.bottleneck_id));
      })
      .load(actionId);
  }

  async addressedBottlenecks(ctx: GraphQLContext, actionId: string): Promise<Bottleneck[]> {
    const ids = await this.bottleneckIds(ctx.loaders, actionId);
    const found = await Promise.all(ids.map((id) => this.bottlenecks.visible(ctx, id)));
    return found.filter((b): b is Bottleneck => b !== null);
  }

  progressUpdates(loaders: LoaderRegistry, actionId: string): Promise<ProgressUpdate[]> {
    return loaders
      .get<string, ProgressUpdate[]>('action.progressUpdates', async (ids) => {
        const rows = await this.dataSource.getRepository(ProgressUpdate).find({ where: { actionId: In([...ids]) }, order: { createdAt: 'DESC' } });
        return groupByKey(ids, rows, (r) => r.actionId);
      })
      .load(actionId);
  }

  async list(ctx: GraphQLContext, args: ActionsArgs, withCount: boolean): Promise<ConnectionShape<Action>> {
    const filter = args.filter ?? {};
    const scope = this.access.scopeCondition(ctx, 'a', 'agenda');
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    if (filter.agendaCode) {
      where.push('a.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)');
      params['agendaCode'] = filter.agendaCode;
    }
    if (filter.statuses?.length) {
      where.push('a.status = ANY(:statuses)');
      params['statuses'] = filter.statuses;
    }
    if (filter.ownerOrganisationCode) {
      where.push('a.owner_organisation_id = (SELECT id FROM organisation WHERE code = :ownerCode)');
      params['ownerCode'] = filter.ownerOrganisationCode;
    }
    if (filter.overdue !== undefined && filter.overdue !== null) {
      where.push(`${filter.overdue ? '' : 'NOT '}(a.due_date < :today AND a.status NOT IN ('DONE', 'CANCELLED'))`);
      params['today'] = this.clock.today();
    }
    if (filter.stalled !== undefined && filter.stalled !== null) {
      where.push(`${filter.stalled ? '' : 'NOT '}(a.last_progress_at < :stalledBefore AND a.status IN ('PLANNED', 'IN_PROGRESS', 'ON_HOLD'))`);
      params['stalledBefore'] = new Date(this.clock.now().getTime() - STALLED_AFTER_DAYS * 86_400_000);
    }
    if (filter.bottleneckId) {
      where.push('a.id IN (SELECT action_id FROM action_bottleneck WHERE bottleneck_id = :bottleneckId)');
      params['bottleneckId'] = filter.bottleneckId;
    }
    searchWords(filter.text).forEach((pattern, i) => {
      where.push(`a.search_text LIKE :word${i}`);
      params[`word${i}`] = pattern;
    });
    const { rows, totalCount } = await pageQuery(this.dataSource, {
      entity: Action,
      alias: 'a',
      select: 'row_to_json(o) AS organisation_row',
      from: 'action a JOIN organisation o ON o.id = a.owner_organisation_id',
      where,
      params,
      order: ORDERS[args.orderBy],
      first: args.first,
      after: args.after,
      withCount,
    });
    const organisations = this.organisations.loader(ctx.loaders);
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const action = this.fromRow(row);
      organisations.prime(action.ownerOrganisationId, rowToEntity(this.dataSource, Organisation, row['organisation_row'] as Record<string, unknown>));
      this.loader(ctx.loaders).prime(action.id, action);
      cursors.set(action.id, row['cursor_value'] as string);
      return action;
    });
    return toConnection(items, args.first, totalCount, (a) => [cursors.get(a.id) ?? null, a.id]);
  }

  // ------------------------------------------------------------------ derived

  isOverdue(action: Action): boolean {
    return action.dueDate < this.clock.today() && action.status !== 'DONE' && action.status !== 'CANCELLED';
  }

  daysUntilDue(action: Action): number {
    return daysBetween(this.clock.today(), action.dueDate);
  }

  isStalled(action: Action): boolean {
    return OPEN_ACTION_STATUSES.includes(action.status) && this.clock.now().getTime() - new Date(action.lastProgressAt).getTime() > STALLED_AFTER_DAYS * 86_400_000;
  }

  // ------------------------------------------------------------------ who may do what

  private async agenda(ctx: GraphQLContext, agendaId: string): Promise<Agenda> {
    const agenda = await this.agendas.loader(ctx.loaders).load(agendaId);
    if (!agenda) throw new NotFoundException('Agenda', agendaId);
    return agenda;
  }

  async actors(ctx: GraphQLContext, action: Action) {
    const user = this.access.requireUser(ctx);
    const agenda = await this.agenda(ctx, action.agendaId);
    return actorsFor(user, { ownerOrganisationId: action.ownerOrganisationId, steeringOrganisationId: agenda.steeringOrganisationId });
  }

  async availableTransitions(ctx: GraphQLContext, action: Action): Promise<Transition<ActionStatus, ActionTransitionName>[]> {
    return allowedTransitions(ACTION_TRANSITIONS, action.status, await this.actors(ctx, action));
  }

  /** Owner, secretariat and steering commissioner may change an action while it is open. */
  async canEdit(ctx: GraphQLContext, action: Action): Promise<boolean> {
    const actors = await this.actors(ctx, action);
    return OPEN_ACTION_STATUSES.includes(action.status) && actors.some((a) => a === 'owner' || a === 'secretariat' || a === 'steeringCommissioner');
  }

  /** The secretariat and the agenda's steering commissioner chase an open action's owner. */
  async canRequestUpdate(ctx: GraphQLContext, action: Action): Promise<boolean> {
    const actors = await this.actors(ctx, action);
    return OPEN_ACTION_STATUSES.includes(action.status) && actors.some((a) => a === 'secretariat' || a === 'steeringCommissioner');
  }

  /** Only the owner organisation reports progress, while the action is open. */
  async canPostProgress(ctx: GraphQLContext, action: Action): Promise<boolean> {
    return OPEN_ACTION_STATUSES.includes(action.status) && (await this.actors(ctx, action)).includes('owner');
  }

  // ------------------------------------------------------------------ writing

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
    if (ownerUserId) {
      const person = await this.dataSource.getRepository(AppUser).findOneBy({ id: ownerUserId });
      if (!person || person.organisationId !== org.id) errors.push({ field: 'input.ownerUserId', rule: 'notFound', params: { value: ownerUserId } });
    }
    return org;
  }

  private async checkBottlenecks(ctx: GraphQLContext, ids: string[], errors: FieldError[]): Promise<Bottleneck[]> {
    if (new Set(ids).size !== ids.length) errors.push({ field: 'input.bottleneckIds', rule: 'unique', params: {} });
    const found: Bottleneck[] = [];
    for (const [i, id] of ids.entries()) {
      const b = await this.bottlenecks.visible(ctx, id);
      if (!b || b.status === 'DRAFT') errors.push({ field: `input.bottleneckIds.${i}`, rule: 'notFound', params: { value: id } });
      else found.push(b);
    }
    if (new Set(found.map((b) => b.agendaId)).size > 1) errors.push({ field: 'input.bottleneckIds', rule: 'sameAgenda', params: {} });
    return found;
  }

  /**
   * Proposes an action for bottlenecks of one agenda: partners of that agenda,
   * ministries, the secretariat and the steering commissioner may.
   */
  async create(ctx: GraphQLContext, input: CreateActionInput): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const errors: FieldError[] = [];
    const bottlenecks = await this.checkBottlenecks(ctx, input.bottleneckIds, errors);
    if (errors.length || bottlenecks.length === 0) throw new ValidationException(errors);
    const agenda = await this.agenda(ctx, bottlenecks[0].agendaId);
    const mayPropose =
      user.roles.includes('secretariat') ||
      user.roles.includes('department') ||
      (user.roles.includes('commissioner') && user.organisation?.id === agenda.steeringOrganisationId) ||
      (user.roles.includes('partner') && (await this.agendas.isPartner(agenda.id, user.organisation!.id)));
    if (!mayPropose) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const owner = await this.checkOwner(agenda.id, input.ownerOrganisationCode, input.ownerUserId, errors);
    if (input.dueDate < this.clock.today()) errors.push({ field: 'input.dueDate', rule: 'notInPast', params: {} });
    const texts: Partial<Record<ActionTextField, StoredText | null>> = {
      title: newText(input.language, input.title),
      description: input.description ? newText(input.language, input.description) : null,
    };
    ACTION_TEXTS.applyAll(texts, input.translations ?? [], user, this.clock.now(), errors);
    if (errors.length || !owner) throw new ValidationException(errors);

    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Action).save(
        manager.getRepository(Action).create({
          agendaId: agenda.id,
          title: texts.title!,
          description: texts.description ?? null,
          ownerOrganisationId: owner.id,
          ownerUserId: input.ownerUserId ?? null,
          dueDate: input.dueDate,
          status: 'PLANNED',
          statusReason: null,
          progress: 0,
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
      await manager.query('INSERT INTO action_bottleneck (action_id, bottleneck_id) SELECT $1, unnest($2::uuid[])', [saved.id, ids]);
      await this.history.record(manager, user, {
        entityType: 'ACTION',
        entityId: saved.id,
        agendaId: saved.agendaId,
        version: saved.version,
        kind: 'CREATED',
        changes: diff({}, snapshot(saved, ids), TRACKED),
      });
      return saved;
    });
  }

  async update(ctx: GraphQLContext, input: UpdateActionInput): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    const actors = await this.actors(ctx, current);
    if (!(await this.canEdit(ctx, current))) throw new AuthException(AuthErrorCode.FORBIDDEN);
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
      if (input.ownerUserId && !input.ownerOrganisationCode) {
        const person = await this.dataSource.getRepository(AppUser).findOneBy({ id: input.ownerUserId });
        if (!person || person.organisationId !== current.ownerOrganisationId) errors.push({ field: 'input.ownerUserId', rule: 'notFound', params: { value: input.ownerUserId } });
      }
      next.ownerUserId = input.ownerUserId;
    }
    if (input.dueDate && input.dueDate !== current.dueDate) {
      if (input.dueDate < this.clock.today()) errors.push({ field: 'input.dueDate', rule: 'notInPast', params: {} });
      next.dueDate = input.dueDate;
    }
    if (input.instrument && input.instrument !== current.instrument) next.instrument = input.instrument;
    if (input.priority && input.priority !== current.priority) {
      if (!actors.some((a) => a === 'secretariat' || a === 'steeringCommissioner')) errors.push({ field: 'input.priority', rule: 'notAllowed', params: {} });
      next.priority = input.priority;
    }
    const oldIds = await this.bottleneckIds(ctx.loaders, current.id);
    let newIds: string[] | null = null;
    if (input.bottleneckIds) {
      const found = await this.checkBottlenecks(ctx, input.bottleneckIds, errors);
      if (found.some((b) => b.agendaId !== current.agendaId)) errors.push({ field: 'input.bottleneckIds', rule: 'sameAgenda', params: {} });
      if ([...input.bottleneckIds].sort().join() !== [...oldIds].sort().join()) newIds = input.bottleneckIds;
    }
    if (errors.length) throw new ValidationException(errors);
    if (Object.keys(next).length === 0 && !newIds && current.version === input.version) return current;

    return this.dataSource.transaction(async (manager) => {
      const updated = this.fromRow(
        await updateVersioned(manager, this.history, { table: 'action', entityType: 'ACTION', entityName: 'Action', id: current.id, version: input.version, set: columns(next) }),
      );
      if (newIds) {
        await manager.query('DELETE FROM action_bottleneck WHERE action_id = $1', [current.id]);
        await manager.query('INSERT INTO action_bottleneck (action_id, bottleneck_id) SELECT $1, unnest($2::uuid[])', [current.id, newIds]);
      }
      await this.history.record(manager, user, {
        entityType: 'ACTION',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'UPDATED',
        changes: diff(snapshot(current, oldIds), snapshot(updated, newIds ?? oldIds), TRACKED),
      });
      return updated;
    });
  }

  async transition(ctx: GraphQLContext, input: TransitionActionInput): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    const actors = await this.actors(ctx, current);
    const transition = ACTION_TRANSITIONS.find((t) => t.name === input.transition && t.from.includes(current.status));
    if (!transition) {
      const allowed = allowedTransitions(ACTION_TRANSITIONS, current.status, actors).map((t) => t.name);
      throw new IllegalTransitionException('actionStatus', input.transition, current.status, allowed);
    }
    if (!transition.actors.some((a) => actors.includes(a))) throw new AuthException(AuthErrorCode.FORBIDDEN);
    if (transition.needsReason && !input.reason) throw new ValidationException([{ field: 'input.reason', rule: 'required', params: {} }]);
    const set: Partial<Action> = { status: transition.to, statusReason: input.reason ?? null, ...(transition.to === 'DONE' ? { progress: 100 } : {}) };
    return this.dataSource.transaction(async (manager) => {
      const updated = this.fromRow(
        await updateVersioned(manager, this.history, { table: 'action', entityType: 'ACTION', entityName: 'Action', id: current.id, version: input.version, set: columns(set) }),
      );
      await this.history.record(manager, user, {
        entityType: 'ACTION',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'TRANSITION',
        transition: transition.name,
        changes: diff(snapshot(current), snapshot(updated), TRACKED),
      });
      return updated;
    });
  }

  /** The owner reports progress: the action's progress, a dated note, one history entry, one transaction. */
  async postProgress(ctx: GraphQLContext, input: PostProgressInput): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.actionId);
    if (!(await this.canPostProgress(ctx, current))) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const updated = this.fromRow(
        await updateVersioned(manager, this.history, {
          table: 'action',
          entityType: 'ACTION',
          entityName: 'Action',
          id: current.id,
          version: input.version,
          set: columns({ progress: input.progress, lastProgressAt: now, updateRequestedAt: null, updateRequestedById: null }),
        }),
      );
      await manager.getRepository(ProgressUpdate).insert({
        actionId: current.id,
        agendaId: current.agendaId,
        authorId: user.id,
        organisationId: user.organisation?.id ?? null,
        progress: input.progress,
        note: newText(input.language, input.note),
        createdAt: now,
      });
      await this.history.record(manager, user, {
        entityType: 'ACTION',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'PROGRESS',
        changes: [
          { field: 'progress', from: current.progress, to: input.progress },
          { field: 'note', from: null, to: input.note, language: input.language },
        ],
      });
      return updated;
    });
  }

  /** Asks the owner for a progress report; recorded in history (notifications pick it up from there). */
  async requestUpdate(ctx: GraphQLContext, input: RequestUpdateInput): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    if (!(await this.canRequestUpdate(ctx, current))) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const updated = this.fromRow(
        await updateVersioned(manager, this.history, {
          table: 'action',
          entityType: 'ACTION',
          entityName: 'Action',
          id: current.id,
          version: input.version,
          set: columns({ updateRequestedAt: now, updateRequestedById: user.id }),
        }),
      );
      await this.history.record(manager, user, {
        entityType: 'ACTION',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'UPDATE_REQUESTED',
        changes: [{ field: 'updateRequest', from: null, to: input.message ?? null }],
      });
      return updated;
    });
  }

  /** Adds or corrects a translation of the action's title or description. */
  async translate(
    manager: EntityManager,
    ctx: GraphQLContext,
    id: string,
    version: number,
    field: string,
    translation: { language: Language; text: string; kind: 'HUMAN' | 'MACHINE' },
  ): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, id);
    const stored = ACTION_TEXTS.has(field) ? current[field] : null;
    const problem = ACTION_TEXTS.check(stored, field, translation, 'input');
    if (problem) throw new ValidationException([problem]);
    const text = ACTION_TEXTS.translate(stored!, translation.language, translation.text, translation.kind, user, this.clock.now());
    const updated = this.fromRow(
      await updateVersioned(manager, this.history, { table: 'action', entityType: 'ACTION', entityName: 'Action', id, version, set: columns({ [field]: text }) }),
    );
    await this.history.record(manager, user, {
      entityType: 'ACTION',
      entityId: id,
      agendaId: updated.agendaId,
      version: updated.version,
      kind: 'TRANSLATED',
      changes: [{ field, from: stored!.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
    });
    return updated;
  }

  /** A translation of a progress note (notes are never edited; their translations are added). */
  async translateProgressNote(
    manager: EntityManager,
    ctx: GraphQLContext,
    progressUpdateId: string,
    translation: { language: Language; text: string; kind: 'HUMAN' | 'MACHINE' },
  ): Promise<Action> {
    const user = this.access.requireUser(ctx);
    const rows = await manager.query('SELECT * FROM progress_update WHERE id = $1 FOR UPDATE', [progressUpdateId]);
    const update = rows[0] ? rowToEntity(this.dataSource, ProgressUpdate, rows[0] as Record<string, unknown>) : null;
    const action = update ? await this.visible(ctx, update.actionId) : null;
    if (!update || !action) throw new NotFoundException('Action', progressUpdateId);
    const notes = new TextFields({ note: LIMITS.shortText });
    const problem = notes.check(update.note, 'note', translation, 'input');
    if (problem) throw new ValidationException([problem]);
    const note = notes.translate(update.note, translation.language, translation.text, translation.kind, user, this.clock.now());
    await manager.query('UPDATE progress_update SET note = $2 WHERE id = $1', [update.id, JSON.stringify(note)]);
    await this.history.record(manager, user, {
      entityType: 'ACTION',
      entityId: action.id,
      agendaId: action.agendaId,
      version: action.version,
      kind: 'TRANSLATED',
      changes: [{ field: 'progressNote', from: update.note.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
    });
    return action;
  }
}
