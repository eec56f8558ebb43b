import {
  ACTION_STATUSES,
  ACTION_TRANSITIONS,
  Actor,
  ASSIGNMENT_STATUSES,
  ASSIGNMENT_TRANSITIONS,
  BOTTLENECK_STATUSES,
  BOTTLENECK_TRANSITIONS,
  BottleneckStatus,
} from '@grensportaal/shared-domain';
import { as, bottleneckAt, BottleneckRef, Client, inFuture, outcome, transition } from './support/domain';
import { createTestApp, resetDatabase, TestApp } from './support/test-app';

/**
 * Every transition of every lifecycle, generated from the tables in
 * libs/shared/domain: it succeeds for each user allowed to make it, is refused
 * to every other demo user, and is refused from every other state.
 */

const USERS = [
  'anna.degroot', // partner GLD — reports the bottlenecks here, owns the actions here
  'jonas.hartmann', // partner BR-MUE — takes part in NL-NRW
  'katrin.schulz', // partner NRW
  'lotte.peeters', // partner VLA — cannot see NL-NRW
  'eva.smit', // partner GR — cannot see NL-NRW
  'miriam.vos', // department SZW — the ministry asked here
  'ruben.bakker', // department VWS
  'hendrik.mulder', // commissioner GLD — steers NL-NRW
  'marco.meijer', // commissioner OV — a partner of NL-NRW, steers NL-NDS
  'femke.jansen', // secretariat
  'tom.willems', // admin
];

/** Who each actor is, for an NL-NRW bottleneck reported by GLD, an action owned by GLD, a question to SZW. */
const ACTOR_USERS: Record<Actor, string[]> = {
  reporter: ['anna.degroot'],
  owner: ['anna.degroot'],
  assignedMinistry: ['miriam.vos'],
  secretariat: ['femke.jansen'],
  steeringCommissioner: ['hendrik.mulder'],
};

const CANNOT_SEE_NRW = ['lotte.peeters', 'eva.smit'];

const ROLE_OF: Record<string, string> = {
  'anna.degroot': 'partner',
  'jonas.hartmann': 'partner',
  'katrin.schulz': 'partner',
  'lotte.peeters': 'partner',
  'eva.smit': 'partner',
  'miriam.vos': 'department',
  'ruben.bakker': 'department',
  'hendrik.mulder': 'commissioner',
  'marco.meijer': 'commissioner',
  'femke.jansen': 'secretariat',
  'tom.willems': 'admin',
};

/** The roles each mutation declares: a caller without one is refused before the object is even looked at. */
const MUTATION_ROLES = {
  transitionBottleneck: ['partner', 'secretariat', 'commissioner'],
  transitionAction: ['partner', 'department', 'secretariat', 'commissioner'],
  answerAssignment: ['department'],
  transitionAssignment: ['secretariat'],
};

/** What a user who may not make a step gets: FORBIDDEN, or NOT_FOUND when the item is invisible to them. */
function refusal(user: string, mutation: keyof typeof MUTATION_ROLES, visible: boolean): string {
  if (!MUTATION_ROLES[mutation].includes(ROLE_OF[user])) return 'FORBIDDEN';
  return visible ? 'FORBIDDEN' : 'NOT_FOUND';
}
const SEES_GLD_DRAFTS = ['anna.degroot', 'hendrik.mulder', 'femke.jansen', 'tom.willems'];

function canSeeBottleneck(user: string, status: BottleneckStatus): boolean {
  if (CANNOT_SEE_NRW.includes(user)) return false;
  return status !== 'DRAFT' || SEES_GLD_DRAFTS.includes(user);
}

function extrasFor(t: { needsReason?: boolean; outcomes?: readonly string[] }): Record<string, unknown> {
  return { ...(t.needsReason ? { reason: 'Toelichting bij deze stap.' } : {}), ...(t.outcomes ? { outcome: t.outcomes[0] } : {}) };
}

let t: TestApp;
const clients: Record<string, Client> = {};
const cases = { allowed: 0, refusedActor: 0, refusedState: 0 };

beforeAll(async () => {
  t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
  await resetDatabase(t.dataSource);
  for (const user of USERS) clients[user] = as(t.app, user);
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.info(`lifecycle cases: ${cases.allowed} allowed, ${cases.refusedActor} refused for the actor, ${cases.refusedState} refused for the state`);
  await t.close();
});

