import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Agenda } from './agenda.entity';
import { AgendaPartner } from './agenda-partner.entity';

@Injectable()
export class AgendaService {
  constructor(
    @InjectRepository(Agenda) private readonly agendas: Repository<Agenda>,
    @InjectRepository(AgendaPartner) private readonly partnerships: Repository<AgendaPartner>,
  ) {}

  list(): Promise<Agenda[]> {
    return this.agendas.find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  byCode(code: string): Promise<Agenda | null> {
    return this.agendas.findOneBy({ code });
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
}
