import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Language, mayFlagConsultation, screeningRoundCode, TranslationKind } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { byIds, groupByKey, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { HistorySubject } from '@api/core/history/history.service';
import { ConnectionShape, toConnection } from '@api/core/pagination/connection';
import { pageQuery } from '@api/core/pagination/keyset';
import { newText, replaceSource, StoredText } from '@api/core/text/stored-text';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { rowToEntity } from '@api/core/versioning/rows';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Consultation } from './consultation.entity';
import { ConsultationFlag } from './consultation-flag.entity';
import { ConsultationBottleneck } from './consultation-link.entity';
import { CONSULTATION_TEXTS, consultationChanges, ConsultationTextField } from './consultation.snapshot';
import { ConsultationsArgs } from './dto/consultations.args';
import { ConsultationFields, CreateConsultationInput, FlagConsultationInput, LinkConsultationInput, UpdateConsultationInput } from './dto/consultation.inputs';
import { ScreeningRoundService } from './screening-round.service';

const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** A linked bottleneck as a reader may see it. */
export interface ReadableLink {
  type: ConsultationBottleneck['type'];
  bottleneck: Bottleneck;
}

/**
 * The consultation records of the screening: kept by the secretariat while
 * their round is open, read by every signed-in user (consultations are
 * public documents), flagged by partners for their border. A linked
 * bottleneck is shown only to those who may read it.
 */
