import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  allowedTransitions,
  BOTTLENECK_TRANSITIONS,
  BottleneckTransition,
  Language,
  LIMITS,
  REPORTER_EDITABLE_STATUSES,
} from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { actorsFor } from '@api/core/auth/actors';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { CurrentUser } from '@api/core/auth/current-user';
import { Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { diff, HistoryService } from '@api/core/history/history.service';
import { FieldChange } from '@api/core/history/history-entry.entity';
import { ConnectionShape, toConnection } from '@api/core/pagination/connection';
import { KeysetOrder, pageQuery, searchWords } from '@api/core/pagination/keyset';
import { newText, replaceSource, StoredText } from '@api/core/text/stored-text';
import { TextFields } from '@api/core/text/text-fields';
import { Clock } from '@api/core/time/clock';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { NotFoundException } from '@api/core/versioning/conflict.exception';
import { IllegalTransitionException } from '@api/core/versioning/transition.exception';
import { columns, rowToEntity } from '@api/core/versioning/rows';
import { updateVersioned } from '@api/core/versioning/versioned-update';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Theme } from '@api/modules/theme/theme.entity';
import { ThemeService } from '@api/modules/theme/theme.service';
import { Bottleneck } from './bottleneck.entity';
import { BottleneckLink } from './bottleneck-link.entity';
import { BottleneckOrder, BottlenecksArgs } from './dto/bottlenecks.args';
import { CreateBottleneckInput } from './dto/create-bottleneck.input';
import { TransitionBottleneckInput } from './dto/transition-bottleneck.input';
import { UpdateBottleneckInput } from './dto/update-bottleneck.input';

export const BOTTLENECK_TEXTS = new TextFields({ title: LIMITS.title, description: LIMITS.description, whyToSolve: LIMITS.description, impact: LIMITS.description });
export type BottleneckTextField = 'title' | 'description' | 'whyToSolve' | 'impact';
const BOTTLENECK_TEXT_FIELDS = BOTTLENECK_TEXTS.names;

/** Fields recorded in history (texts as their original), in the order people think of them. */
const TRACKED = ['title', 'description', 'whyToSolve', 'impact', 'area', 'type', 'themeId', 'expectedDurationMonths', 'status', 'outcome', 'statusReason', 'duplicateOfId', 'reportingOrganisationId'] as const;

/** Roll-ups of a bottleneck `b`: actions counted and averaged (in one pass) without the cancelled ones; its comments counted. */
const STATS_JOIN = `LEFT JOIN LATERAL (SELECT count(*)::int AS stat_action_count, round(avg(a.progress))::int AS stat_progress
    FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id WHERE ab.bottleneck_id = b.id AND a.status <> 'CANCELLED') s ON true`;
const STATS_SELECT = `s.stat_action_count, s.stat_progress,
  (SELECT count(*)::int FROM comment c WHERE c.entity_type = 'BOTTLENECK' AND c.entity_id = b.id) AS stat_comment_count`;

function statsOf(row: Record<string, unknown>): BottleneckStats {
  return { actionCount: row['stat_action_count'] as number, progressAverage: row['stat_progress'] as number | null, commentCount: row['stat_comment_count'] as number };
}

/**
 * Fields of a listed bottleneck that need none of its long texts: a list asking
 * only for these does not read them (a third of a row, and its JSON parsing).
 */
export const LEAN_LIST_FIELDS = [
  '__typename', 'id', 'reference', 'status', 'outcome', 'statusReason', 'type', 'area', 'expectedDurationMonths',
  'submittedAt', 'closedAt', 'version', 'createdAt', 'updatedAt', 'title', 'agenda', 'theme', 'reportingOrganisation', 'progress', 'commentCount',
] as const;
const LONG_TEXT_COLUMNS = ['description', 'why_to_solve', 'impact'];

/** What a list reads besides the bottlenecks themselves. */
export interface ListSelection {
  withCount: boolean;
  /** Only fields of LEAN_LIST_FIELDS asked: the long texts (description, why, impact) are not read. */
  lean: boolean;
  organisation: boolean;
  theme: boolean;
  stats: boolean;
}

export interface BottleneckStats {
  actionCount: number;
  progressAverage: number | null;
  commentCount: number;
}

