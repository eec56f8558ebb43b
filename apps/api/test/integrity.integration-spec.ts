import fc from 'fast-check';
import { answerAssignment, as, bottleneckAt, BottleneckRef, Client, createAction, createAssignment, createBottleneck, inFuture, outcome, postProgress, startAction } from './support/domain';
import { countQueries, createTestApp, resetDatabase, TestApp } from './support/test-app';

/**
 * The record must be exact: no lost updates, references without gaps, history
 * that equals the committed changes, history nobody can rewrite.
 */

let t: TestApp;
let anna: Client;
let femke: Client;

beforeAll(async () => {
  t = await createTestApp({ MUTATION_RATE_LIMIT: '100000', DB_POOL_MAX: '20' });
  await resetDatabase(t.dataSource);
  anna = as(t.app, 'anna.degroot');
  femke = as(t.app, 'femke.jansen');
});

afterAll(() => t.close());

async function historyCount(entityId: string): Promise<number> {
  const rows: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM history_entry WHERE entity_id = $1', [entityId]);
  return rows[0].n;
}

const UPDATE = `mutation($input: UpdateBottleneckInput!) { updateBottleneck(input: $input) { id version title { text } } }`;

describe('concurrent edits', () => {
  it('of 20 updates with the same version exactly one wins; 19 get CONFLICT naming what changed; one history entry', async () => {
    const b = await createBottleneck(anna);
    const before = await historyCount(b.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => anna(UPDATE, { input: { id: b.id, version: b.version, title: `Thuiswerken, versie ${i + 1}` } })),
    );
    const codes = results.map(outcome);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    const conflict = results.find((r) => outcome(r) === 'CONFLICT')!;
    expect(conflict.errors?.[0].extensions?.['changedFields']).toEqual(['title']);
    expect(conflict.errors?.[0].extensions?.['currentVersion']).toBe(b.version + 1);
    expect(conflict.errors?.[0].message).toContain('(title)');
    expect(await historyCount(b.id)).toBe(before + 1);
    const [row] = await t.dataSource.query('SELECT version FROM bottleneck WHERE id = $1', [b.id]);
    expect(row.version).toBe(b.version + 1);
  });
});

describe('concurrent translations', () => {
  const TRANSLATE = `mutation($input: TranslateTextInput!) { translateText(input: $input) { __typename } }`;

  it.each([
    ['an answer', 'ANSWER', 'text', 'answer'],
    ['a progress note', 'PROGRESS_UPDATE', 'note', 'progressNote'],
  ] as const)('of %s with the same version: one wins, the other gets CONFLICT naming the field', async (_label, target, field, named) => {
    const b = await bottleneckAt('ANALYSIS', anna, femke);
    let id: string;
    if (target === 'ANSWER') {
      const question = await createAssignment(femke, b.id);
      id = (await answerAssignment(as(t.app, 'miriam.vos'), question, { language: 'nl', text: 'Het antwoord van SZW.' })).answers[0].id;
    } else {
      const action = await startAction(femke, await createAction(femke, [b.id]));
      id = (await postProgress(anna, action, { language: 'nl', note: 'Eerste overleg gevoerd.' })).progressUpdates[0].id;
    }
    const results = await Promise.all(
      ['Die Antwort des Ministeriums.', 'Eine andere Übersetzung.'].map((text) => femke(TRANSLATE, { input: { target, id, version: 1, field, language: 'de', text } })),
    );
    expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => outcome(r) === 'CONFLICT')!.errors![0].extensions!['changedFields']).toEqual([named]);
    // The stale version is refused again, the current one accepted.
    expect(outcome(await femke(TRANSLATE, { input: { target, id, version: 1, field, language: 'en', text: 'Stale.' } }))).toBe('CONFLICT');
    expect(outcome(await femke(TRANSLATE, { input: { target, id, version: 2, field, language: 'en', text: 'Current.' } }))).toBe('OK');
  });
});

