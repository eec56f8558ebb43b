import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessService } from '@api/core/auth/access.service';
import { CurrentUser } from '@api/core/auth/current-user';
import { groupByKey, byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { HistoryService } from '@api/core/history/history.service';
import { Caller } from '@api/core/context/caller';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { AgendaErrorCode, AgendaException } from './agenda.exception';
import { Agenda } from './agenda.entity';
import { AgendaPartner } from './agenda-partner.entity';

@Injectable()
export class AgendaService {
  constructor(
    @InjectRepository(Agenda) private readonly agendas: Repository<Agenda>,
    @InjectRepository(AgendaPartner) private readonly partnerships: Repository<AgendaPartner>,
    private readonly access: AccessService,
    private readonly history: HistoryService,
  ) {}

  /** The agendas the caller may see, in their agreed order. */
  async list(caller: Caller): Promise<Agenda[]> {
    const scope = await this.access.agendaScope(caller);
    if (!scope.all && scope.agendaIds.size === 0) return [];
    return this.agendas.find({
      where: scope.all ? {} : { id: In([...scope.agendaIds]) },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  /** One agenda by code; null when it does not exist or the caller may not see it (no difference is revealed). */
  async byCode(caller: Caller, code: string): Promise<Agenda | null> {
    const agenda = await this.agendas.findOneBy({ code });
    return agenda && (await this.access.canReadAgenda(caller, agenda.id)) ? agenda : null;
  }

  /** Agendas by id, batched, without access checks (for internal use: steering organisation, prefixes). */
  loader(loaders: LoaderRegistry): Loader<string, Agenda | null> {
    return loaders.get<string, Agenda | null>('agenda.byId', byIds(this.agendas));
  }

  findByCode(code: string): Promise<Agenda | null> {
    return this.agendas.findOneBy({ code });
  }

  /** Whether an organisation takes part in an agenda. */
  async isPartner(agendaId: string, organisationId: string): Promise<boolean> {
    return (await this.partnerships.countBy({ agendaId, organisationId })) > 0;
  }

  /** The same, through the request's loaders (one query for every agenda asked about). */
  async isPartnerCached(loaders: LoaderRegistry, agendaId: string, organisationId: string): Promise<boolean> {
    return (await this.partners(loaders, agendaId)).some((o) => o.id === organisationId);
  }

  /** The partner organisations of an agenda; one query for all agendas of a request. */
  partners(loaders: LoaderRegistry, agendaId: string): Promise<Organisation[]> {
    return loaders
      .get<string, Organisation[]>('agenda.partners', async (agendaIds) => {
        const rows = await this.partnerships.find({
          where: { agendaId: In([...agendaIds]) },
          relations: { organisation: true },
          order: { organisation: { kind: 'ASC', code: 'ASC' } },
        });
        return groupByKey(agendaIds, rows, (row) => row.agendaId).map((group) => group.map((row) => row.organisation as Organisation));
      })
      .load(agendaId);
  }

  /** The secretariat adds an organisation to an agenda's partners (who may then read the agenda). */
  async addPartner(user: CurrentUser, agendaCode: string, organisationCode: string): Promise<Agenda> {
    return this.agendas.manager.transaction(async (manager) => {
      const { agenda, organisation } = await this.agendaAndOrganisation(manager.getRepository(Agenda), manager.getRepository(Organisation), agendaCode, organisationCode);
      const inserted: unknown[] = await manager.query(
        'INSERT INTO agenda_partner (agenda_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING agenda_id',
        [agenda.id, organisation.id],
      );
      if (inserted.length === 0) throw new AgendaException(AgendaErrorCode.ALREADY_PARTNER, { agenda: agenda.code, organisation: organisation.code });
      await this.history.record(manager, user, {
        entityType: 'AGENDA',
        entityId: agenda.id,
        agendaId: agenda.id,
        version: 1,
        kind: 'PARTNER_ADDED',
        changes: [{ field: 'partners', from: null, to: organisation.code }],
      });
      return agenda;
    });
  }

  /** The secretariat removes an organisation from an agenda's partners. */
  async removePartner(user: CurrentUser, agendaCode: string, organisationCode: string): Promise<Agenda> {
    return this.agendas.manager.transaction(async (manager) => {
      const { agenda, organisation } = await this.agendaAndOrganisation(manager.getRepository(Agenda), manager.getRepository(Organisation), agendaCode, organisationCode);
      const deleted: [unknown[], number] = await manager.query('DELETE FROM agenda_partner WHERE agenda_id = $1 AND organisation_id = $2', [agenda.id, organisation.id]);
      if (deleted[1] === 0) throw new AgendaException(AgendaErrorCode.NOT_A_PARTNER, { agenda: agenda.code, organisation: organisation.code });
      await this.history.record(manager, user, {
        entityType: 'AGENDA',
        entityId: agenda.id,
        agendaId: agenda.id,
        version: 1,
        kind: 'PARTNER_REMOVED',
        changes: [{ field: 'partners', from: organisation.code, to: null }],
      });
      return agenda;
    });
  }

  private async agendaAndOrganisation(agendas: Repository<Agenda>, organisations: Repository<Organisation>, agendaCode: string, organisationCode: string) {
    const agenda = await agendas.findOneBy({ code: agendaCode });
    if (!agenda) throw new AgendaException(AgendaErrorCode.AGENDA_NOT_FOUND, { agenda: agendaCode });
    const organisation = await organisations.findOneBy({ code: organisationCode });
    if (!organisation) throw new AgendaException(AgendaErrorCode.ORGANISATION_NOT_FOUND, { organisation: organisationCode });
    return { agenda, organisation };
  }
}