@Injectable()
export class ConsultationService {
  private readonly change = this.writes.of(Consultation, 'CONSULTATION', 'Consultation');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly rounds: ScreeningRoundService,
    private readonly organisations: OrganisationService,
    private readonly bottlenecks: BottleneckService,
  ) {}

  loader(loaders: LoaderRegistry): Loader<string, Consultation | null> {
    return loaders.get<string, Consultation | null>('consultation.byId', byIds(this.writes.dataSource.getRepository(Consultation)));
  }

  async visible(caller: Caller, id: string): Promise<Consultation | null> {
    this.writes.user(caller);
    return this.loader(caller.loaders).load(id);
  }

  /** How readers know a consultation in messages and history: its screening round and its title. */
  async subjectOf(loaders: LoaderRegistry, consultation: Consultation): Promise<HistorySubject> {
    const round = await this.rounds.loader(loaders).load(consultation.roundId);
    return { reference: round ? screeningRoundCode(round.year, round.half) : '', title: consultation.title.text };
  }

  async require(caller: Caller, id: string): Promise<Consultation> {
    const consultation = await this.visible(caller, id);
    if (!consultation) throw new ItemNotFoundException('Consultation');
    return consultation;
  }

  /** A page of consultations, the latest consultation period first, filtered as asked. */
  async list(caller: Caller, args: ConsultationsArgs): Promise<ConnectionShape<Consultation>> {
    const user = this.writes.user(caller);
    const f = args.filter ?? {};
    const given = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
    // Each filter: whether it is asked for, its condition, its parameter.
    const filters: Array<[unknown, string, Record<string, unknown>]> = [
      [f.roundId, 'c.round_id = :roundId', { roundId: f.roundId }],
      [f.ministryCode, 'c.ministry_id = (SELECT id FROM organisation WHERE code = :ministryCode)', { ministryCode: f.ministryCode }],
      [f.kinds, 'c.kind = ANY(:kinds)', { kinds: f.kinds }],
      [f.borderRelevant, 'c.border_relevant = :borderRelevant', { borderRelevant: f.borderRelevant }],
      [f.unscreened || null, 'c.border_relevant IS NULL', {}],
      [f.testCarriedOut, 'c.test_carried_out = :testCarriedOut', { testCarriedOut: f.testCarriedOut }],
      [f.neighbour, 'c.neighbours ? :neighbour', { neighbour: f.neighbour }],
      [f.flaggedByMyOrganisation || null, 'EXISTS (SELECT 1 FROM consultation_flag fl WHERE fl.consultation_id = c.id AND fl.organisation_id = :myOrganisation)', { myOrganisation: user.organisation?.id ?? null }],
    ];
    const asked = filters.filter(([value]) => given(value));
    const where = asked.map(([, condition]) => condition);
    const params = Object.assign({}, ...asked.map(([, , p]) => p)) as Record<string, unknown>;
    const { rows, totalCount } = await pageQuery(this.writes.dataSource, {
      entity: Consultation,
      alias: 'c',
      select: '',
      from: 'consultation c',
      where,
      params,
      order: { column: 'c.period_start', direction: 'DESC', cast: 'date' },
      first: args.first,
      after: args.after,
      withCount: true,
    });
    const loader = this.loader(caller.loaders);
    const cursors = new Map<string, string>();
    const items = rows.map((row) => {
      const consultation = rowToEntity(this.writes.dataSource, Consultation, row);
      loader.prime(consultation.id, consultation);
      cursors.set(consultation.id, row['cursor_value'] as string);
      return consultation;
    });
    return toConnection(items, args.first, totalCount, (c) => [cursors.get(c.id) ?? null, c.id]);
  }

  canKeep(caller: Caller): boolean {
    return this.rounds.canKeep(caller);
  }

  canFlag(caller: Caller): boolean {
    const user = this.writes.user(caller);
    return mayFlagConsultation(user.roles, Boolean(user.organisation));
  }

  async create(caller: Caller, input: CreateConsultationInput, manager?: EntityManager): Promise<Consultation> {
    const user = this.writes.user(caller);
    const errors: FieldError[] = [];
    const values = await this.values(input, null, errors);
    const texts = values.texts;
    CONSULTATION_TEXTS.applyAll(texts, input.translations ?? [], user, this.writes.clock.now(), errors);
    if (errors.length) throw new ValidationException(errors);
    return this.writes.transaction(manager, async (tx) => {
      await this.rounds.lockOpen(tx, input.roundId, 'input.roundId');
      const repo = tx.getRepository(Consultation);
      const consultation = await repo.save(repo.create({ ...values.fields, ...texts, roundId: input.roundId, createdById: user.id, version: 1 } as Partial<Consultation>));
      await this.writes.record(tx, caller, {
        entityType: 'CONSULTATION',
        entityId: consultation.id,
        agendaId: null,
        version: 1,
        kind: 'CREATED',
        changes: consultationChanges({}, consultation),
      });
      return consultation;
    });
  }

  async update(caller: Caller, input: UpdateConsultationInput, manager?: EntityManager): Promise<Consultation> {
    const current = await this.require(caller, input.id);
    const errors: FieldError[] = [];
    const values = await this.values(input, current, errors);
    if (errors.length) throw new ValidationException(errors);
    return this.writes.transaction(manager, async (tx) => {
      await this.rounds.lockOpen(tx, current.roundId, 'input.id');
      const { after } = await this.change(tx, caller, current, input.version, {
        set: { ...values.fields, ...values.texts } as Partial<Consultation>,
        kind: 'UPDATED',
        changes: consultationChanges,
      });
      return after;
    });
  }

  async translate(caller: Caller, id: string, version: number, field: string, translation: { language: Language; text: string; kind: TranslationKind }, manager?: EntityManager): Promise<Consultation> {
    const current = await this.require(caller, id);
    const stored = CONSULTATION_TEXTS.has(field) ? current[field] : null;
    const text = CONSULTATION_TEXTS.translated(stored, field, translation, this.writes.user(caller), this.writes.clock.now());
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.change(tx, caller, current, version, {
        set: { [field]: text } as Partial<Consultation>,
        kind: 'TRANSLATED',
        changes: () => [{ field, from: stored!.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
      });
      return after;
    });
  }

  /** Links a bottleneck (which the secretariat reads) to a consultation; the link is in the consultation's history. */
  async link(caller: Caller, input: LinkConsultationInput, manager?: EntityManager): Promise<Consultation> {
    const consultation = await this.require(caller, input.consultationId);
    const bottleneck = await this.bottlenecks.visible(caller, input.bottleneckId);
    if (!bottleneck) throw new ValidationException([{ field: 'input.bottleneckId', rule: 'notFound', params: { value: input.bottleneckId } }]);
    return this.writes.transaction(manager, async (tx) => {
      const inserted: unknown[] = await tx.query(
        'INSERT INTO consultation_bottleneck (consultation_id, bottleneck_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING bottleneck_id',
        [consultation.id, bottleneck.id, input.type],
      );
      if (!inserted.length) throw new ValidationException([{ field: 'input.bottleneckId', rule: 'alreadyLinked', params: { reference: bottleneck.reference } }]);
      return this.touched(tx, caller, consultation, 'LINKED', [{ field: 'consultationLinks', from: null, to: { type: input.type, bottleneckId: bottleneck.id } }]);
    });
  }

  async unlink(caller: Caller, consultationId: string, bottleneckId: string, manager?: EntityManager): Promise<Consultation> {
    const consultation = await this.require(caller, consultationId);
    return this.writes.transaction(manager, async (tx) => {
      const [removed] = (await tx.query('DELETE FROM consultation_bottleneck WHERE consultation_id = $1 AND bottleneck_id = $2 RETURNING type', [consultation.id, bottleneckId])) as [Array<{ type: string }>, number];
      if (!removed.length) throw new ValidationException([{ field: 'bottleneckId', rule: 'notFound', params: { value: bottleneckId } }]);
      return this.touched(tx, caller, consultation, 'UNLINKED', [{ field: 'consultationLinks', from: { type: removed[0].type, bottleneckId }, to: null }]);
    });
  }

  /** A partner's flag for their organisation (a second flag replaces the note). */
  async flag(caller: Caller, input: FlagConsultationInput, manager?: EntityManager): Promise<Consultation> {
    const user = this.writes.user(caller);
    const consultation = await this.require(caller, input.consultationId);
    const note = (input.note ?? '').trim();
    return this.writes.transaction(manager, async (tx) => {
      const previous: Array<{ note: string }> = await tx.query('SELECT note FROM consultation_flag WHERE consultation_id = $1 AND organisation_id = $2 FOR UPDATE', [consultation.id, user.organisation!.id]);
      await tx.query(
        `INSERT INTO consultation_flag (consultation_id, organisation_id, note, flagged_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (consultation_id, organisation_id) DO UPDATE SET note = EXCLUDED.note, flagged_by_id = EXCLUDED.flagged_by_id`,
        [consultation.id, user.organisation!.id, note, user.id],
      );
      return this.touched(tx, caller, consultation, 'FLAGGED', [{ field: 'flag', from: previous[0]?.note ?? null, to: note }]);
    });
  }

  async unflag(caller: Caller, consultationId: string, manager?: EntityManager): Promise<Consultation> {
    const user = this.writes.user(caller);
    const consultation = await this.require(caller, consultationId);
    return this.writes.transaction(manager, async (tx) => {
      const [removed] = (await tx.query('DELETE FROM consultation_flag WHERE consultation_id = $1 AND organisation_id = $2 RETURNING note', [consultation.id, user.organisation!.id])) as [Array<{ note: string }>, number];
      if (!removed.length) throw new ValidationException([{ field: 'consultationId', rule: 'notFlagged', params: {} }]);
      return this.touched(tx, caller, consultation, 'UNFLAGGED', [{ field: 'flag', from: removed[0].note, to: null }]);
    });
  }

  /** The bottlenecks linked to a consultation that this reader may read (others are not hinted at). */
  async links(caller: Caller, consultation: Consultation): Promise<ReadableLink[]> {
    const links = await caller.loaders
      .get<string, ConsultationBottleneck[]>('consultation.links', async (ids) => {
        const rows = await this.writes.dataSource.getRepository(ConsultationBottleneck).find({ where: { consultationId: In([...ids]) }, order: { createdAt: 'ASC' } });
        return groupByKey(ids, rows, (r) => r.consultationId);
      })
      .load(consultation.id);
    const read = await Promise.all(links.map(async (l) => ({ type: l.type, bottleneck: await this.bottlenecks.visible(caller, l.bottleneckId) })));
    return read.filter((l): l is ReadableLink => l.bottleneck !== null);
  }

  flags(caller: Caller, consultation: Consultation): Promise<ConsultationFlag[]> {
    return caller.loaders
      .get<string, ConsultationFlag[]>('consultation.flags', async (ids) => {
        const rows = await this.writes.dataSource.getRepository(ConsultationFlag).find({ where: { consultationId: In([...ids]) }, order: { createdAt: 'ASC' } });
        return groupByKey(ids, rows, (r) => r.consultationId);
      })
      .load(consultation.id);
  }

  /** A link or flag changes no field of the record, but its version: a screen that read the record before sees it changed. */
  private async touched(tx: EntityManager, caller: Caller, consultation: Consultation, kind: 'LINKED' | 'UNLINKED' | 'FLAGGED' | 'UNFLAGGED', changes: Array<{ field: string; from: unknown; to: unknown }>): Promise<Consultation> {
    const [rows] = (await tx.query('UPDATE consultation SET version = version + 1, updated_at = $2 WHERE id = $1 RETURNING *', [consultation.id, this.writes.clock.now()])) as [Array<Record<string, unknown>>, number];
    const after = rowToEntity(this.writes.dataSource, Consultation, rows[0]);
    await this.writes.record(tx, caller, { entityType: 'CONSULTATION', entityId: after.id, agendaId: null, version: after.version, kind, changes });
    return after;
  }

  /** The record's fields from an input, checked together (the rules that span fields); problems go to `errors`. */
  private async values(input: ConsultationFields, current: Consultation | null, errors: FieldError[]) {
    const ministry = await this.organisations.findByCode(input.ministryCode);
    if (!ministry) errors.push({ field: 'input.ministryCode', rule: 'notFound', params: { value: input.ministryCode } });
    else if (ministry.kind !== 'MINISTRY') errors.push({ field: 'input.ministryCode', rule: 'ministry', params: {} });
    if (!input.kind) errors.push({ field: 'input.kind', rule: 'required', params: {} });
    if (!WEB_ADDRESS.test(input.url.trim())) errors.push({ field: 'input.url', rule: 'webAddress', params: {} });
    if (input.responseUrl?.trim() && !WEB_ADDRESS.test(input.responseUrl.trim())) errors.push({ field: 'input.responseUrl', rule: 'webAddress', params: {} });
    if (input.periodEnd < input.periodStart) errors.push({ field: 'input.periodEnd', rule: 'notBefore', params: { other: input.periodStart } });
    const screened = input.borderRelevant !== undefined && input.borderRelevant !== null;
    if (screened && !input.relevanceReason?.trim()) errors.push({ field: 'input.relevanceReason', rule: 'required', params: {} });
    if (input.testReport && input.testCarriedOut !== true) errors.push({ field: 'input.testReport', rule: 'testCarriedOut', params: {} });
    if (input.response?.trim() && !input.responseSubmitted) errors.push({ field: 'input.response', rule: 'responseSubmitted', params: {} });
    const text = (field: ConsultationTextField, value: string | null | undefined): StoredText | null => {
      const trimmed = value?.trim();
      if (!trimmed) return null;
      // Unchanged, the original stays as it is, with its language and translations.
      if (current?.[field]?.text === trimmed) return current[field];
      return current ? replaceSource(current[field], input.language, trimmed) : newText(input.language, trimmed);
    };
    const unique = <T>(list: T[] | null | undefined) => [...new Set(list ?? [])];
    return {
      texts: {
        title: text('title', input.title)!,
        relevanceReason: text('relevanceReason', input.relevanceReason),
        effects: text('effects', input.effects),
        response: text('response', input.response),
      } as Partial<Record<ConsultationTextField, StoredText | null>>,
      fields: {
        ministryId: ministry?.id,
        url: input.url.trim(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        kind: input.kind!,
        borderRelevant: screened ? input.borderRelevant! : null,
        testCarriedOut: input.testCarriedOut ?? null,
        testReport: input.testReport ?? null,
        testReference: input.testReference?.trim() ?? '',
        effectDirection: input.effectDirection ?? null,
        affectedGroups: unique(input.affectedGroups),
        neighbours: unique(input.neighbours),
        mitigations: unique(input.mitigations),
        responseSubmitted: input.responseSubmitted,
        responseUrl: input.responseUrl?.trim() || null,
      },
    };
  }
}
