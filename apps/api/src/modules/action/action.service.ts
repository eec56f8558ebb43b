import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  ACTION_TRANSITIONS,
  ActionStatus,
  ActionTransitionName,
  allowedTransitions,
  isActionOverdue,
  isActionStalled,
  mayEditAction,
  mayPostProgress,
  mayRequestUpdate,
  Transition,
} from '@grensportaal/shared-domain';
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
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Action } from './action.entity';
import { ACTION_ORDERS, actionConditions } from './action-list.query';
import { ActionsArgs } from './dto/actions.args';
import { ProgressUpdate } from './progress-update.entity';

/** Reading actions under the caller's rights, what is derived from them, and what the caller may do with one. */
@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly bottlenecks: BottleneckService,
  ) {}

  fromRow(row: Record<string, unknown>): Action {
    return rowToEntity(this.dataSource, Action, row);
  }

  loader(loaders: LoaderRegistry): Loader<string, Action | null> {
    return loaders.get<string, Action | null>('action.byId', byIds(this.dataSource.getRepository(Action)));
  }

  async visible(caller: Caller, id: string): Promise<Action | null> {
    const action = await this.loader(caller.loaders).load(id);
    return action && (await this.access.canReadAgenda(caller, action.agendaId)) ? action : null;
  }

  async requireVisible(caller: Caller, id: string): Promise<Action> {
    const action = await this.visible(caller, id);
    if (!action) throw new ItemNotFoundException('Action');
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
        const rows: Array<{ action_id: string; bottleneck_id: string }> = await this.dataSource.query('SELECT action_id, bottleneck_id FROM action_bottleneck WHERE action_id = ANY($1)', [[...ids]]);
        return groupByKey(ids, rows, (r) => r.action_id).map((group) => group.map((r) => r.bottleneck_id));
      })
      .load(actionId);
  }

  async addressedBottlenecks(caller: Caller, actionId: string): Promise<Bottleneck[]> {
    const ids = await this.bottleneckIds(caller.loaders, actionId);
    const found = await Promise.all(ids.map((id) => this.bottlenecks.visible(caller, id)));
    return found.filter((b): b is Bottleneck => b !== null);
  }

  /** How readers know an action in messages: its title, and the first bottleneck it addresses (whose page shows it). */
  async subjectOf(loaders: LoaderRegistry, action: Action): Promise<HistorySubject> {
    const ids = await this.bottleneckIds(loaders, action.id);
    const bottlenecks = await this.bottlenecks.loader(loaders).loadMany(ids);
    const references = bottlenecks.filter((b): b is Bottleneck => b instanceof Bottleneck).map((b) => b.reference).sort();
    return { reference: references[0] ?? '', title: action.title.text };
  }

  progressUpdates(loaders: LoaderRegistry, actionId: string): Promise<ProgressUpdate[]> {
    return loaders
      .get<string, ProgressUpdate[]>('action.progressUpdates', async (ids) => {
        const rows = await this.dataSource.getRepository(ProgressUpdate).find({ where: { actionId: In([...ids]) }, order: { createdAt: 'DESC' } });
        return groupByKey(ids, rows, (r) => r.actionId);
      })
      .load(actionId);
  }

  async list(caller: Caller, args: ActionsArgs, withCount: boolean): Promise<ConnectionShape<Action>> {
    const { where, params } = actionConditions(args.filter ?? {}, this.access.scopeCondition(caller, 'a', 'agenda'), { today: this.clock.today(), now: this.clock.now() });
    const { rows, totalCount } = await pageQuery(this.dataSource, {
      entity: Action,
      alias: 'a',
      select: 'row_to_json(o) AS organisation_row',
      from: 'action a JOIN organisation o ON o.id = a.owner_organisation_id',
      where,
      params,
      order: ACTION_ORDERS[args.orderBy],
      first: args.first,
      after: args.after,
      withCount,
    });
    const organisations = this.organisations.loader(caller.loaders);
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const action = this.fromRow(row);
      organisations.prime(action.ownerOrganisationId, rowToEntity(this.dataSource, Organisation, row['organisation_row'] as Record<string, unknown>));
      this.loader(caller.loaders).prime(action.id, action);
      cursors.set(action.id, row['cursor_value'] as string);
      return action;
    });
    return toConnection(items, args.first, totalCount, (a) => [cursors.get(a.id) ?? null, a.id]);
  }

  // ------------------------------------------------------------------ derived

  isOverdue(action: Action): boolean {
    return isActionOverdue(action, this.clock.today());
  }

  daysUntilDue(action: Action): number {
    return daysBetween(this.clock.today(), action.dueDate);
  }

  isStalled(action: Action): boolean {
    return isActionStalled(action, this.clock.now());
  }

  // ------------------------------------------------------------------ who may do what

  async agendaOf(caller: Caller, agendaId: string): Promise<Agenda> {
    const agenda = await this.agendas.loader(caller.loaders).load(agendaId);
    if (!agenda) throw new ItemNotFoundException('Agenda');
    return agenda;
  }

  async actors(caller: Caller, action: Action) {
    const agenda = await this.agendaOf(caller, action.agendaId);
    return actorsFor(this.access.requireUser(caller), { ownerOrganisationId: action.ownerOrganisationId, steeringOrganisationId: agenda.steeringOrganisationId });
  }

  async availableTransitions(caller: Caller, action: Action): Promise<Transition<ActionStatus, ActionTransitionName>[]> {
    return allowedTransitions(ACTION_TRANSITIONS, action.status, await this.actors(caller, action));
  }

  async canEdit(caller: Caller, action: Action): Promise<boolean> {
    return mayEditAction(await this.actors(caller, action), action.status);
  }

  async canRequestUpdate(caller: Caller, action: Action): Promise<boolean> {
    return mayRequestUpdate(await this.actors(caller, action), action.status);
  }

  async canPostProgress(caller: Caller, action: Action): Promise<boolean> {
    return mayPostProgress(await this.actors(caller, action), action.status);
  }
}
