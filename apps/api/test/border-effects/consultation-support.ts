import type { Client } from '../support/domain';
import type { GraphQLResponse } from '../support/test-app';

/** The border-effects register's operations and inputs, as the tests ask for them. */
export const ROUND = 'id code year half status version canKeep history { kind version changes { field from to } }';
export const CONSULTATION = `id version url periodStart periodEnd kind borderRelevant testCarriedOut testReport testReference effectDirection affectedGroups neighbours mitigations
  responseSubmitted responseUrl canEdit canFlag title { text language sourceLanguage status } relevanceReason { text language status } effects { text }
  ministry { code } round { code } bottlenecks { type bottleneck { reference } } flags { note organisation { code } }
  history { kind version changes { field from to fromText toText language } }`;

export const OPEN = `mutation($input: OpenScreeningRoundInput!) { openScreeningRound(input: $input) { ${ROUND} } }`;
export const CLOSE = `mutation($input: ScreeningRoundChangeInput!) { closeScreeningRound(input: $input) { ${ROUND} } }`;
export const REOPEN = `mutation($input: ScreeningRoundChangeInput!) { reopenScreeningRound(input: $input) { ${ROUND} } }`;
export const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { ${CONSULTATION} } }`;
export const UPDATE = `mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { ${CONSULTATION} } }`;
export const READ = `query($id: ID!) { consultation(id: $id) { ${CONSULTATION} } }`;
export const LINK = `mutation($input: LinkConsultationInput!) { linkConsultationBottleneck(input: $input) { ${CONSULTATION} } }`;
export const FLAG = `mutation($input: FlagConsultationInput!) { flagConsultation(input: $input) { ${CONSULTATION} } }`;
export const UNFLAG = `mutation($id: ID!) { unflagConsultation(consultationId: $id) { ${CONSULTATION} } }`;
export const TRANSLATE = `mutation($input: TranslateTextInput!) { translateText(input: $input) { ... on Consultation { ${CONSULTATION} } } }`;

export interface Round {
  id: string;
  code: string;
  status: string;
  version: number;
  canKeep: boolean;
  history: Array<{ kind: string; version: number; changes: Array<{ field: string; from: unknown; to: unknown }> }>;
}

export interface Consultation {
  id: string;
  version: number;
  borderRelevant: boolean | null;
  testCarriedOut: boolean | null;
  canEdit: boolean;
  canFlag: boolean;
  title: { text: string; language: string; sourceLanguage: string; status: string };
  relevanceReason: { text: string; language: string; status: string } | null;
  bottlenecks: Array<{ type: string; bottleneck: { reference: string } }>;
  flags: Array<{ note: string; organisation: { code: string } }>;
  history: Array<{ kind: string; version: number; changes: Array<{ field: string; from: unknown; to: unknown; fromText: string | null; toText: string | null; language: string | null }> }>;
  [field: string]: unknown;
}

/** The messages of the fields an error names, in the caller's language. */
export const fieldMessages = (res: GraphQLResponse<unknown>) => JSON.stringify((res.errors?.[0]?.extensions?.['fields'] as Array<{ message: string }>).map((f) => f.message));
/** A history value as the API gives it: JSON. */
export const json = (value: unknown) => JSON.stringify(value);

export const fields = (overrides: Record<string, unknown> = {}) => ({
  language: 'nl',
  title: 'Wetsvoorstel fiscale behandeling thuiswerkdagen grensarbeiders',
  ministryCode: 'FIN',
  url: 'https://www.internetconsultatie.nl/thuiswerken-grensarbeiders',
  periodStart: '2026-02-02',
  periodEnd: '2026-03-16',
  kind: 'LAW',
  ...overrides,
});

/** Opens the round of a half-year as `client` (the secretariat). */
export async function openRound(client: Client, year: number, half: number): Promise<Round> {
  const res = await client<{ openScreeningRound: Round }>(OPEN, { input: { year, half } });
  expect(res.errors).toBeUndefined();
  return res.data!.openScreeningRound;
}

/** Records a consultation in a round as `client` (the secretariat). */
export async function createConsultation(client: Client, roundId: string, overrides: Record<string, unknown> = {}): Promise<Consultation> {
  const res = await client<{ createConsultation: Consultation }>(CREATE, { input: { roundId, ...fields(overrides) } });
  expect(res.errors).toBeUndefined();
  return res.data!.createConsultation;
}
