import { as, Client, createBottleneck } from '../support/domain';
import { countQueries, createTestApp, resetDatabase, TestApp } from '../support/test-app';

/**
 * `npm run bench` reads the SQL statements and transactions of each request
 * from response headers (SQL_COUNT_HEADER=true): they must be the statements
 * actually sent, and must refuse to guess when requests overlap.
 */

let t: TestApp;
let anna: Client;

beforeAll(async () => {
  t = await createTestApp({ SQL_COUNT_HEADER: 'true' });
  await resetDatabase(t.dataSource);
  anna = as(t.app, 'anna.degroot');
  await createBottleneck(anna);
});

afterAll(() => t.close());

const LIST = `{ bottlenecks(first: 10) { totalCount edges { node { reference reportingOrganisation { code } progress { average } commentCount } } } }`;

describe('x-sql-statements', () => {
  it('equals the statements sent for a request, and counts the transaction of a write', async () => {
    const read = await countQueries(t.dataSource, () => anna(LIST));
    expect(read.result.headers['x-sql-statements']).toBe(String(read.count));
    expect(read.result.headers['x-sql-transactions']).toBe('0');

    const b = await createBottleneck(anna);
    const write = await countQueries(t.dataSource, () =>
      anna(`mutation($input: UpdateBottleneckInput!) { updateBottleneck(input: $input) { id version } }`, { input: { id: b.id, version: b.version, area: 'Achterhoek – Kreis Borken' } }),
    );
    expect(write.result.errors).toBeUndefined();
    expect(write.result.headers['x-sql-statements']).toBe(String(write.count));
    expect(write.result.headers['x-sql-transactions']).toBe('1');
  });

  it('says "overlapped" rather than guessing when requests run at the same time', async () => {
    const responses = await Promise.all(Array.from({ length: 4 }, () => anna(LIST)));
    expect(responses.some((r) => r.headers['x-sql-statements'] === 'overlapped')).toBe(true);
    for (const r of responses) expect(r.headers['x-sql-statements']).toMatch(/^(\d+|overlapped)$/);
  });
});

describe('without SQL_COUNT_HEADER', () => {
  it('sends no counts', async () => {
    const plain = await createTestApp();
    try {
      const res = await as(plain.app, 'anna.degroot')(LIST);
      expect(res.headers['x-sql-statements']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