describe('references', () => {
  it('are unique and without gaps under 50 concurrent creations in one agenda', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        anna<{ createBottleneck: BottleneckRef }>(
          `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id reference } }`,
          { input: { agendaCode: 'NL-NDS', language: 'de', title: `Gleichzeitig ${i}`, type: 'INFORMATION' } },
        ),
      ),
    );
    // anna.degroot (Gelderland) takes no part in NL-NDS: use the secretariat for the real run.
    expect(results.every((r) => outcome(r) === 'BAD_USER_INPUT')).toBe(true);

    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        femke<{ createBottleneck: BottleneckRef }>(
          `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id reference } }`,
          { input: { agendaCode: 'NL-NDS', reportingOrganisationCode: 'GR', language: 'de', title: `Gleichzeitig ${i}`, type: 'INFORMATION' } },
        ),
      ),
    );
    expect(created.map(outcome).filter((c) => c !== 'OK')).toEqual([]);
    const references = created.map((r) => r.data!.createBottleneck.reference);
    expect(new Set(references).size).toBe(50);
    const year = new Date().getFullYear();
    const numbers = references.map((ref) => {
      expect(ref).toMatch(new RegExp(`^NDS-${year}-\\d{3}$`));
      return Number(ref.slice(-3));
    });
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('give a failed creation its number back (no gap after a refused insert)', async () => {
    const first = await createBottleneck(anna, { agendaCode: 'NL-NRW' });
    const refused = await anna(`mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id } }`, {
      input: { agendaCode: 'NL-NRW', language: 'nl', title: 'x'.repeat(201), type: 'INFORMATION' },
    });
    expect(outcome(refused)).toBe('BAD_USER_INPUT');
    const next = await createBottleneck(anna, { agendaCode: 'NL-NRW' });
    expect(Number(next.reference.slice(-3))).toBe(Number(first.reference.slice(-3)) + 1);
  });
});

