import { Field, ObjectType } from '@nestjs/graphql';
import { Language, LocalizedNames as Names } from '@grensportaal/shared-domain';

/** A name that reference data carries in all three working languages. */
@ObjectType('LocalizedNames', { description: 'A name in each working language.' })
export class LocalizedNames implements Names {
  @Field()
  nl!: string;

  @Field()
  de!: string;

  @Field()
  en!: string;
}

/** Reference rows store their names as name_nl / name_de / name_en columns. */
export interface HasNames {
  nameNl: string;
  nameDe: string;
  nameEn: string;
}

export function namesOf(row: HasNames): LocalizedNames {
  return { nl: row.nameNl, de: row.nameDe, en: row.nameEn };
}

export function nameIn(row: HasNames, language: Language): string {
  return namesOf(row)[language];
}
