import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { testDatabaseUrl } from './test-app';

/** These tests run the built API as a separate process, as `npm start` and production do. */
const root = join(__dirname, '..', '..', '..', '..');
const main = join(root, 'dist/api/apps/api/src/main.js');

/** Ports handed out in this process: the system may offer a port again once it is closed, before whoever got it first binds it. */
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port: offered } = server.address() as AddressInfo;
        server.close(() => resolve(offered));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** The environment of a test API process on the test database, with the given identity provider and port; `overrides` last. */
export function apiEnv(issuer: string, port: number, overrides: Record<string, string> = {}): Record<string, string> {
  return { DATABASE_URL: testDatabaseUrl(), OIDC_ISSUER: issuer, PORT: String(port), WEB_DIST_DIR: '', LOG_LEVEL: 'warn', NODE_ENV: 'test', MUTATION_RATE_LIMIT: '100000', ...overrides };
}

export function startApi(env: Record<string, string>): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [main], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

export type ApiProcess = ReturnType<typeof startApi>;

/**
 * Waits until the process answers ready. It fails at once when the process
 * exits, and either way the error carries the end of what the process printed,
 * so a slow or failed start on CI can be read from the test output.
 */
export async function waitForReady(port: number, api: ApiProcess, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = (): boolean => api.child.exitCode !== null || api.child.signalCode !== null;
  while (Date.now() < deadline && !exited()) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const printed = api.output();
  const tail = (text: string): string => text.slice(-4000);
  const state = exited() ? `it exited (${api.child.exitCode ?? api.child.signalCode})` : `not within ${timeoutMs} ms`;
  throw new Error(`the API on port ${port} did not become ready: ${state}\nstdout:\n${tail(printed.stdout)}\nstderr:\n${tail(printed.stderr)}`);
}

/** Builds the API as `npm start` runs it (dist/api). */
export function buildApi(): void {
  const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'run', 'api:build', '--output-style=static'], { cwd: root, stdio: 'pipe' });
  if (build.status !== 0) throw new Error(`building the API failed:\n${build.stdout}\n${build.stderr}`);
}