describe('bottleneck lifecycle', () => {
  const rows = BOTTLENECK_TRANSITIONS.flatMap((tr) => tr.from.map((from) => ({ tr, from })));

  it.each(rows.map((r) => [`${r.tr.name} from ${r.from}`, r] as const))('%s: succeeds for exactly the allowed users', async (_label, { tr, from }) => {
    const allowed = tr.actors.flatMap((a) => ACTOR_USERS[a]);
    for (const user of USERS) {
      const b = await bottleneckAt(from, clients['anna.degroot'], clients['femke.jansen']);
      const res = await transition(clients[user], b, tr.name, extrasFor(tr));
      if (allowed.includes(user)) {
        expect({ user, result: outcome(res) }).toEqual({ user, result: 'OK' });
        expect(res.data?.transitionBottleneck.status).toBe(tr.to);
        expect(res.data?.transitionBottleneck.version).toBe(b.version + 1);
        cases.allowed += 1;
      } else {
        const expected = refusal(user, 'transitionBottleneck', canSeeBottleneck(user, from));
        expect({ user, result: outcome(res) }).toEqual({ user, result: expected });
        cases.refusedActor += 1;
      }
    }
  });

  const names = [...new Set(BOTTLENECK_TRANSITIONS.map((tr) => tr.name))];
  it.each(names)('%s is refused from every status it does not start from, naming the status and the steps possible', async (name) => {
    const from = new Set(BOTTLENECK_TRANSITIONS.filter((tr) => tr.name === name).flatMap((tr) => tr.from));
    const sample = BOTTLENECK_TRANSITIONS.find((tr) => tr.name === name)!;
    for (const status of BOTTLENECK_STATUSES.filter((s) => !from.has(s))) {
      const b = await bottleneckAt(status, clients['anna.degroot'], clients['femke.jansen']);
      const res = await transition(clients['femke.jansen'], b, name, extrasFor(sample));
      expect({ status, result: outcome(res) }).toEqual({ status, result: 'ILLEGAL_TRANSITION' });
      expect(res.errors?.[0].extensions?.['currentStatus']).toBe(status);
      expect(Array.isArray(res.errors?.[0].extensions?.['allowedTransitions'])).toBe(true);
      cases.refusedState += 1;
    }
  });

  it('needs an outcome and reasons to close, the duplicate for DUPLICATE, and a reason to reopen', async () => {
    const sec = clients['femke.jansen'];
    const b = await bottleneckAt('SUBMITTED', clients['anna.degroot'], sec);
    const noReason = await transition(sec, b, 'closeAtTriage', { outcome: 'NO_OBSTACLE' });
    expect(outcome(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'input.reason', rule: 'required' })]);
    const wrongOutcome = await transition(sec, b, 'closeAtTriage', { outcome: 'SOLVED_LEGISLATIVE', reason: 'x' });
    expect((wrongOutcome.errors?.[0].extensions?.['fields'] as Array<{ rule: string }>)[0].rule).toBe('notAllowed');
    const noDuplicate = await transition(sec, b, 'closeAtTriage', { outcome: 'DUPLICATE', reason: 'Zelfde als eerder gemeld.' });
    expect((noDuplicate.errors?.[0].extensions?.['fields'] as Array<{ field: string }>)[0].field).toBe('input.duplicateOfId');
    const original = await bottleneckAt('ANALYSIS', clients['anna.degroot'], sec);
    const merged = await transition(sec, b, 'closeAtTriage', { outcome: 'DUPLICATE', reason: 'Zelfde als eerder gemeld.', duplicateOfId: original.id });
    expect(merged.data?.transitionBottleneck).toMatchObject({ status: 'CLOSED', outcome: 'DUPLICATE' });
    const closed = merged.data!.transitionBottleneck as BottleneckRef;
    expect(outcome(await transition(sec, closed, 'reopen'))).toBe('BAD_USER_INPUT');
    const reopened = await transition(sec, closed, 'reopen', { reason: 'Toch een apart knelpunt.' });
    expect(reopened.data?.transitionBottleneck).toMatchObject({ status: 'ANALYSIS', outcome: null, statusReason: 'Toch een apart knelpunt.' });
  });

  it('needs the required fields to submit a draft', async () => {
    const draft = await clients['anna.degroot']<{ createBottleneck: BottleneckRef }>(
      `mutation { createBottleneck(input: { agendaCode: "NL-NRW", language: nl, title: "Alleen een titel", type: INFORMATION }) { id reference status version } }`,
    );
    const b = draft.data!.createBottleneck;
    expect(b.status).toBe('DRAFT');
    const res = await transition(clients['anna.degroot'], b, 'submit');
    expect(outcome(res)).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field).sort()).toEqual(
      ['bottleneck.area', 'bottleneck.description', 'bottleneck.themeCode', 'bottleneck.whyToSolve'].sort(),
    );
  });

  it('reports every missing field of a new bottleneck in one round, as the form lists them', async () => {
    const fields = async (input: Record<string, unknown>) => {
      const res = await clients['katrin.schulz']<unknown>(`mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id } }`, { input });
      expect(outcome(res)).toBe('BAD_USER_INPUT');
      return (res.errors?.[0].extensions?.['fields'] as Array<{ field: string; rule: string; message: string }>).map((f) => f.field).sort();
    };
    const empty = { agendaCode: 'NL-NRW', language: 'de', title: '', type: null, themeCode: null, area: null, description: null, whyToSolve: null };
    expect(await fields({ ...empty, submit: true })).toEqual(['input.area', 'input.description', 'input.themeCode', 'input.title', 'input.type', 'input.whyToSolve']);
    expect(await fields({ ...empty, submit: false })).toEqual(['input.title', 'input.type']);
    expect(await fields({ ...empty, title: 'x'.repeat(201), submit: true })).toEqual(['input.area', 'input.description', 'input.themeCode', 'input.title', 'input.type', 'input.whyToSolve']);
  });
});

