import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { createTestApp, graphql, resetDatabase, TestApp } from '../support/test-app';
import { TEST_CLIENT, DEMO_PASSWORD } from '../support/identity';

const root = join(__dirname, '..', '..', '..', '..');

/** A development provider in a process of its own (built by the global setup), so it can really go away. */
async function startProviderProcess(): Promise<{ issuer: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'dist/dev-idp/apps/dev-idp/src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DEV_IDP_PORT: '0', DEV_IDP_KEYS_FILE: join(root, '.data/dev-idp-test/jwks.json') },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const entry = JSON.parse(line) as { issuer?: string };
    if (entry.issuer) return { issuer: entry.issuer, child };
  }
  throw new Error('the development identity provider did not start');
}

describe('when the identity provider goes away after start', () => {
  let idp: { issuer: string; child: ChildProcess };
  let t: TestApp;

  beforeAll(async () => {
    idp = await startProviderProcess();
    t = await createTestApp({ OIDC_ISSUER: idp.issuer });
    await resetDatabase(t.dataSource);
  });

  afterAll(async () => {
    if (idp.child.exitCode === null) idp.child.kill('SIGKILL');
    await t.close();
  });

  it('keeps accepting tokens it already knows the keys of, and reports the provider as down without failing readiness', async () => {
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: TEST_CLIENT.id, client_secret: TEST_CLIENT.secret, username: 'anna.degroot', password: DEMO_PASSWORD }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    const before = await graphql<{ me: { username: string } }>(t.app, '{ me { username } }', {}, {}, token);
    expect(before.data?.me.username).toBe('anna.degroot');
    let ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.body.checks.identityProvider).toBe('up');

    idp.child.kill('SIGTERM');
    await once(idp.child, 'exit');

    const after = await graphql<{ me: { username: string } }>(t.app, '{ me { username } }', {}, {}, token);
    expect(after.errors).toBeUndefined();
    expect(after.data?.me.username).toBe('anna.degroot');
    ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toMatchObject({ database: 'up', identityProvider: 'down' });
  });
});
