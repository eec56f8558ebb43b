import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Language, OrganisationKind } from '@grensportaal/shared-domain';
import { byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Organisation } from './organisation.entity';

const NAME_COLUMN: Record<Language, keyof Organisation> = { nl: 'nameNl', de: 'nameDe', en: 'nameEn' };

@Injectable()
export class OrganisationService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  /** All organisations, optionally of one kind, alphabetical in the reader's language. */
  list(language: Language, kind?: OrganisationKind): Promise<Organisation[]> {
    return this.organisations.find({
      where: kind ? { kind } : {},
      order: { [NAME_COLUMN[language]]: 'ASC', code: 'ASC' },
    });
  }

  findByCode(code: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ code });
  }

  /** Batched lookup by id for child fields. */
  loader(loaders: LoaderRegistry): Loader<string, Organisation | null> {
    return loaders.get<string, Organisation | null>('organisation.byId', byIds(this.organisations));
  }
}