describe('history', () => {
  it('cannot be changed or deleted by the application database role', async () => {
    const b = await createBottleneck(anna);
    const [entry] = await t.dataSource.query('SELECT id FROM history_entry WHERE entity_id = $1', [b.id]);
    await expect(t.dataSource.query(`UPDATE history_entry SET kind = 'FORGED' WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM history_entry WHERE id = $1', [entry.id])).rejects.toThrow(/append-only/);
    expect(await historyCount(b.id)).toBe(1);
  });

  it('is returned newest first with actor, organisation and field changes', async () => {
    const b = await bottleneckAt('IDENTIFICATION', anna, femke);
    const res = await femke<{ bottleneck: { history: Array<{ kind: string; transition: string | null; actor: { username: string }; organisation: { code: string }; changes: Array<{ field: string; from: string | null; to: string | null }> }> } }>(
      `query($id: ID!) { bottleneck(id: $id) { history { kind transition actor { username } organisation { code } changes { field from to } } } }`,
      { id: b.id },
    );
    const history = res.data!.bottleneck.history;
    expect(history.map((h) => [h.kind, h.transition, h.actor.username, h.organisation.code])).toEqual([
      ['TRANSITION', 'accept', 'femke.jansen', 'BZK'],
      ['TRANSITION', 'submit', 'anna.degroot', 'GLD'],
      ['CREATED', null, 'anna.degroot', 'GLD'],
    ]);
    expect(history[0].changes).toEqual([{ field: 'status', from: '"SUBMITTED"', to: '"IDENTIFICATION"' }]);
  });
});

describe('random sequences of mutations (property test)', () => {
  type Step =
    | { kind: 'title'; user: string; length: number; stale: boolean }
    | { kind: 'transition'; user: string; name: string }
    | { kind: 'progress'; user: string; progress: number }
    | { kind: 'comment'; user: string; body: string }
    | { kind: 'translate'; user: string; language: string };

  const users = ['anna.degroot', 'jonas.hartmann', 'femke.jansen', 'hendrik.mulder', 'miriam.vos', 'lotte.peeters'];
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('title' as const), user: fc.constantFrom(...users), length: fc.constantFrom(0, 5, 120, 201), stale: fc.boolean() }),
    fc.record({ kind: fc.constant('transition' as const), user: fc.constantFrom(...users), name: fc.constantFrom('accept', 'startAnalysis', 'requestAdvice', 'withdraw', 'reopen', 'submit') }),
    fc.record({ kind: fc.constant('progress' as const), user: fc.constantFrom(...users), progress: fc.integer({ min: -5, max: 105 }) }),
    fc.record({ kind: fc.constant('comment' as const), user: fc.constantFrom(...users), body: fc.constantFrom('', '   ', 'Akkoord.', '<script>alert(1)</script>') }),
    fc.record({ kind: fc.constant('translate' as const), user: fc.constantFrom(...users), language: fc.constantFrom('nl', 'de', 'en') }),
  );

  it('history equals the committed mutations exactly; refused mutations leave no trace', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 12 }), async (steps) => {
        runs += 1;
        const b0 = await bottleneckAt('SUBMITTED', anna, femke);
        const action = await femke<{ createAction: { id: string; version: number } }>(
          `mutation($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
          { input: { bottleneckIds: [b0.id], language: 'nl', title: 'Actie', ownerOrganisationCode: 'GLD', dueDate: inFuture(30), instrument: 'PILOT' } },
        );
        const actionId = action.data!.createAction.id;
        const ids = [b0.id, actionId];
        const startCount = (await Promise.all(ids.map(historyCount))).reduce((a, b) => a + b, 0);
        let committed = 0;
        const commentIds: string[] = [];
        for (const s of steps) {
          const client = as(t.app, s.user);
          const [b] = await t.dataSource.query('SELECT version, status FROM bottleneck WHERE id = $1', [b0.id]);
          const [a] = await t.dataSource.query('SELECT version FROM action WHERE id = $1', [actionId]);
          let res;
          if (s.kind === 'title') {
            res = await client(UPDATE, { input: { id: b0.id, version: s.stale ? b.version - 1 : b.version, title: 'T'.repeat(s.length) } });
          } else if (s.kind === 'transition') {
            res = await client(`mutation($input: TransitionBottleneckInput!) { transitionBottleneck(input: $input) { id } }`, {
              input: { id: b0.id, version: b.version, transition: s.name, reason: ['withdraw', 'reopen'].includes(s.name) ? 'Reden.' : undefined, outcome: s.name === 'withdraw' ? 'WITHDRAWN' : undefined },
            });
          } else if (s.kind === 'progress') {
            res = await client(`mutation($input: PostProgressInput!) { postProgress(input: $input) { id } }`, {
              input: { actionId, version: a.version, progress: s.progress, language: 'nl', note: 'Voortgang.' },
            });
          } else if (s.kind === 'comment') {
            res = await client<{ addComment: { id: string } }>(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
              input: { entityType: 'BOTTLENECK', entityId: b0.id, language: 'nl', body: s.body },
            });
            if (outcome(res) === 'OK') commentIds.push(res.data!.addComment.id);
          } else {
            res = await client(`mutation($input: TranslateTextInput!) { translateText(input: $input) { __typename } }`, {
              input: { target: 'BOTTLENECK', id: b0.id, version: b.version, field: 'title', language: s.language, text: 'Telework by cross-border workers' },
            });
          }
          const ok = outcome(res) === 'OK';
          if (ok) committed += 1;
          else expect(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'ILLEGAL_TRANSITION']).toContain(outcome(res));
          const [after] = await t.dataSource.query('SELECT version FROM bottleneck WHERE id = $1', [b0.id]);
          const [afterAction] = await t.dataSource.query('SELECT version FROM action WHERE id = $1', [actionId]);
          if (!ok) {
            expect(after.version).toBe(b.version);
            expect(afterAction.version).toBe(a.version);
          }
        }
        const endCount = (await Promise.all([...ids, ...commentIds].map(historyCount))).reduce((x, y) => x + y, 0);
        expect(endCount - startCount).toBe(committed);
      }),
      { numRuns: 12, seed: 20261128 },
    );
    expect(runs).toBe(12);
  });
});

