import { toLocalDate } from '@api/core/time/clock';
import type { INestApplication } from '@nestjs/common';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { BottleneckStatus } from '@grensportaal/shared-domain';
import type { AddCommentInput, AnswerAssignmentInput, CreateActionInput, CreateAssignmentInput, CreateBottleneckInput, PostProgressInput, TransitionBottleneckInput } from '../gql/graphql';
import {
  AddCommentDocument,
  AnswerAssignmentDocument,
  CreateActionDocument,
  CreateAssignmentDocument,
  CreateBottleneckDocument,
  PostProgressDocument,
  TransitionActionDocument,
  TransitionBottleneckDocument,
} from './documents';
import { devIdentityProvider } from './identity';
import { graphql, GraphQLResponse } from './test-app';

const tokens = new Map<string, Promise<string>>();

/**
 * A GraphQL client signed in as a demo user. It takes a document as text
 * (typed by the caller) or a typed document from ./documents (typed by
 * codegen from the committed schema).
 */
export function as(app: INestApplication, username: string, language = 'en') {
  let token = tokens.get(username);
  if (!token) {
    token = devIdentityProvider().token(username);
    tokens.set(username, token);
  }
  function send<T, V extends Record<string, unknown>>(query: TypedDocumentNode<T, V>, variables: V): Promise<GraphQLResponse<T>>;
  function send<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  async function send(query: string | TypedDocumentNode, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<unknown>> {
    return graphql(app, typeof query === 'string' ? query : print(query), variables, { 'accept-language': language }, await token!);
  }
  return send;
}

export type Client = ReturnType<typeof as>;

/** The first error code of a response, or OK. */
export function outcome(res: GraphQLResponse<unknown>): string {
  return (res.errors?.[0]?.extensions?.['code'] as string | undefined) ?? (res.errors ? 'ERROR' : 'OK');
}

/** The day `days` from today by the portal's calendar (Amsterdam), as due dates and "days until due" count: a UTC date is a day short just after midnight there. */
export function inFuture(days: number): string {
  const [y, m, d] = toLocalDate(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const BOTTLENECK_FIELDS = 'id reference status outcome version statusReason';

export interface BottleneckRef {
  id: string;
  reference: string;
  status: BottleneckStatus;
  version: number;
}

/** The data of a response, or a thrown error that shows what the API said (for builders: a fixture that fails is a broken test). */
function dataOf<T>(res: GraphQLResponse<T>, what: string): T {
  if (!res.data || res.errors) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function createBottleneck(client: Client, overrides: Partial<CreateBottleneckInput> = {}): Promise<BottleneckRef> {
  const input: CreateBottleneckInput = {
    agendaCode: 'NL-NRW',
    themeCode: 'labour-market',
    language: 'nl',
    title: 'Thuiswerken door grensarbeiders',
    description: 'Grensarbeiders die meer dan 25% thuiswerken vallen onder het stelsel van het woonland.',
    whyToSolve: 'Werkgevers en werknemers lopen risico op dubbele premies.',
    area: 'Grensstreek Gelderland – Kreis Kleve',
    type: 'LEGISLATION',
    ...overrides,
  };
  return dataOf(await client(CreateBottleneckDocument, { input }), 'createBottleneck').createBottleneck;
}

export function transition(client: Client, b: BottleneckRef, name: string, extra: Partial<TransitionBottleneckInput> = {}) {
  return client(TransitionBottleneckDocument, { input: { id: b.id, version: b.version, transition: name as TransitionBottleneckInput['transition'], ...extra } });
}

/** The way a bottleneck goes from draft to decision, and who takes each step there. */
const PATH: Array<[BottleneckStatus, string, string, Partial<TransitionBottleneckInput>]> = [
  ['SUBMITTED', 'reporter', 'submit', {}],
  ['IDENTIFICATION', 'secretariat', 'accept', {}],
  ['ANALYSIS', 'secretariat', 'startAnalysis', {}],
  ['ADVICE', 'secretariat', 'requestAdvice', {}],
  ['DECISION', 'secretariat', 'proposeDecision', {}],
  ['CLOSED', 'secretariat', 'decide', { outcome: 'SOLVED_ADMINISTRATIVE', reason: 'Opgelost met een bestuursafspraak.' }],
];

/** A new bottleneck of `reporter`, taken by `secretariat` to `status`. */
export async function bottleneckAt(status: BottleneckStatus, reporter: Client, secretariat: Client, overrides: Partial<CreateBottleneckInput> = {}): Promise<BottleneckRef> {
  let b = await createBottleneck(reporter, overrides);
  for (const [to, who, name, extra] of PATH) {
    if (b.status === status) break;
    b = dataOf(await transition(who === 'reporter' ? reporter : secretariat, b, name, extra), `${name} on the way to ${status}`).transitionBottleneck;
    if (b.status !== to) throw new Error(`expected ${to}, got ${b.status}`);
  }
  return b;
}

/** An action for bottlenecks (the first of the agenda's partners owns it unless given), by a secretariat or other proposer. */
export async function createAction(client: Client, bottleneckIds: string[], overrides: Partial<CreateActionInput> = {}) {
  const input: CreateActionInput = { bottleneckIds, language: 'nl', title: 'Actie', ownerOrganisationCode: 'GLD', dueDate: inFuture(60), instrument: 'PILOT', priority: 'NORMAL', ...overrides };
  return dataOf(await client(CreateActionDocument, { input }), 'createAction').createAction;
}

export async function startAction(client: Client, action: { id: string; version: number }) {
  return dataOf(await client(TransitionActionDocument, { input: { id: action.id, version: action.version, transition: 'start' } }), 'start').transitionAction;
}

export async function postProgress(client: Client, action: { id: string; version: number }, overrides: Partial<PostProgressInput> = {}) {
  const input: PostProgressInput = { actionId: action.id, version: action.version, progress: 40, language: 'nl', note: 'Voortgang.', ...overrides };
  return dataOf(await client(PostProgressDocument, { input }), 'postProgress').postProgress;
}

/** A question about a bottleneck to a ministry (SZW unless given), by the secretariat. */
export async function createAssignment(client: Client, bottleneckId: string, overrides: Partial<CreateAssignmentInput> = {}) {
  const input: CreateAssignmentInput = { bottleneckId, ministryCode: 'SZW', language: 'nl', question: 'Vraag?', ...overrides };
  return dataOf(await client(CreateAssignmentDocument, { input }), 'createAssignment').createAssignment;
}

export async function answerAssignment(client: Client, assignment: { id: string; version: number }, overrides: Partial<AnswerAssignmentInput> = {}) {
  const input: AnswerAssignmentInput = { id: assignment.id, version: assignment.version, language: 'nl', text: 'Antwoord.', ...overrides };
  return dataOf(await client(AnswerAssignmentDocument, { input }), 'answerAssignment').answerAssignment;
}

export async function addComment(client: Client, entityId: string, overrides: Partial<AddCommentInput> = {}) {
  const input: AddCommentInput = { entityType: 'BOTTLENECK', entityId, language: 'nl', body: 'Opmerking.', ...overrides };
  return dataOf(await client(AddCommentDocument, { input }), 'addComment').addComment;
}
