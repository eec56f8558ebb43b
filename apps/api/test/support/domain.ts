import type { INestApplication } from '@nestjs/common';
import { BottleneckStatus } from '@grensportaal/shared-domain';
import { devIdentityProvider } from './identity';
import { graphql, GraphQLResponse } from './test-app';

const tokens = new Map<string, Promise<string>>();

/** A GraphQL client signed in as a demo user. */
export function as(app: INestApplication, username: string, language = 'en') {
  let token = tokens.get(username);
  if (!token) {
    token = devIdentityProvider().token(username);
    tokens.set(username, token);
  }
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> =>
    graphql<T>(app, query, variables, { 'accept-language': language }, await token);
}

export type Client = ReturnType<typeof as>;

/** The first error code of a response, or OK. */
export function outcome(res: GraphQLResponse<unknown>): string {
  return (res.errors?.[0]?.extensions?.['code'] as string | undefined) ?? (res.errors ? 'ERROR' : 'OK');
}

export function inFuture(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const BOTTLENECK_FIELDS = 'id reference status outcome version statusReason';

export interface BottleneckRef {
  id: string;
  reference: string;
  status: BottleneckStatus;
  version: number;
}

export async function createBottleneck(client: Client, overrides: Record<string, unknown> = {}): Promise<BottleneckRef> {
  const res = await client<{ createBottleneck: BottleneckRef }>(
    `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { ${BOTTLENECK_FIELDS} } }`,
    {
      input: {
        agendaCode: 'NL-NRW',
        themeCode: 'labour-market',
        language: 'nl',
        title: 'Thuiswerken door grensarbeiders',
        description: 'Grensarbeiders die meer dan 25% thuiswerken vallen onder het stelsel van het woonland.',
        whyToSolve: 'Werkgevers en werknemers lopen risico op dubbele premies.',
        area: 'Grensstreek Gelderland – Kreis Kleve',
        type: 'LEGISLATION',
        ...overrides,
      },
    },
  );
  if (!res.data?.createBottleneck) throw new Error(`createBottleneck failed: ${JSON.stringify(res.errors)}`);
  return res.data.createBottleneck;
}

export async function transition(client: Client, b: BottleneckRef, name: string, extra: Record<string, unknown> = {}): Promise<GraphQLResponse<{ transitionBottleneck: BottleneckRef }>> {
  return client<{ transitionBottleneck: BottleneckRef }>(
    `mutation($input: TransitionBottleneckInput!) { transitionBottleneck(input: $input) { ${BOTTLENECK_FIELDS} } }`,
    { input: { id: b.id, version: b.version, transition: name, ...extra } },
  );
}

/** The way a bottleneck goes from draft to decision, and who takes each step there. */
const PATH: Array<[BottleneckStatus, string, string, Record<string, unknown>]> = [
  ['SUBMITTED', 'reporter', 'submit', {}],
  ['IDENTIFICATION', 'secretariat', 'accept', {}],
  ['ANALYSIS', 'secretariat', 'startAnalysis', {}],
  ['ADVICE', 'secretariat', 'requestAdvice', {}],
  ['DECISION', 'secretariat', 'proposeDecision', {}],
  ['CLOSED', 'secretariat', 'decide', { outcome: 'SOLVED_ADMINISTRATIVE', reason: 'Opgelost met een bestuursafspraak.' }],
];

/** A new bottleneck of `reporter`, taken by `secretariat` to `status`. */
export async function bottleneckAt(status: BottleneckStatus, reporter: Client, secretariat: Client, overrides: Record<string, unknown> = {}): Promise<BottleneckRef> {
  let b = await createBottleneck(reporter, overrides);
  for (const [to, who, name, extra] of PATH) {
    if (b.status === status) break;
    const res = await transition(who === 'reporter' ? reporter : secretariat, b, name, extra);
    if (!res.data?.transitionBottleneck) throw new Error(`${name} failed on the way to ${status}: ${JSON.stringify(res.errors)}`);
    b = res.data.transitionBottleneck;
    if (b.status !== to) throw new Error(`expected ${to}, got ${b.status}`);
  }
  return b;
}