const ORDERS: Record<BottleneckOrder, KeysetOrder> = {
  UPDATED_DESC: { column: 'b.updated_at', direction: 'DESC', cast: 'timestamptz' },
  UPDATED_ASC: { column: 'b.updated_at', direction: 'ASC', cast: 'timestamptz' },
  CREATED_DESC: { column: 'b.created_at', direction: 'DESC', cast: 'timestamptz' },
  REFERENCE_ASC: { column: 'b.reference', direction: 'ASC', cast: 'text' },
  REFERENCE_DESC: { column: 'b.reference', direction: 'DESC', cast: 'text' },
};

function snapshot(b: Partial<Bottleneck>): Record<string, unknown> {
  const text = (t: StoredText | null | undefined) => (t ? t.text : null);
  return {
    title: text(b.title),
    description: text(b.description),
    whyToSolve: text(b.whyToSolve),
    impact: text(b.impact),
    area: b.area ?? null,
    type: b.type ?? null,
    themeId: b.themeId ?? null,
    expectedDurationMonths: b.expectedDurationMonths ?? null,
    status: b.status ?? null,
    outcome: b.outcome ?? null,
    statusReason: b.statusReason ?? null,
    duplicateOfId: b.duplicateOfId ?? null,
    reportingOrganisationId: b.reportingOrganisationId ?? null,
  };
}