describe('the bottleneck list', () => {
  const LIST = `query($first: Int!) {
    bottlenecks(first: $first, orderBy: REFERENCE_ASC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { reference status title { text language status } reportingOrganisation { code name } theme { name }
        agenda { code } progress { average actionCount } commentCount } }
    }
  }`;

  it('issues the same number of SQL statements (at most 4) for 10 and for 100 items', async () => {
    const existing: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM bottleneck');
    for (let i = existing[0].n; i < 110; i++) await createBottleneck(femke, { reportingOrganisationCode: 'GLD', title: `Lijst ${i}` });
    await femke(LIST, { first: 1 });
    const small = await countQueries(t.dataSource, () => femke(LIST, { first: 10 }));
    const large = await countQueries(t.dataSource, () => femke(LIST, { first: 100 }));
    expect(outcome(small.result)).toBe('OK');
    expect((small.result.data as { bottlenecks: { edges: unknown[] } }).bottlenecks.edges).toHaveLength(10);
    expect((large.result.data as { bottlenecks: { edges: unknown[] } }).bottlenecks.edges).toHaveLength(100);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(4);

    // The same for a partner, whose agenda scope is part of the statement.
    const jonas = as(t.app, 'jonas.hartmann');
    await jonas(LIST, { first: 1 });
    const partnerSmall = await countQueries(t.dataSource, () => jonas(LIST, { first: 10 }));
    const partnerLarge = await countQueries(t.dataSource, () => jonas(LIST, { first: 100 }));
    expect(partnerLarge.count).toBe(partnerSmall.count);
    expect(partnerSmall.count).toBeLessThanOrEqual(4);
  });

  it('reads the long texts only when the query shows them', async () => {
    const lean = await countQueries(t.dataSource, () => femke(`{ bottlenecks(first: 5) { edges { node { reference title { text } progress { average } } } } }`));
    expect(outcome(lean.result)).toBe('OK');
    expect(lean.queries.find((q) => q.includes('FROM bottleneck b'))).not.toContain('why_to_solve');
    const full = await countQueries(t.dataSource, () => femke(`{ bottlenecks(first: 5) { edges { node { reference description { text } whyToSolve { text } } } } }`));
    expect(full.queries.find((q) => q.includes('FROM bottleneck b'))).toContain('why_to_solve');
    const nodes = (full.result.data as { bottlenecks: { edges: Array<{ node: { description: { text: string } | null } }> } }).bottlenecks.edges;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((e) => e.node.description?.text)).toBe(true);
  });

  it('pages with cursors without skipping or repeating, and refuses a malformed cursor with a typed error', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: { bottlenecks: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { reference: string } }> } } } = await femke(
        `query($after: String) { bottlenecks(first: 37, after: $after, orderBy: REFERENCE_ASC) { pageInfo { hasNextPage endCursor } edges { node { reference } } } }`,
        { after },
      );
      seen.push(...res.data!.bottlenecks.edges.map((e) => e.node.reference));
      if (!res.data!.bottlenecks.pageInfo.hasNextPage) break;
      after = res.data!.bottlenecks.pageInfo.endCursor;
    }
    const total: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM bottleneck');
    expect(seen).toHaveLength(total[0].n);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen]).toEqual([...seen].sort());
    for (const bad of ['nonsense', Buffer.from('["x","not-a-uuid"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      const res = await femke(`query($after: String) { bottlenecks(first: 5, after: $after) { totalCount } }`, { after: bad });
      expect(outcome(res)).toBe('BAD_CURSOR');
    }
  });

  it('finds text in any language and on parts of words', async () => {
    const b = await createBottleneck(anna, { title: 'Fietsenstalling bij het grensstation', language: 'nl' });
    await anna(`mutation($input: TranslateTextInput!) { translateText(input: $input) { __typename } }`, {
      input: { target: 'BOTTLENECK', id: b.id, version: b.version, field: 'title', language: 'de', text: 'Fahrradabstellanlage am Grenzbahnhof', kind: 'MACHINE' },
    });
    for (const text of ['fiets', 'fietsen', 'FAHRRAD', 'grenzbahnhof stalling']) {
      const res = await anna<{ bottlenecks: { edges: Array<{ node: { id: string } }> } }>(
        `query($text: String) { bottlenecks(first: 50, filter: { text: $text }) { edges { node { id } } } }`,
        { text },
      );
      expect({ text, found: res.data!.bottlenecks.edges.some((e) => e.node.id === b.id) }).toEqual({ text, found: true });
    }
  });
});
