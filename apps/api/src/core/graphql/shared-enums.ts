import { registerEnumType } from '@nestjs/graphql';
import { COUNTRIES, LANGUAGES, ORGANISATION_KINDS, ROLES } from '@grensportaal/shared-domain';

/** GraphQL enums built from the shared domain lists, so API and web agree on one source. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });

export const CountryEnum = enumOf(COUNTRIES);
registerEnumType(CountryEnum, { name: 'Country', description: 'ISO 3166-1 alpha-2 code of the country an organisation belongs to.' });

export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(LanguageEnum, { name: 'Language', description: 'A working language of Grensportaal.' });

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'A realm role: what a user may do (within their organisation).' });
