import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { groupByKey, byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Theme } from './theme.entity';

@Injectable()
export class ThemeService {
  constructor(@InjectRepository(Theme) private readonly themes: Repository<Theme>) {}

  /** Themes by id, batched. */
  loader(loaders: LoaderRegistry): Loader<string, Theme | null> {
    return loaders.get<string, Theme | null>('theme.byId', byIds(this.themes));
  }

  findInAgenda(agendaId: string, code: string): Promise<Theme | null> {
    return this.themes.findOneBy({ agendaId, code });
  }

  /** The themes of an agenda, in their agreed order; batched across agendas. */
  ofAgenda(loaders: LoaderRegistry, agendaId: string): Promise<Theme[]> {
    return loaders
      .get<string, Theme[]>('theme.byAgenda', async (agendaIds) => {
        const rows = await this.themes.find({ where: { agendaId: In([...agendaIds]) }, order: { sortOrder: 'ASC', code: 'ASC' } });
        return groupByKey(agendaIds, rows, (row) => row.agendaId);
      })
      .load(agendaId);
  }
}
