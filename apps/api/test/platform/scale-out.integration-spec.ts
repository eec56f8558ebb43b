import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { apiEnv, buildApi, freePort, startApi, waitForReady } from '../support/api-process';
import { inFuture } from '../support/domain';
import { devIdentityProvider } from '../support/identity';
import { testDatabaseUrl } from '../support/test-app';

const HAPROXY = '/usr/sbin/haproxy';
const DRAIN_MS = 2000;

/** HAProxy on loopback in front of the API processes: round robin, each checked on /health/ready every 200 ms, a refused connection tried on another. */
function haproxyConfig(port: number, servers: number[]): string {
  return [
    'global',
    '  maxconn 512',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout tunnel 1h',
    '  option http-server-close',
    '  retries 3',
    '  option redispatch 1',
    'frontend portal',
    `  bind 127.0.0.1:${port}`,
    '  default_backend api',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /health/ready',
    '  http-check expect status 200',
    '  default-server inter 200ms fall 1 rise 2',
    ...servers.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check`),
    '',
  ].join('\n');
}

/** A GraphQL request through `base` as the holder of `token`. */
async function graphql<T>(base: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** Miriam's bell as one API process streams it: how many notification events arrived. */
function bell(port: number, token: string): { count: () => number; close: () => void } {
  let events = 0;
  const req = httpRequest({ host: '127.0.0.1', port, path: '/events/notifications', headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
    res.on('data', (chunk: Buffer) => (events += chunk.toString().split('event: notification').length - 1));
    res.on('error', () => undefined);
  });
  req.on('error', () => undefined);
  req.end();
  return { count: () => events, close: () => req.destroy() };
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Scale-out as run in production: three API processes on one PostgreSQL behind
 * a real load balancer (HAProxy from Debian), health-checked on readiness.
 * Under a steady load one process is stopped with SIGTERM (nothing fails: it
 * drains while the balancer takes it out) and another killed with SIGKILL
 * (only what was in flight on it fails); notifications reach the bell on every
 * process, and the scheduled deadline scan still acts once.
 */
describe('three API processes behind HAProxy', () => {
  const apis: Array<ReturnType<typeof startApi>> = [];
  let haproxy: ChildProcess | undefined;
  const db = new PgClient({ connectionString: testDatabaseUrl() });

  beforeAll(async () => {
    buildApi();
    await db.connect();
  });

  afterAll(async () => {
    // The survivor stops as in production (SIGTERM): a kill could leave its running job active for the tests after this one.
    for (const api of apis) if (api.child.exitCode === null) api.child.kill('SIGTERM');
    await Promise.all(apis.map((api) => api.exited));
    haproxy?.kill('SIGKILL');
    await db.end();
  });

  it('survives a SIGTERM and a SIGKILL under load; bells on every process ring; the deadline scan acts once', async () => {
    if (spawnSync(HAPROXY, ['-v']).status !== 0) throw new Error(`${HAPROXY} is missing: apt-get install -y haproxy (.ci/run installs it)`);
    const idp = devIdentityProvider();
    const [femke, miriam] = [await idp.token('femke.jansen'), await idp.token('miriam.vos')];
    const ports = [await freePort(), await freePort(), await freePort()];
    const env = (port: number, seed = false) => apiEnv(idp.issuer, port, { SHUTDOWN_DRAIN_MS: String(DRAIN_MS), SHUTDOWN_TIMEOUT_MS: '3000', SEED_DEMO_DATA: String(seed) });
    // Processes of earlier test files are gone; a job one of them left active (a SIGKILL on purpose) would hold its stately queue until it expires.
    await db.query(`UPDATE pgboss.job SET state = 'failed', completed_on = now() WHERE state = 'active'`).catch(() => undefined);
    // The first migrates and seeds; the others start on the schema it left.
    apis.push(startApi(env(ports[0], true)));
    await waitForReady(ports[0], apis[0]);
    apis.push(startApi(env(ports[1])), startApi(env(ports[2])));
    await Promise.all(ports.slice(1).map((port, i) => waitForReady(port, apis[i + 1])));

    const lbPort = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'grensportaal-haproxy-'));
    writeFileSync(join(dir, 'haproxy.cfg'), haproxyConfig(lbPort, ports));
    haproxy = spawn(HAPROXY, ['-f', join(dir, 'haproxy.cfg'), '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const lb = `http://127.0.0.1:${lbPort}`;
    await until('the balancer serves', () => fetch(`${lb}/health/ready`).then((r) => r.ok).catch(() => false), 10_000);
    for (const token of [femke, miriam]) await graphql(lb, token, '{ me { id } }');

    // A consultation in a round of its own, to put questions about to SZW (Miriam's ministry).
    const half = { year: 2090 + Math.floor(Math.random() * 10), half: 1 + Math.floor(Math.random() * 2) };
    await db.query(`DELETE FROM consultation WHERE round_id IN (SELECT id FROM screening_round WHERE year = $1 AND half = $2)`, [half.year, half.half]);
    await db.query(`DELETE FROM screening_round WHERE year = $1 AND half = $2`, [half.year, half.half]);
    const round = await graphql<{ openScreeningRound: { id: string } }>(lb, femke, 'mutation($input: OpenScreeningRoundInput!) { openScreeningRound(input: $input) { id } }', { input: half });
    const consultation = await graphql<{ createConsultation: { id: string } }>(lb, femke, 'mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }', {
      input: { roundId: round.openScreeningRound.id, language: 'nl', title: 'Schaaltest', ministryCode: 'SZW', url: `https://www.internetconsultatie.nl/schaal-${Date.now()}`, periodStart: '2026-01-05', periodEnd: '2026-02-16', kind: 'LAW' },
    });
    const ask = (dueDate: string | null) =>
      graphql<{ createAssignment: { id: string } }>(lb, femke, 'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }', {
        input: { consultationId: consultation.createConsultation.id, ministryCode: 'SZW', language: 'nl', question: 'Klopt de screening?', dueDate },
      });

    // A notification committed by whichever process reaches Miriam's bell on every process.
    const bells = ports.map((port) => bell(port, miriam));
    await new Promise((r) => setTimeout(r, 300));
    const tomorrow = inFuture(1);
    const dueTomorrow = await ask(tomorrow);
    await until('every process streamed it', () => bells.every((b) => b.count() >= 1), 5_000);

    // A steady load through the balancer; SIGTERM one process, later SIGKILL another.
    const load = spawn(process.execPath, [join(__dirname, '../support/steady-load.mjs'), `${lb}/graphql`, femke, '8', '9'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = '';
    load.stdout?.on('data', (chunk: Buffer) => (lines += chunk.toString()));
    const loadDone = new Promise<void>((resolve) => load.on('exit', () => resolve()));
    await new Promise((r) => setTimeout(r, 1500));
    const termAt = Date.now();
    apis[0].child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, DRAIN_MS + 2000));
    const killAt = Date.now();
    apis[1].child.kill('SIGKILL');
    // Until the kernel has torn the process down, its socket may still take a connection: that request was in flight on it too.
    await apis[1].exited;
    const deadAt = Date.now();
    expect(await apis[0].exited).toBe(0);
    await loadDone;

    const results = lines
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { sentAt: number; endedAt: number; ok: boolean; status?: number; error?: string });
    const failed = results.filter((r) => !r.ok);
    const beforeKill = results.filter((r) => r.endedAt < killAt);
    // eslint-disable-next-line no-console
    console.info(
      `scale-out: ${results.length} requests through HAProxy to 3 processes; SIGTERM at +${termAt - results[0].sentAt} ms: ${beforeKill.filter((r) => !r.ok).length} of the ${beforeKill.length} that ended before the SIGKILL failed; ` +
        `SIGKILL at +${killAt - results[0].sentAt} ms (gone ${deadAt - killAt} ms later): ${failed.filter((r) => r.endedAt >= killAt).length} in flight on it failed, ` +
        `${results.filter((r) => r.sentAt > deadAt && !r.ok).length} of ${results.filter((r) => r.sentAt > deadAt).length} sent after it was gone failed`,
    );
    // Nothing fails while a process drains; after a kill, only what was in flight on it (at most one request per load loop).
    expect(beforeKill.filter((r) => !r.ok)).toEqual([]);
    expect(failed.filter((r) => r.sentAt > deadAt || r.endedAt < killAt)).toEqual([]);
    expect(failed.length).toBeLessThanOrEqual(8);
    expect(results.filter((r) => r.sentAt >= killAt + 500).length).toBeGreaterThan(50);

    // The survivor's bell still rings, and the bell's count agrees through the balancer.
    const before = bells[2].count();
    await ask(null);
    await until('the surviving process streamed it', () => bells[2].count() > before, 5_000);
    const unread = await graphql<{ unreadNotificationCount: number }>(lb, miriam, '{ unreadNotificationCount }');
    expect(unread.unreadNotificationCount).toBeGreaterThanOrEqual(2);
    for (const b of bells) b.close();

    // The deadline scan (pg-boss, every minute, in every process) reached the question due tomorrow once: one reminder for Miriam.
    const stage = `remind1:ASSIGNMENT:${dueTomorrow.createAssignment.id}:${tomorrow}`;
    await until('the scheduled scan ran', async () => (await db.query('SELECT 1 FROM deadline_event WHERE key = $1', [stage])).rowCount === 1, 100_000).catch(async (error: Error) => {
      // What the job queue and the surviving process say, to read in the log of a failed run.
      const jobs = await db.query(`SELECT name, state, created_on, started_on, completed_on, output FROM pgboss.job WHERE name = 'deadlines-scan' ORDER BY created_on`);
      throw new Error(`${error.message}; deadlines-scan jobs: ${JSON.stringify(jobs.rows)}; survivor's log: ${apis[2].output().stdout.slice(-3000)}`);
    });
    await new Promise((r) => setTimeout(r, 1500));
    const reminders = await db.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username = 'miriam.vos' AND n.entity_id = $1 AND n.kind = 'QUESTION_DUE_SOON'`,
      [dueTomorrow.createAssignment.id],
    );
    expect(reminders.rows[0].n).toBe(1);
    const perMinute = await db.query(
      `SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n FROM (SELECT created_on FROM pgboss.job WHERE name = 'deadlines-scan' UNION ALL SELECT created_on FROM pgboss.archive WHERE name = 'deadlines-scan') j GROUP BY 1`,
    );
    expect(perMinute.rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  }, 180_000);
});
