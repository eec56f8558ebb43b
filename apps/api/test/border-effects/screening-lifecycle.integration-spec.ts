import { SCREENING_ROUND_STATUSES, SCREENING_ROUND_TRANSITIONS, ScreeningRoundStatus } from '@grensportaal/shared-domain';
import { as, Client, outcome } from '../support/domain';
import { demoUsers } from '../support/identity';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

/**
 * Every step of the screening round's lifecycle, generated from the table in
 * libs/shared/domain: it succeeds for the secretariat from the states it
 * leads from, is refused to every other demo user, and is refused from
 * every other state, naming why.
 */
const MUTATION: Record<string, string> = { closeRound: 'closeScreeningRound', reopenRound: 'reopenScreeningRound' };

describe('screening round lifecycle', () => {
  let t: TestApp;
  let secretariat: Client;
  let halfYears = 0;

  beforeAll(async () => {
    t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
    await resetDatabase(t.dataSource);
    await t.app.init();
    secretariat = as(t.app, 'femke.jansen');
  });

  afterAll(() => t?.close());

  /** A fresh round in `status`, by the secretariat. */
  const roundIn = async (status: ScreeningRoundStatus): Promise<{ id: string; version: number; status: string }> => {
    const n = halfYears++;
    const opened = await secretariat<{ openScreeningRound: { id: string; version: number; status: string } }>('mutation($input: OpenScreeningRoundInput!) { openScreeningRound(input: $input) { id version status } }', {
      input: { year: 2001 + Math.floor(n / 2), half: 1 + (n % 2) },
    });
    const round = opened.data!.openScreeningRound;
    if (status === 'OPEN') return round;
    return (await secretariat<{ closeScreeningRound: { id: string; version: number; status: string } }>('mutation($input: ScreeningRoundChangeInput!) { closeScreeningRound(input: $input) { id version status } }', { input: { id: round.id, version: round.version } })).data!
      .closeScreeningRound;
  };

  it.each(SCREENING_ROUND_TRANSITIONS.map((step) => [step.name, step] as const))('%s: for the secretariat from where it leads, for nobody else, from nowhere else', async (_name, step) => {
    for (const status of SCREENING_ROUND_STATUSES) {
      for (const { username, roles } of demoUsers()) {
        const round = await roundIn(status);
        const res = await as(t.app, username)<Record<string, { status: string; version: number }>>(`mutation($input: ScreeningRoundChangeInput!) { ${MUTATION[step.name]}(input: $input) { status version } }`, {
          input: { id: round.id, version: round.version },
        });
        const allowed = step.actors.includes('secretariat') && roles.includes('secretariat');
        const possible = step.from.includes(status);
        const expected = !allowed ? 'FORBIDDEN' : possible ? 'OK' : 'BAD_USER_INPUT';
        expect({ step: step.name, status, username, outcome: outcome(res) }).toEqual({ step: step.name, status, username, outcome: expected });
        if (expected === 'OK') expect(res.data![MUTATION[step.name]]).toEqual({ status: step.to, version: round.version + 1 });
        if (expected === 'BAD_USER_INPUT') expect(res.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field: 'input.id', rule: status === 'OPEN' ? 'roundClosed' : 'roundOpen' })]);
      }
    }
  });
});
