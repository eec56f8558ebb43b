import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { allowedTransitions, BOTTLENECK_TRANSITIONS, BottleneckTransition, mayAskQuestion, mayEditBottleneck, mayProposeAction } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { actorsFor, personOf } from '@api/core/auth/actors';
import { Caller } from '@api/core/context/caller';
import { Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { ConnectionShape, toConnection } from '@api/core/pagination/connection';
import { pageQuery } from '@api/core/pagination/keyset';
import { Clock } from '@api/core/time/clock';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { rowToEntity } from '@api/core/versioning/rows';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Theme } from '@api/modules/theme/theme.entity';
import { ThemeService } from '@api/modules/theme/theme.service';
import { Bottleneck } from './bottleneck.entity';
import { BOTTLENECK_ORDERS, bottleneckConditions, BottleneckStats, ListSelection, LONG_TEXT_COLUMNS, STATS_JOIN, STATS_SELECT, statsOf } from './bottleneck-list.query';
import { BottlenecksArgs } from './dto/bottlenecks.args';

/** Reading bottlenecks under the caller's rights, and what the caller may do with one. */
@Injectable()
export class BottleneckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly themes: ThemeService,
  ) {}

  fromRow(row: Record<string, unknown>): Bottleneck {
    return rowToEntity(this.dataSource, Bottleneck, row);
  }

  /** Bottlenecks by id, batched, without access checks (callers check). */
  loader(loaders: LoaderRegistry): Loader<string, Bottleneck | null> {
    return loaders.get<string, Bottleneck | null>('bottleneck.byId', async (ids) => {
      const rows = await this.dataSource.getRepository(Bottleneck).createQueryBuilder('b').where('b.id = ANY(:ids)', { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** A bottleneck the caller may read, or null (whether it exists or not is not revealed). */
  async visible(caller: Caller, id: string): Promise<Bottleneck | null> {
    const bottleneck = await this.loader(caller.loaders).load(id);
    return bottleneck && (await this.access.canReadBottleneck(caller, bottleneck)) ? bottleneck : null;
  }

  async requireVisible(caller: Caller, id: string): Promise<Bottleneck> {
    const bottleneck = await this.visible(caller, id);
    if (!bottleneck) throw new ItemNotFoundException('Bottleneck');
    return bottleneck;
  }

  async byReference(caller: Caller, reference: string): Promise<Bottleneck | null> {
    const found = await this.dataSource.getRepository(Bottleneck).findOneBy({ reference });
    if (!found) return null;
    this.loader(caller.loaders).prime(found.id, found);
    return (await this.access.canReadBottleneck(caller, found)) ? found : null;
  }

  /**
   * A page of bottlenecks the caller may see. Organisation, theme and the
   * action and comment roll-ups, where the query asks for them, are fetched in
   * the same statement, so the number of statements does not grow with the
   * page size; what it does not ask for is not read.
   */
  async list(caller: Caller, args: BottlenecksArgs, want: ListSelection): Promise<ConnectionShape<Bottleneck>> {
    const { where, params } = bottleneckConditions(args.filter ?? {}, this.access.scopeCondition(caller, 'b', 'bottleneck'), this.clock.today());
    const select = [want.organisation ? 'row_to_json(o) AS organisation_row' : '', want.theme ? 'row_to_json(t) AS theme_row' : '', want.stats ? STATS_SELECT : ''].filter(Boolean);
    const { rows, totalCount } = await pageQuery(this.dataSource, {
      entity: Bottleneck,
      omit: want.lean ? LONG_TEXT_COLUMNS : [],
      alias: 'b',
      select: select.join(', '),
      from: [
        'bottleneck b',
        want.organisation ? 'JOIN organisation o ON o.id = b.reporting_organisation_id' : '',
        want.theme ? 'LEFT JOIN theme t ON t.id = b.theme_id' : '',
        want.stats ? STATS_JOIN : '',
      ].join(' '),
      where,
      params,
      order: BOTTLENECK_ORDERS[args.orderBy],
      first: args.first,
      after: args.after,
      withCount: want.withCount,
    });

    const organisations = this.organisations.loader(caller.loaders);
    const themes = this.themes.loader(caller.loaders);
    const stats = this.statsLoader(caller.loaders);
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const bottleneck = this.fromRow(row);
      if (row['organisation_row']) organisations.prime(bottleneck.reportingOrganisationId, rowToEntity(this.dataSource, Organisation, row['organisation_row'] as Record<string, unknown>));
      if (row['theme_row']) themes.prime(bottleneck.themeId as string, rowToEntity(this.dataSource, Theme, row['theme_row'] as Record<string, unknown>));
      if (want.stats) stats.prime(bottleneck.id, statsOf(row));
      // A lean row lacks the long texts: whoever needs the whole bottleneck loads it.
      if (!want.lean) this.loader(caller.loaders).prime(bottleneck.id, bottleneck);
      cursors.set(bottleneck.id, row['cursor_value'] as string);
      return bottleneck;
    });
    return toConnection(items, args.first, totalCount, (b) => [cursors.get(b.id) ?? null, b.id]);
  }

  /** Action count, progress roll-up (mean of open and done actions; cancelled left out) and comment count. */
  statsLoader(loaders: LoaderRegistry): Loader<string, BottleneckStats> {
    return loaders.get<string, BottleneckStats>('bottleneck.stats', async (ids) => {
      const rows: Array<Record<string, unknown>> = await this.dataSource.query(`SELECT b.id, ${STATS_SELECT} FROM bottleneck b ${STATS_JOIN} WHERE b.id = ANY($1)`, [[...ids]]);
      const byId = new Map(rows.map((r) => [r['id'] as string, statsOf(r)]));
      return ids.map((id) => byId.get(id) ?? { actionCount: 0, progressAverage: null, commentCount: 0 });
    });
  }

  async agendaOf(caller: Caller, bottleneck: Bottleneck): Promise<Agenda> {
    const agenda = await this.agendas.loader(caller.loaders).load(bottleneck.agendaId);
    if (!agenda) throw new ItemNotFoundException('Agenda');
    return agenda;
  }

  /** The lifecycle actors the caller is for this bottleneck. */
  async actors(caller: Caller, bottleneck: Bottleneck) {
    const agenda = await this.agendaOf(caller, bottleneck);
    return actorsFor(this.access.requireUser(caller), { reportingOrganisationId: bottleneck.reportingOrganisationId, steeringOrganisationId: agenda.steeringOrganisationId });
  }

  /** The transitions the caller may make now (what the UI offers). */
  async availableTransitions(caller: Caller, bottleneck: Bottleneck): Promise<BottleneckTransition[]> {
    return allowedTransitions(BOTTLENECK_TRANSITIONS, bottleneck.status, await this.actors(caller, bottleneck)) as BottleneckTransition[];
  }

  /** Whether the caller may change the content now: the reporter while draft or submitted, the secretariat until closed. */
  canEdit(caller: Caller, bottleneck: Bottleneck): boolean {
    return mayEditBottleneck(actorsFor(this.access.requireUser(caller), { reportingOrganisationId: bottleneck.reportingOrganisationId }), bottleneck.status);
  }

  async canProposeAction(caller: Caller, bottleneck: Bottleneck): Promise<boolean> {
    const user = this.access.requireUser(caller);
    const agenda = await this.agendaOf(caller, bottleneck);
    const isPartner = user.organisation ? await this.agendas.isPartnerCached(caller.loaders, agenda.id, user.organisation.id) : false;
    return mayProposeAction(personOf(user), bottleneck, { steeringOrganisationId: agenda.steeringOrganisationId, isPartner });
  }

  canAskQuestion(caller: Caller, bottleneck: Bottleneck): boolean {
    return mayAskQuestion(personOf(this.access.requireUser(caller)), bottleneck);
  }
}