interface ActionRef {
  id: string;
  status: string;
  version: number;
}

async function actionAt(status: string): Promise<ActionRef> {
  const b = await bottleneckAt('ANALYSIS', clients['anna.degroot'], clients['femke.jansen']);
  const created = await clients['femke.jansen']<{ createAction: ActionRef }>(
    `mutation($input: CreateActionInput!) { createAction(input: $input) { id status version } }`,
    {
      input: {
        bottleneckIds: [b.id],
        language: 'de',
        title: 'Informationsveranstaltung Telearbeit',
        ownerOrganisationCode: 'GLD',
        dueDate: inFuture(90),
        instrument: 'INFORMATION',
      },
    },
  );
  let a = created.data!.createAction;
  const path: Record<string, Array<[string, Record<string, unknown>]>> = {
    PLANNED: [],
    IN_PROGRESS: [['start', {}]],
    ON_HOLD: [['hold', { reason: 'Wacht op het kabinet.' }]],
    DONE: [
      ['start', {}],
      ['finish', {}],
    ],
    CANCELLED: [['cancel', { reason: 'Niet meer nodig.' }]],
  };
  for (const [name, extra] of path[status]) {
    const res = await clients['femke.jansen']<{ transitionAction: ActionRef }>(
      `mutation($input: TransitionActionInput!) { transitionAction(input: $input) { id status version } }`,
      { input: { id: a.id, version: a.version, transition: name, ...extra } },
    );
    a = res.data!.transitionAction;
  }
  expect(a.status).toBe(status);
  return a;
}

describe('action lifecycle', () => {
  const rows = ACTION_TRANSITIONS.flatMap((tr) => tr.from.map((from) => ({ tr, from })));

  it.each(rows.map((r) => [`${r.tr.name} from ${r.from}`, r] as const))('%s: succeeds for exactly the allowed users', async (_label, { tr, from }) => {
    const allowed = tr.actors.flatMap((a) => ACTOR_USERS[a]);
    for (const user of USERS) {
      const a = await actionAt(from);
      const res = await clients[user]<{ transitionAction: ActionRef }>(
        `mutation($input: TransitionActionInput!) { transitionAction(input: $input) { id status version } }`,
        { input: { id: a.id, version: a.version, transition: tr.name, ...(tr.needsReason ? { reason: 'Reden.' } : {}) } },
      );
      if (allowed.includes(user)) {
        expect({ user, result: outcome(res) }).toEqual({ user, result: 'OK' });
        expect(res.data?.transitionAction.status).toBe(tr.to);
        cases.allowed += 1;
      } else {
        const expected = refusal(user, 'transitionAction', !CANNOT_SEE_NRW.includes(user));
        expect({ user, result: outcome(res) }).toEqual({ user, result: expected });
        cases.refusedActor += 1;
      }
    }
  });

  it.each([...new Set(ACTION_TRANSITIONS.map((tr) => tr.name))])('%s is refused from every other status', async (name) => {
    const from = new Set(ACTION_TRANSITIONS.filter((tr) => tr.name === name).flatMap((tr) => tr.from));
    for (const status of ACTION_STATUSES.filter((s) => !from.has(s))) {
      const a = await actionAt(status);
      const res = await clients['femke.jansen'](`mutation($input: TransitionActionInput!) { transitionAction(input: $input) { id } }`, {
        input: { id: a.id, version: a.version, transition: name, reason: 'Reden.' },
      });
      expect({ status, result: outcome(res) }).toEqual({ status, result: 'ILLEGAL_TRANSITION' });
      cases.refusedState += 1;
    }
  });
});

interface AssignmentRef {
  id: string;
  status: string;
  version: number;
}

