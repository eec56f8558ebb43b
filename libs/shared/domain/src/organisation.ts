/** What kind of body an organisation is; drives what its people may see and do. */
export const ORGANISATION_KINDS = [
  'MINISTRY',
  'PROVINCE',
  'GERMAN_STATE',
  'BEZIRKSREGIERUNG',
  'FLEMISH_GOVERNMENT',
  'FLEMISH_PROVINCE',
  'EUREGIO',
  'MUNICIPALITY',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const COUNTRIES = ['NL', 'DE', 'BE'] as const;

export type Country = (typeof COUNTRIES)[number];
