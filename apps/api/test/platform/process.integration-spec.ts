import { ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { apiEnv, buildApi, freePort, startApi, waitForReady } from '../support/api-process';
import { devIdentityProvider } from '../support/identity';
import { testDatabaseUrl } from '../support/test-app';

describe('the API process', () => {
  beforeAll(buildApi);

  it.each([
    ['nonsense', 'must be a URL starting with postgres:// or postgresql://'],
    ['', 'is required but not set'],
  ])('stops with one line naming DATABASE_URL when it is %p', async (value, rule) => {
    const api = startApi({ DATABASE_URL: value });
    expect(await api.exited).toBe(1);
    const { stdout, stderr } = api.output();
    expect(stdout).toBe('');
    expect(stderr).toBe(`Configuration error: DATABASE_URL ${rule}.\n`);
  });

  it('names the variable and the rule for other bad values too, without echoing secrets', async () => {
    const api = startApi({ DATABASE_URL: 'postgres://user:secret@localhost/db', OIDC_ISSUER: 'https://id.example/realms/grensportaal', PORT: '99999' });
    expect(await api.exited).toBe(1);
    expect(api.output().stderr).toBe('Configuration error: PORT must be a whole number between 1 and 65535.\n');
  });

  it('finishes an in-flight request on SIGTERM, logs one JSON line per request, then exits cleanly', async () => {
    const port = await freePort();
    const idp = devIdentityProvider();
    const token = await idp.token('femke.jansen');
    const api = startApi({ DATABASE_URL: testDatabaseUrl(), OIDC_ISSUER: idp.issuer, PORT: String(port), WEB_DIST_DIR: '', LOG_LEVEL: 'info', NODE_ENV: 'test', SEED_DEMO_DATA: 'true', SHUTDOWN_DRAIN_MS: '0' });
    try {
      await waitForReady(port, api);
      const body = JSON.stringify({ operationName: 'Codes', query: 'query Codes { agendas { code } }' });
      // Send the headers and half of the body, signal the process, then send the rest: the request is in flight.
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 20));
        setTimeout(() => {
          api.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(20)), 300);
        }, 200);
      });
      const result = await response;
      expect(result.status).toBe(200);
      expect(JSON.parse(result.body).data.agendas).toHaveLength(3);
      expect(await api.exited).toBe(0);

      const lines = api
        .output()
        .stdout.trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const requestLine = lines.find((l) => l['msg'] === 'request' && l['path'] === '/graphql');
      expect(requestLine).toMatchObject({ level: 'info', method: 'POST', status: 200, operation: 'Codes' });
      expect(typeof requestLine?.['reqId']).toBe('string');
      expect(typeof requestLine?.['userId']).toBe('string');
      expect(api.output().stdout).not.toContain(token);
      expect(lines.some((l) => l['msg'] === 'shutting down: draining, then finishing in-flight requests')).toBe(true);
    } finally {
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
    }
  }, 120_000);

  it('drains on SIGTERM under a steady load: no request sent before readiness turned 503 fails, then it exits in time', async () => {
    const port = await freePort();
    const idp = devIdentityProvider();
    const token = await idp.token('femke.jansen');
    const drainMs = 2000;
    const timeoutMs = 3000;
    const api = startApi(apiEnv(idp.issuer, port, { SHUTDOWN_DRAIN_MS: String(drainMs), SHUTDOWN_TIMEOUT_MS: String(timeoutMs) }));
    let load: ChildProcess | undefined;
    try {
      await waitForReady(port, api);
      load = spawn(process.execPath, [join(__dirname, '../support/steady-load.mjs'), `http://127.0.0.1:${port}/graphql`, token, '8', '8'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let lines = '';
      load.stdout?.on('data', (chunk: Buffer) => (lines += chunk.toString()));
      const loadDone = new Promise<void>((resolve) => load!.on('exit', () => resolve()));
      await new Promise((r) => setTimeout(r, 1500));
      // Readiness, watched from here every 20 ms: when did it first say 503, and for how long did it answer at all?
      const readiness: Array<{ at: number; status: number | 'refused' }> = [];
      let watching = true;
      const watcher = (async () => {
        while (watching) {
          const at = Date.now();
          const status = await fetch(`http://127.0.0.1:${port}/health/ready`)
            .then((r) => r.status)
            .catch(() => 'refused' as const);
          readiness.push({ at, status });
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const signalledAt = Date.now();
      api.child.kill('SIGTERM');
      const exitCode = await api.exited;
      const exitedAt = Date.now();
      watching = false;
      await watcher;
      await loadDone;

      const results = lines
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { sentAt: number; ok: boolean; status?: number; error?: string });
      const turned = readiness.find((r) => r.status !== 200);
      expect(turned?.status).toBe(503);
      const before = results.filter((r) => r.sentAt < turned!.at);
      const duringDrain = readiness.filter((r) => r.at >= signalledAt && r.at < signalledAt + drainMs - 200);
      // eslint-disable-next-line no-console
      console.info(
        `SIGTERM under load: ${before.length} requests sent before readiness turned 503 (${before.filter((r) => !r.ok).length} failed); ` +
          `${results.length - before.length} after (${results.filter((r) => r.sentAt >= turned!.at && r.ok).length} still served); ` +
          `readiness 503 ${turned!.at - signalledAt} ms after SIGTERM; exit ${exitedAt - signalledAt} ms after SIGTERM (drain ${drainMs} + timeout ${timeoutMs})`,
      );
      expect(before.length).toBeGreaterThan(50);
      expect(before.filter((r) => !r.ok)).toEqual([]);
      expect(duringDrain.length).toBeGreaterThan(10);
      expect(duringDrain.every((r) => r.status === 503)).toBe(true);
      // Served through the drain: requests sent during it (but before the end) succeed.
      expect(results.filter((r) => r.sentAt > signalledAt + 200 && r.sentAt < signalledAt + drainMs - 200).every((r) => r.ok)).toBe(true);
      expect(exitCode).toBe(0);
      expect(exitedAt - signalledAt).toBeLessThan(drainMs + timeoutMs);
    } finally {
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
      if (load && load.exitCode === null) load.kill('SIGKILL');
    }
  }, 120_000);
});