async function assignmentAt(status: string): Promise<AssignmentRef> {
  const b = await bottleneckAt('ANALYSIS', clients['anna.degroot'], clients['femke.jansen']);
  const created = await clients['femke.jansen']<{ createAssignment: AssignmentRef }>(
    `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status version } }`,
    { input: { bottleneckId: b.id, ministryCode: 'SZW', language: 'nl', question: 'Kan de drempel van 25% omhoog?' } },
  );
  let q = created.data!.createAssignment;
  const answer = async () => {
    const res = await clients['miriam.vos']<{ answerAssignment: AssignmentRef }>(
      `mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { id status version } }`,
      { input: { id: q.id, version: q.version, language: 'nl', text: 'Het raamwerkakkoord staat tot 49,9% toe.' } },
    );
    q = res.data!.answerAssignment;
  };
  const step = async (name: string, reason?: string) => {
    const res = await clients['femke.jansen']<{ transitionAssignment: AssignmentRef }>(
      `mutation($input: TransitionAssignmentInput!) { transitionAssignment(input: $input) { id status version } }`,
      { input: { id: q.id, version: q.version, transition: name, reason } },
    );
    q = res.data!.transitionAssignment;
  };
  if (status === 'ANSWERED' || status === 'ACCEPTED' || status === 'RETURNED') await answer();
  if (status === 'ACCEPTED') await step('acceptAnswer');
  if (status === 'RETURNED') await step('returnAnswer', 'Graag met cijfers.');
  if (status === 'WITHDRAWN') await step('withdraw', 'Vraag vervalt.');
  expect(q.status).toBe(status);
  return q;
}

async function assignmentStep(user: string, q: AssignmentRef, name: string) {
  if (name === 'answer') {
    return clients[user](`mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { id status } }`, {
      input: { id: q.id, version: q.version, language: 'de', text: 'Antwort des Ministeriums.' },
    });
  }
  return clients[user](`mutation($input: TransitionAssignmentInput!) { transitionAssignment(input: $input) { id status } }`, {
    input: { id: q.id, version: q.version, transition: name, reason: 'Reden.' },
  });
}

describe('question lifecycle', () => {
  const rows = ASSIGNMENT_TRANSITIONS.flatMap((tr) => tr.from.map((from) => ({ tr, from })));

  it.each(rows.map((r) => [`${r.tr.name} from ${r.from}`, r] as const))('%s: succeeds for exactly the allowed users', async (_label, { tr, from }) => {
    const allowed = tr.actors.flatMap((a) => ACTOR_USERS[a]);
    for (const user of USERS) {
      const q = await assignmentAt(from);
      const res = await assignmentStep(user, q, tr.name);
      if (allowed.includes(user)) {
        expect({ user, result: outcome(res) }).toEqual({ user, result: 'OK' });
        cases.allowed += 1;
      } else {
        const expected = refusal(user, tr.name === 'answer' ? 'answerAssignment' : 'transitionAssignment', !CANNOT_SEE_NRW.includes(user));
        expect({ user, result: outcome(res) }).toEqual({ user, result: expected });
        cases.refusedActor += 1;
      }
    }
  });

  it.each([...new Set(ASSIGNMENT_TRANSITIONS.map((tr) => tr.name))])('%s is refused from every other status', async (name) => {
    const from = new Set(ASSIGNMENT_TRANSITIONS.filter((tr) => tr.name === name).flatMap((tr) => tr.from));
    const actor = ACTOR_USERS[ASSIGNMENT_TRANSITIONS.find((tr) => tr.name === name)!.actors[0]][0];
    for (const status of ASSIGNMENT_STATUSES.filter((s) => !from.has(s))) {
      const q = await assignmentAt(status);
      const res = await assignmentStep(actor, q, name);
      expect({ status, result: outcome(res) }).toEqual({ status, result: 'ILLEGAL_TRANSITION' });
      cases.refusedState += 1;
    }
  });

  it('keeps every answer: a returned answer stays beside the new one', async () => {
    const q = await assignmentAt('RETURNED');
    await assignmentStep('miriam.vos', q, 'answer');
    const res = await clients['femke.jansen']<{ assignment: { status: string; answers: Array<{ review: string; returnReason: string | null; text: { text: string } }> } }>(
      `query($id: ID!) { assignment(id: $id) { status answers { review returnReason text { text } } } }`,
      { id: q.id },
    );
    expect(res.data?.assignment.status).toBe('ANSWERED');
    expect(res.data?.assignment.answers.map((a) => [a.review, a.returnReason])).toEqual([
      ['RETURNED', 'Graag met cijfers.'],
      ['PENDING', null],
    ]);
  });
});