@Injectable()
export class BottleneckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly history: HistoryService,
    private readonly clock: Clock,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly themes: ThemeService,
  ) {}

  // ------------------------------------------------------------------ reading

  private fromRow(row: Record<string, unknown>): Bottleneck {
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
  async visible(ctx: GraphQLContext, id: string): Promise<Bottleneck | null> {
    const bottleneck = await this.loader(ctx.loaders).load(id);
    return bottleneck && (await this.access.canReadBottleneck(ctx, bottleneck)) ? bottleneck : null;
  }

  async byReference(ctx: GraphQLContext, reference: string): Promise<Bottleneck | null> {
    const found = await this.dataSource.getRepository(Bottleneck).findOneBy({ reference });
    if (!found) return null;
    this.loader(ctx.loaders).prime(found.id, found);
    return (await this.access.canReadBottleneck(ctx, found)) ? found : null;
  }

  /**
   * A page of bottlenecks the caller may see. Organisation, theme and the
   * action and comment roll-ups, where the query asks for them, are fetched in
   * the same statement, so the number of statements does not grow with the
   * page size; what it does not ask for is not read.
   */
  async list(ctx: GraphQLContext, args: BottlenecksArgs, want: ListSelection): Promise<ConnectionShape<Bottleneck>> {
    const filter = args.filter ?? {};
    const order = ORDERS[args.orderBy];
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const scope = this.access.scopeCondition(ctx, 'b', 'bottleneck');
    where.push(scope.sql);
    Object.assign(params, scope.params);

    if (filter.agendaCode) {
      where.push('b.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)');
      params['agendaCode'] = filter.agendaCode;
    }
    if (filter.themeCode) {
      if (!filter.agendaCode) throw new ValidationException([{ field: 'filter.agendaCode', rule: 'required', params: {} }]);
      where.push('b.theme_id = (SELECT t.id FROM theme t JOIN agenda a ON a.id = t.agenda_id WHERE a.code = :agendaCode AND t.code = :themeCode)');
      params['themeCode'] = filter.themeCode;
    }
    if (filter.statuses?.length) {
      where.push('b.status = ANY(:statuses)');
      params['statuses'] = filter.statuses;
    }
    if (filter.reportingOrganisationCode) {
      where.push('b.reporting_organisation_id = (SELECT id FROM organisation WHERE code = :reportingOrganisationCode)');
      params['reportingOrganisationCode'] = filter.reportingOrganisationCode;
    }
    if (filter.assignedMinistryCode) {
      where.push('EXISTS (SELECT 1 FROM assignment q WHERE q.bottleneck_id = b.id AND q.ministry_id = (SELECT id FROM organisation WHERE code = :ministryCode))');
      params['ministryCode'] = filter.assignedMinistryCode;
    }
    if (filter.hasOverdueActions) {
      where.push(
        `EXISTS (SELECT 1 FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id
                 WHERE ab.bottleneck_id = b.id AND a.due_date < :today AND a.status NOT IN ('DONE', 'CANCELLED'))`,
      );
      params['today'] = this.clock.today();
    }
    searchWords(filter.text).forEach((pattern, i) => {
      where.push(`b.search_text LIKE :word${i}`);
      params[`word${i}`] = pattern;
    });

    const select = [
      want.organisation ? 'row_to_json(o) AS organisation_row' : '',
      want.theme ? 'row_to_json(t) AS theme_row' : '',
      want.stats ? STATS_SELECT : '',
    ].filter(Boolean);
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
      order,
      first: args.first,
      after: args.after,
      withCount: want.withCount,
    });

    const organisations = this.organisations.loader(ctx.loaders);
    const themes = this.themes.loader(ctx.loaders);
    const stats = this.statsLoader(ctx.loaders);
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const bottleneck = this.fromRow(row);
      if (row['organisation_row']) organisations.prime(bottleneck.reportingOrganisationId, rowToEntity(this.dataSource, Organisation, row['organisation_row'] as Record<string, unknown>));
      if (row['theme_row']) themes.prime(bottleneck.themeId as string, rowToEntity(this.dataSource, Theme, row['theme_row'] as Record<string, unknown>));
      if (want.stats) stats.prime(bottleneck.id, statsOf(row));
      // A lean row lacks the long texts: whoever needs the whole bottleneck loads it.
      if (!want.lean) this.loader(ctx.loaders).prime(bottleneck.id, bottleneck);
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

  /** Links from and to a bottleneck whose other end the caller may also see. */
  async links(ctx: GraphQLContext, bottleneckId: string): Promise<Array<{ link: BottleneckLink; other: Bottleneck; outgoing: boolean }>> {
    const all = await ctx.loaders
      .get<string, BottleneckLink[]>('bottleneck.links', async (ids) => {
        const rows = await this.dataSource
          .getRepository(BottleneckLink)
          .createQueryBuilder('l')
          .where('l.from_id = ANY(:ids) OR l.to_id = ANY(:ids)', { ids: [...ids] })
          .orderBy('l.created_at', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.fromId === id || r.toId === id));
      })
      .load(bottleneckId);
    const result: Array<{ link: BottleneckLink; other: Bottleneck; outgoing: boolean }> = [];
    for (const link of all) {
      const outgoing = link.fromId === bottleneckId;
      const other = await this.visible(ctx, outgoing ? link.toId : link.fromId);
      if (other) result.push({ link, other, outgoing });
    }
    return result;
  }

  async agendaOf(ctx: GraphQLContext, bottleneck: Bottleneck): Promise<Agenda> {
    const agenda = await this.agendas.loader(ctx.loaders).load(bottleneck.agendaId);
    if (!agenda) throw new NotFoundException('Agenda', bottleneck.agendaId);
    return agenda;
  }

  /** The transitions the caller may make now (what the UI offers). */
  async availableTransitions(ctx: GraphQLContext, bottleneck: Bottleneck): Promise<BottleneckTransition[]> {
    const user = this.access.requireUser(ctx);
    const agenda = await this.agendaOf(ctx, bottleneck);
    const actors = actorsFor(user, { reportingOrganisationId: bottleneck.reportingOrganisationId, steeringOrganisationId: agenda.steeringOrganisationId });
    return allowedTransitions(BOTTLENECK_TRANSITIONS, bottleneck.status, actors) as BottleneckTransition[];
  }

  /** Whether the caller may change the content now: the reporter while draft or submitted, the secretariat until closed. */
  canEdit(user: CurrentUser, bottleneck: Bottleneck): boolean {
    const actors = actorsFor(user, { reportingOrganisationId: bottleneck.reportingOrganisationId });
    if (actors.includes('secretariat')) return bottleneck.status !== 'CLOSED';
    return actors.includes('reporter') && REPORTER_EDITABLE_STATUSES.includes(bottleneck.status);
  }

  // ------------------------------------------------------------------ writing

  async create(ctx: GraphQLContext, input: CreateBottleneckInput): Promise<Bottleneck> {
    const user = this.access.requireUser(ctx);
    const errors: FieldError[] = [];
    const agenda = await this.agendas.findByCode(input.agendaCode);
    if (!agenda || !(await this.access.canReadAgenda(ctx, agenda.id))) {
      throw new ValidationException([{ field: 'input.agendaCode', rule: 'notFound', params: { value: input.agendaCode } }]);
    }
    const isSecretariat = user.roles.includes('secretariat');
    let reportingOrganisationId = user.organisation!.id;
    if (input.reportingOrganisationCode && input.reportingOrganisationCode !== user.organisation!.code) {
      const org = isSecretariat ? await this.organisations.findByCode(input.reportingOrganisationCode) : null;
      if (!isSecretariat) errors.push({ field: 'input.reportingOrganisationCode', rule: 'notAllowed', params: {} });
      else if (!org) errors.push({ field: 'input.reportingOrganisationCode', rule: 'notFound', params: { value: input.reportingOrganisationCode } });
      else if (!(await this.agendas.isPartner(agenda.id, org.id))) errors.push({ field: 'input.reportingOrganisationCode', rule: 'agendaPartner', params: {} });
      else reportingOrganisationId = org.id;
    } else if (!isSecretariat && !(await this.agendas.isPartner(agenda.id, reportingOrganisationId))) {
      throw new AuthException(AuthErrorCode.FORBIDDEN);
    }
    let theme: Theme | null = null;
    if (input.themeCode) {
      theme = await this.themes.findInAgenda(agenda.id, input.themeCode);
      if (!theme) errors.push({ field: 'input.themeCode', rule: 'notFound', params: { value: input.themeCode } });
    }
    const texts: Partial<Record<BottleneckTextField, StoredText | null>> = {
      title: newText(input.language, input.title),
      description: input.description ? newText(input.language, input.description) : null,
      whyToSolve: input.whyToSolve ? newText(input.language, input.whyToSolve) : null,
      impact: input.impact ? newText(input.language, input.impact) : null,
    };
    BOTTLENECK_TEXTS.applyAll(texts, input.translations ?? [], user, this.clock.now(), errors);
    const draft: Partial<Bottleneck> = {
      title: texts.title!,
      description: texts.description ?? null,
      whyToSolve: texts.whyToSolve ?? null,
      impact: texts.impact ?? null,
      area: input.area ?? '',
      themeId: theme?.id ?? null,
      type: input.type,
    };
    if (input.submit) errors.push(...this.missingForSubmission(draft, 'input'));
    if (errors.length) throw new ValidationException(errors);

    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const year = Number(this.clock.today().slice(0, 4));
      const number = await this.nextReferenceNumber(manager, agenda.id, year);
      const bottleneck = manager.getRepository(Bottleneck).create({
        ...draft,
        reference: `${agenda.referencePrefix}-${year}-${String(number).padStart(3, '0')}`,
        referenceYear: year,
        referenceNumber: number,
        agendaId: agenda.id,
        reportingOrganisationId,
        createdById: user.id,
        status: input.submit ? 'SUBMITTED' : 'DRAFT',
        outcome: null,
        statusReason: null,
        duplicateOfId: null,
        expectedDurationMonths: input.expectedDurationMonths ?? null,
        submittedAt: input.submit ? now : null,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      const saved = await manager.getRepository(Bottleneck).save(bottleneck);
      await this.history.record(manager, user, {
        entityType: 'BOTTLENECK',
        entityId: saved.id,
        agendaId: saved.agendaId,
        version: saved.version,
        kind: 'CREATED',
        transition: input.submit ? 'submit' : null,
        changes: diff({}, snapshot(saved), TRACKED),
      });
      return saved;
    });
  }

  async update(ctx: GraphQLContext, input: UpdateBottleneckInput): Promise<Bottleneck> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    if (!this.canEdit(user, current)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const errors: FieldError[] = [];
    const next: Partial<Bottleneck> = {};
    const textChange = (field: BottleneckTextField, value: string | null | undefined) => {
      if (value === undefined || value === null) return;
      const previous = current[field] as StoredText | null;
      const language: Language = input.language ?? previous?.lang ?? 'nl';
      if (previous && previous.text === value && previous.lang === language) return;
      (next as Record<string, unknown>)[field] = replaceSource(previous, language, value);
    };
    BOTTLENECK_TEXT_FIELDS.forEach((f) => textChange(f, input[f]));
    if (input.area != null && input.area !== current.area) next.area = input.area;
    if (input.type != null && input.type !== current.type) next.type = input.type;
    if (input.expectedDurationMonths !== undefined && input.expectedDurationMonths !== current.expectedDurationMonths) {
      next.expectedDurationMonths = input.expectedDurationMonths;
    }
    if (input.themeCode != null) {
      const theme = await this.themes.findInAgenda(current.agendaId, input.themeCode);
      if (!theme) errors.push({ field: 'input.themeCode', rule: 'notFound', params: { value: input.themeCode } });
      else if (theme.id !== current.themeId) next.themeId = theme.id;
    }
    if (current.status !== 'DRAFT') errors.push(...this.missingForSubmission({ ...current, ...next }, 'input'));
    if (errors.length) throw new ValidationException(errors);
    if (Object.keys(next).length === 0 && current.version === input.version) return current;

    return this.dataSource.transaction(async (manager) => {
      const row = await updateVersioned(manager, this.history, {
        table: 'bottleneck',
        entityType: 'BOTTLENECK',
        entityName: 'Bottleneck',
        id: current.id,
        version: input.version,
        set: columns(next),
      });
      const updated = this.fromRow(row);
      await this.history.record(manager, user, {
        entityType: 'BOTTLENECK',
        entityId: updated.id,
        agendaId: updated.agendaId,
        version: updated.version,
        kind: 'UPDATED',
        changes: withLanguages(diff(snapshot(current), snapshot(updated), TRACKED), updated),
      });
      return updated;
    });
  }

  async transition(ctx: GraphQLContext, input: TransitionBottleneckInput): Promise<Bottleneck> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, input.id);
    const agenda = await this.agendaOf(ctx, current);
    const actors = actorsFor(user, { reportingOrganisationId: current.reportingOrganisationId, steeringOrganisationId: agenda.steeringOrganisationId });
    const fromHere = BOTTLENECK_TRANSITIONS.filter((t) => t.name === input.transition && t.from.includes(current.status));
    if (fromHere.length === 0) {
      const allowed = [...new Set(allowedTransitions(BOTTLENECK_TRANSITIONS, current.status, actors).map((t) => t.name))];
      throw new IllegalTransitionException('bottleneckStatus', input.transition, current.status, allowed);
    }
    const transition = fromHere.find((t) => t.actors.some((a) => actors.includes(a)));
    if (!transition) throw new AuthException(AuthErrorCode.FORBIDDEN);

    const errors: FieldError[] = [];
    if (transition.needsReason && !input.reason) errors.push({ field: 'input.reason', rule: 'required', params: {} });
    if (transition.outcomes) {
      if (!input.outcome) errors.push({ field: 'input.outcome', rule: 'required', params: {} });
      else if (!transition.outcomes.includes(input.outcome)) errors.push({ field: 'input.outcome', rule: 'notAllowed', params: {} });
    } else if (input.outcome) {
      errors.push({ field: 'input.outcome', rule: 'notAllowed', params: {} });
    }
    let duplicateOfId: string | null = null;
    if (input.outcome === 'DUPLICATE') {
      if (!input.duplicateOfId) errors.push({ field: 'input.duplicateOfId', rule: 'required', params: {} });
      else if (input.duplicateOfId === current.id) errors.push({ field: 'input.duplicateOfId', rule: 'notSelf', params: {} });
      else if (!(await this.visible(ctx, input.duplicateOfId))) errors.push({ field: 'input.duplicateOfId', rule: 'notFound', params: { value: input.duplicateOfId } });
      else duplicateOfId = input.duplicateOfId;
    } else if (input.duplicateOfId) {
      errors.push({ field: 'input.duplicateOfId', rule: 'notAllowed', params: {} });
    }
    if (transition.name === 'submit') errors.push(...this.missingForSubmission(current, 'bottleneck'));
    if (errors.length) throw new ValidationException(errors);

    const now = this.clock.now();
    const closing = transition.to === 'CLOSED';
    const set: Partial<Bottleneck> = {
      status: transition.to,
      outcome: closing ? (input.outcome ?? null) : null,
      statusReason: input.reason ?? null,
      duplicateOfId: closing ? duplicateOfId : current.duplicateOfId,
      closedAt: closing ? now : null,
      ...(transition.name === 'submit' ? { submittedAt: now } : {}),
    };
    return this.dataSource.transaction(async (manager) => {
      const row = await updateVersioned(manager, this.history, {
        table: 'bottleneck',
        entityType: 'BOTTLENECK',
        entityName: 'Bottleneck',
        id: current.id,
        version: input.version,
        set: columns(set),
      });
      if (duplicateOfId) {
        await manager.query(
          `INSERT INTO bottleneck_link (from_id, to_id, type, created_by_id, created_at) VALUES ($1, $2, 'DUPLICATE_OF', $3, $4) ON CONFLICT DO NOTHING`,
          [current.id, duplicateOfId, user.id, now],
        );
      }
      const updated = this.fromRow(row);
      await this.history.record(manager, user, {
        entityType: 'BOTTLENECK',
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

  /** The secretariat links two bottlenecks (recorded on the first). */
  async link(ctx: GraphQLContext, fromId: string, toId: string, type: BottleneckLink['type']): Promise<Bottleneck> {
    const user = this.access.requireUser(ctx);
    const from = await this.requireVisible(ctx, fromId);
    if (fromId === toId) throw new ValidationException([{ field: 'targetId', rule: 'notSelf', params: {} }]);
    const to = await this.visible(ctx, toId);
    if (!to) throw new ValidationException([{ field: 'targetId', rule: 'notFound', params: { value: toId } }]);
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO bottleneck_link (from_id, to_id, type, created_by_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [from.id, to.id, type, user.id, this.clock.now()],
      );
      if (inserted.length) {
        await this.history.record(manager, user, {
          entityType: 'BOTTLENECK',
          entityId: from.id,
          agendaId: from.agendaId,
          version: from.version,
          kind: 'LINKED',
          changes: [{ field: 'links', from: null, to: { type, reference: to.reference } }],
        });
      }
      return from;
    });
  }

  async unlink(ctx: GraphQLContext, linkId: string): Promise<Bottleneck> {
    const user = this.access.requireUser(ctx);
    const link = await this.dataSource.getRepository(BottleneckLink).findOneBy({ id: linkId });
    const from = link ? await this.visible(ctx, link.fromId) : null;
    if (!link || !from) throw new NotFoundException('Bottleneck', linkId);
    const to = await this.loader(ctx.loaders).load(link.toId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM bottleneck_link WHERE id = $1', [link.id]);
      await this.history.record(manager, user, {
        entityType: 'BOTTLENECK',
        entityId: from.id,
        agendaId: from.agendaId,
        version: from.version,
        kind: 'UNLINKED',
        changes: [{ field: 'links', from: { type: link.type, reference: to?.reference ?? null }, to: null }],
      });
      return from;
    });
  }

  /** Adds or corrects a translation of one text (within the given transaction). */
  async translate(
    manager: EntityManager,
    ctx: GraphQLContext,
    id: string,
    version: number,
    field: string,
    translation: { language: Language; text: string; kind: 'HUMAN' | 'MACHINE' },
  ): Promise<Bottleneck> {
    const user = this.access.requireUser(ctx);
    const current = await this.requireVisible(ctx, id);
    const stored = BOTTLENECK_TEXTS.has(field) ? (current[field] as StoredText | null) : null;
    const problem = BOTTLENECK_TEXTS.check(stored, field, translation, 'input');
    if (problem) throw new ValidationException([problem]);
    const updatedText = BOTTLENECK_TEXTS.translate(stored!, translation.language, translation.text, translation.kind, user, this.clock.now());
    const row = await updateVersioned(manager, this.history, {
      table: 'bottleneck',
      entityType: 'BOTTLENECK',
      entityName: 'Bottleneck',
      id,
      version,
      set: columns({ [field]: updatedText } as Partial<Bottleneck>),
    });
    const updated = this.fromRow(row);
    await this.history.record(manager, user, {
      entityType: 'BOTTLENECK',
      entityId: id,
      agendaId: updated.agendaId,
      version: updated.version,
      kind: 'TRANSLATED',
      changes: [{ field, from: stored!.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
    });
    return updated;
  }

  async requireVisible(ctx: GraphQLContext, id: string): Promise<Bottleneck> {
    const bottleneck = await this.visible(ctx, id);
    if (!bottleneck) throw new NotFoundException('Bottleneck', id);
    return bottleneck;
  }

  private missingForSubmission(b: Partial<Bottleneck>, prefix: string): FieldError[] {
    const missing: FieldError[] = [];
    const need = (ok: boolean, field: string) => {
      if (!ok) missing.push({ field: `${prefix}.${field}`, rule: 'required', params: {} });
    };
    need(Boolean(b.description?.text), 'description');
    need(Boolean(b.whyToSolve?.text), 'whyToSolve');
    need(Boolean(b.area?.trim()), 'area');
    need(Boolean(b.themeId), 'themeCode');
    return missing;
  }

  private async nextReferenceNumber(manager: EntityManager, agendaId: string, year: number): Promise<number> {
    const rows: Array<{ last_number: number }> = await manager.query(
      `INSERT INTO reference_counter (agenda_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (agenda_id, year) DO UPDATE SET last_number = reference_counter.last_number + 1
       RETURNING last_number`,
      [agendaId, year],
    );
    return rows[0].last_number;
  }
}

/** Text changes carry the language they were written in. */
function withLanguages(changes: FieldChange[], updated: Bottleneck): FieldChange[] {
  return changes.map((c) => {
    const stored = BOTTLENECK_TEXTS.has(c.field) ? (updated[c.field as BottleneckTextField] as StoredText | null) : null;
    return stored ? { ...c, language: stored.lang } : c;
  });
}

