import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '@api/core/context/caller';
import { byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { ValidationException } from '@api/core/validation/validation';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { AgendaErrorCode, AgendaException } from '@api/modules/agenda/agenda.exception';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Conference, ConferenceItem } from './conference.entity';
import { AddConferenceItemInput, DecideConferenceItemInput, PlanConferenceInput, UpdateConferenceInput } from './dto/conference.input';

/** A conference as its history shows it. */
function summary(c: Conference) {
  return { date: c.date, place: c.place, chair: c.chair, status: c.status };
}

/** What an item put to a conference is, for history and for the pack. */
interface ItemSubject {
  agendaId: string;
  reference: string;
  bottleneckId: string | null;
  actionId: string | null;
}

/**
 * The agenda's cycle of conferences: the secretariat plans them, puts items
 * to them and records what they decided; every change is in the agenda's
 * history. Partners of the agenda read them.
 */
@Injectable()
export class ConferenceService {
  private readonly changeConference = this.writes.of(Conference, 'AGENDA', 'Conference');
  private readonly changeItem = this.writes.of(ConferenceItem, 'AGENDA', 'Conference');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly agendas: AgendaService,
  ) {}

  /** The conferences of one agenda (or of every agenda) the caller reads, latest first; none of an agenda they may not read. */
  async list(caller: Caller, agendaCode: string | null): Promise<Conference[]> {
    const query = this.writes.dataSource.getRepository(Conference).createQueryBuilder('c').orderBy('c.date', 'DESC').addOrderBy('c.created_at', 'DESC');
    const scope = this.writes.access.scopeCondition(caller, 'c', 'agenda');
    query.where(scope.sql, scope.params);
    if (agendaCode) query.andWhere('c.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)', { agendaCode });
    return query.getMany();
  }

  /** Conferences by id, batched per unit of work, without access checks (callers check). */
  loader(loaders: LoaderRegistry): Loader<string, Conference | null> {
    return loaders.get<string, Conference | null>('conference.byId', byIds(this.writes.dataSource.getRepository(Conference)));
  }

  async visible(caller: Caller, id: string): Promise<Conference | null> {
    const conference = await this.loader(caller.loaders).load(id);
    if (!conference || !(await this.writes.access.canReadAgenda(caller, conference.agendaId))) return null;
    return conference;
  }

  /** The items of a conference in the order they were put to it. */
  items(conferenceId: string): Promise<ConferenceItem[]> {
    return this.writes.dataSource.getRepository(ConferenceItem).find({ where: { conferenceId }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async plan(caller: Caller, input: PlanConferenceInput, manager?: EntityManager): Promise<Conference> {
    const agenda = await this.agendas.findByCode(input.agendaCode);
    if (!agenda) throw new AgendaException(AgendaErrorCode.AGENDA_NOT_FOUND, { agenda: input.agendaCode });
    return this.writes.transaction(manager, async (tx) => {
      const repo = tx.getRepository(Conference);
      const conference = await repo.save(repo.create({ agendaId: agenda.id, date: input.date, place: input.place.trim(), chair: input.chair.trim(), status: 'PLANNED', version: 1 }));
      await this.writes.record(tx, caller, {
        entityType: 'AGENDA',
        entityId: agenda.id,
        agendaId: agenda.id,
        version: 1,
        kind: 'CONFERENCE_PLANNED',
        changes: [{ field: 'conference', from: null, to: summary(conference) }],
      });
      return conference;
    });
  }

  async update(caller: Caller, input: UpdateConferenceInput, manager?: EntityManager): Promise<Conference> {
    const current = await this.writes.dataSource.getRepository(Conference).findOneBy({ id: input.id });
    if (!current) throw new ValidationException([{ field: 'input.id', rule: 'notFound', params: { value: input.id } }]);
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeConference(tx, caller, current, input.version, {
        set: { date: input.date, place: input.place.trim(), chair: input.chair.trim(), status: input.status },
        kind: 'CONFERENCE_UPDATED',
        changes: (before, next) => [{ field: 'conference', from: summary(before), to: summary(next) }],
        historyOf: { entityId: current.agendaId, agendaId: current.agendaId, version: 1 },
        conflictFields: ['date', 'place', 'chair', 'status'],
      });
      return after;
    });
  }

  async addItem(caller: Caller, input: AddConferenceItemInput, manager?: EntityManager): Promise<ConferenceItem> {
    if (Boolean(input.bottleneckId) === Boolean(input.actionId)) throw new ValidationException([{ field: 'input.bottleneckId', rule: 'exactlyOne', params: { other: 'actionId' } }]);
    const conference = await this.writes.dataSource.getRepository(Conference).findOneBy({ id: input.conferenceId });
    if (!conference) throw new ValidationException([{ field: 'input.conferenceId', rule: 'notFound', params: { value: input.conferenceId } }]);
    const subject = await this.subject(input.bottleneckId ?? null, input.actionId ?? null);
    const field = input.bottleneckId ? 'input.bottleneckId' : 'input.actionId';
    if (!subject) throw new ValidationException([{ field, rule: 'notFound', params: { value: input.bottleneckId ?? input.actionId } }]);
    if (subject.agendaId !== conference.agendaId) throw new ValidationException([{ field, rule: 'sameAgenda', params: {} }]);
    // Once held, what was put to a conference is the record of its minutes: decisions can be corrected, the items not.
    if (conference.status !== 'PLANNED') throw new ValidationException([{ field: 'input.conferenceId', rule: 'conferencePlanned', params: {} }]);
    return this.writes.transaction(manager, async (tx) => {
      // One item added at a time per conference, so positions and the uniqueness check cannot race.
      await tx.query('SELECT id FROM conference WHERE id = $1 FOR UPDATE', [conference.id]);
      const repo = tx.getRepository(ConferenceItem);
      const existing = await repo.find({ where: { conferenceId: conference.id }, select: { bottleneckId: true, actionId: true, position: true } });
      if (existing.some((i) => (subject.bottleneckId && i.bottleneckId === subject.bottleneckId) || (subject.actionId && i.actionId === subject.actionId))) {
        throw new ValidationException([{ field, rule: 'unique', params: {} }]);
      }
      const item = await repo.save(
        repo.create({
          conferenceId: conference.id,
          bottleneckId: subject.bottleneckId,
          actionId: subject.actionId,
          purpose: input.purpose,
          decision: null,
          note: null,
          noteLanguage: null,
          position: Math.max(0, ...existing.map((i) => i.position)) + 1,
          version: 1,
        }),
      );
      await this.writes.record(tx, caller, {
        entityType: 'AGENDA',
        entityId: conference.agendaId,
        agendaId: conference.agendaId,
        version: 1,
        kind: 'CONFERENCE_ITEM_ADDED',
        changes: [{ field: 'conferenceItem', from: null, to: { conference: conference.date, reference: subject.reference, purpose: input.purpose } }],
      });
      return item;
    });
  }

  async removeItem(caller: Caller, id: string, manager?: EntityManager): Promise<Conference> {
    const item = await this.writes.dataSource.getRepository(ConferenceItem).findOneBy({ id });
    if (!item) throw new ValidationException([{ field: 'id', rule: 'notFound', params: { value: id } }]);
    const conference = (await this.writes.dataSource.getRepository(Conference).findOneBy({ id: item.conferenceId }))!;
    if (conference.status !== 'PLANNED') throw new ValidationException([{ field: 'id', rule: 'conferencePlanned', params: {} }]);
    const subject = await this.subject(item.bottleneckId, item.actionId);
    return this.writes.transaction(manager, async (tx) => {
      await tx.query('SELECT id FROM conference WHERE id = $1 FOR UPDATE', [conference.id]);
      const [, removed] = (await tx.query('DELETE FROM conference_item WHERE id = $1', [id])) as [unknown, number];
      if (!removed) throw new ValidationException([{ field: 'id', rule: 'notFound', params: { value: id } }]);
      await this.writes.record(tx, caller, {
        entityType: 'AGENDA',
        entityId: conference.agendaId,
        agendaId: conference.agendaId,
        version: 1,
        kind: 'CONFERENCE_ITEM_REMOVED',
        changes: [{ field: 'conferenceItem', from: { conference: conference.date, reference: subject?.reference ?? null, purpose: item.purpose, decision: item.decision }, to: null }],
      });
      return conference;
    });
  }

  /** Records what a held conference decided on an item (optimistic locking on the item's version). */
  async decide(caller: Caller, input: DecideConferenceItemInput, manager?: EntityManager): Promise<ConferenceItem> {
    const current = await this.writes.dataSource.getRepository(ConferenceItem).findOneBy({ id: input.id });
    if (!current) throw new ValidationException([{ field: 'input.id', rule: 'notFound', params: { value: input.id } }]);
    const conference = (await this.writes.dataSource.getRepository(Conference).findOneBy({ id: current.conferenceId }))!;
    if (conference.status !== 'HELD') throw new ValidationException([{ field: 'input.decision', rule: 'conferenceHeld', params: {} }]);
    const subject = await this.subject(current.bottleneckId, current.actionId);
    const note = input.note?.trim() || null;
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeItem(tx, caller, current, input.version, {
        set: { decision: input.decision, note, noteLanguage: note ? input.language : null },
        kind: 'CONFERENCE_DECIDED',
        changes: (before) => [
          {
            field: 'conferenceDecision',
            from: before.decision ? { conference: conference.date, reference: subject?.reference, decision: before.decision, note: before.note } : null,
            to: { conference: conference.date, reference: subject?.reference, decision: input.decision, note },
          },
        ],
        historyOf: { entityId: conference.agendaId, agendaId: conference.agendaId, version: 1 },
        conflictFields: ['decision', 'note'],
      });
      return after;
    });
  }

  /** The bottleneck (never a draft) or action an item is about, with its agenda and reference. */
  private async subject(bottleneckId: string | null, actionId: string | null): Promise<ItemSubject | null> {
    const rows: Array<{ agenda_id: string; reference: string }> = bottleneckId
      ? await this.writes.dataSource.query(`SELECT agenda_id, reference FROM bottleneck WHERE id = $1 AND status <> 'DRAFT'`, [bottleneckId])
      : await this.writes.dataSource.query(
          `SELECT a.agenda_id, COALESCE((SELECT min(b.reference) FROM action_bottleneck ab JOIN bottleneck b ON b.id = ab.bottleneck_id WHERE ab.action_id = a.id), '') AS reference
             FROM action a WHERE a.id = $1`,
          [actionId],
        );
    if (!rows[0]) return null;
    return { agendaId: rows[0].agenda_id, reference: rows[0].reference, bottleneckId, actionId };
  }
}
