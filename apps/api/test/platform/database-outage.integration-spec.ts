import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { buildApi, freePort, startApi, waitForReady } from '../support/api-process';
import { DatabaseServer } from '../support/database-server';
import { devIdentityProvider } from '../support/identity';

/**
 * The database stops under load and starts again: the API answers every
 * request during the outage with SERVICE_UNAVAILABLE (HTTP 503, Retry-After)
 * within 3 seconds, never hangs, and loses no change it acknowledged, before
 * or after, nor its history entry.
 */

const dataDir = join(__dirname, '../../../../.data/postgres-outage-test');

interface Sent {
  kind: 'read' | 'write';
  sentAt: number;
  ms: number;
  status: number;
  code: string;
  retryAfter: string | null;
  commentId?: string;
}

describe('a database outage', () => {
  beforeAll(buildApi);

  it('is reported as SERVICE_UNAVAILABLE within 3 s and loses nothing acknowledged', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const pgPort = await freePort();
    const database = await DatabaseServer.start(dataDir, pgPort, 'outage');
    const port = await freePort();
    const idp = devIdentityProvider();
    const token = await idp.token('femke.jansen');
    const api = startApi({
      DATABASE_URL: database.url,
      OIDC_ISSUER: idp.issuer,
      PORT: String(port),
      WEB_DIST_DIR: '',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      SEED_DEMO_DATA: 'true',
      SCHEDULER_ENABLED: 'false',
      MUTATION_RATE_LIMIT: '100000',
      DB_CONNECT_TIMEOUT_MS: '1000',
    });
    const sent: Sent[] = [];
    let running = true;
    try {
      await waitForReady(port, api);
      const gql = async (kind: Sent['kind'], query: string, variables: Record<string, unknown> = {}) => {
        const sentAt = Date.now();
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 10_000);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'nl' },
            body: JSON.stringify({ query, variables }),
            signal: controller.signal,
          });
          const body = (await res.json()) as { data?: { addComment?: { id: string } }; errors?: Array<{ extensions?: { code?: string } }> };
          sent.push({ kind, sentAt, ms: Date.now() - sentAt, status: res.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', retryAfter: res.headers.get('retry-after'), commentId: body.data?.addComment?.id });
        } catch (error) {
          sent.push({ kind, sentAt, ms: Date.now() - sentAt, status: 0, code: (error as Error).name, retryAfter: null });
        } finally {
          clearTimeout(timer);
        }
      };
      const first = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ bottlenecks(first: 1, filter: { statuses: [ANALYSIS] }) { edges { node { id } } } }' }),
      });
      const bottleneckId = ((await first.json()) as { data: { bottlenecks: { edges: Array<{ node: { id: string } }> } } }).data.bottlenecks.edges[0].node.id;
      const write = () =>
        gql('write', 'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }', {
          input: { entityType: 'BOTTLENECK', entityId: bottleneckId, language: 'nl', body: `Opmerking ${Date.now()}` },
        });
      const read = () => gql('read', '{ bottlenecks(first: 5) { totalCount edges { node { reference } } } }');
      const loops = [write, read, write, read].map(async (step) => {
        while (running) {
          await step();
          await new Promise((r) => setTimeout(r, 25));
        }
      });

      await new Promise((r) => setTimeout(r, 1500));
      const stoppedAt = Date.now();
      await database.stop();
      const downAt = Date.now();
      await new Promise((r) => setTimeout(r, 4000));
      const restartAt = Date.now();
      await database.resume();
      const upAt = Date.now();
      await new Promise((r) => setTimeout(r, 3000));
      running = false;
      await Promise.all(loops);

      const during = sent.filter((s) => s.sentAt > downAt && s.sentAt < restartAt);
      const after = sent.filter((s) => s.sentAt > upAt + 1500);
      // eslint-disable-next-line no-console
      console.info(
        `database outage: ${sent.length} requests; ${during.length} while it was down (codes: ${[...new Set(during.map((s) => s.code))].join(', ')}; slowest ${Math.max(...during.map((s) => s.ms))} ms); ` +
          `stop took ${downAt - stoppedAt} ms; ${after.length} after it was back (codes: ${[...new Set(after.map((s) => s.code))].join(', ')})`,
      );
      expect(during.length).toBeGreaterThan(20);
      for (const s of during) {
        expect({ code: s.code, status: s.status, retryAfter: s.retryAfter }).toEqual({ code: 'SERVICE_UNAVAILABLE', status: 503, retryAfter: '5' });
        expect(s.ms).toBeLessThan(3000);
      }
      expect(sent.every((s) => s.status !== 0 && s.code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
      expect(after.length).toBeGreaterThan(10);
      expect(after.every((s) => s.code === 'OK')).toBe(true);

      // Every acknowledged write is there, with its history entry.
      const acknowledged = sent.filter((s) => s.commentId).map((s) => s.commentId!);
      expect(acknowledged.length).toBeGreaterThan(20);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const found = await client.query(
          `SELECT c.id FROM comment c JOIN history_entry h ON h.entity_type = 'COMMENT' AND h.entity_id = c.id AND h.kind = 'COMMENTED' WHERE c.id = ANY($1)`,
          [acknowledged],
        );
        expect(found.rowCount).toBe(acknowledged.length);
      } finally {
        await client.end();
      }
    } finally {
      running = false;
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
      await database.close();
    }
  }, 120_000);
});
