import request from 'supertest';
import { hostileDocuments } from '../support/hostile-documents.mjs';
import { devIdentityProvider } from '../support/identity';
import { createTestApp, graphql, resetDatabase, TestApp } from '../support/test-app';

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: agendas { code }`).join(' ')} }`;

describe('GraphQL protection', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '30', GRAPHQL_MAX_COST: '2000' });
    await resetDatabase(t.dataSource);
    token = await devIdentityProvider().token('femke.jansen');
  });

  afterAll(() => t.close());

  it('serves a query within the limits', async () => {
    const res = await graphql(t.app, '{ me { organisation { code } agendas { code themes { code } } } }', {}, {}, token);
    expect(res.errors).toBeUndefined();
  });

  it('refuses a query deeper than the limit, also through fragments, before running it', async () => {
    const res = await graphql(
      t.app,
      'query Deep { me { ...A } } fragment A on Me { agendas { partners { names { nl } } } }',
      {},
      { 'accept-language': 'en' },
      token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(res.errors?.[0].message).toBe('The request is nested too deeply (5 levels, at most 4).');
    expect(res.data).toBeUndefined();
  });

  it('refuses 1,000 aliases with a typed error', async () => {
    const res = await graphql(t.app, aliases(1000), {}, { 'accept-language': 'de' }, token);
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_MANY_ALIASES');
    expect(res.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_MANY_ALIASES')?.message).toBe(
      'Die Abfrage verwendet zu viele Aliasse (1000, höchstens 30).',
    );
  });

  it('refuses a query whose estimated cost is too high', async () => {
    const res = await graphql(t.app, `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: organisations { code name names { nl de en } }`).join(' ')} }`, {}, {}, token);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
  });

  it('refuses an enormous document while parsing', async () => {
    const res = await graphql(t.app, `{ ${'agendas { code } '.repeat(6000)} }`, {}, {}, token);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('refuses batched requests', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ me { username } }' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('CSRF');
  });

  it('refuses a body over 1 MB with a typed, translated error', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'nl')
      .send(JSON.stringify({ query: '{ me { username } }', variables: { blob: 'x'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.errors[0].message).toBe('Het verzoek is groter dan toegestaan (1mb).');
  });

  it('refuses a body that is not JSON with a typed error', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('UNREADABLE_BODY');
  });

  it('sends security headers with a Content Security Policy without inline scripts', async () => {
    const res = await request(t.app.getHttpServer()).get('/health/live');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`connect-src 'self' ${new URL(devIdentityProvider().issuer).origin}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('publishes the web app its identity provider settings', async () => {
    const res = await request(t.app.getHttpServer()).get('/config.json').expect(200);
    expect(res.body).toEqual({ oidc: { authority: devIdentityProvider().issuer, clientId: 'grensportaal-web', scope: 'openid profile email' }, attachments: { maxMb: 25 } });
  });
});

describe('documents built to be slow', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The limits of production (the defaults).
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const docs = hostileDocuments();

  it.each(docs.map(([label, document, codes]) => [label, document, codes] as const))('refuses %s with a typed error, before it runs', async (_label, document, codes) => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: document });
    expect(res.status).toBe(400);
    expect(codes).toContain(res.body.errors?.[0]?.extensions?.code);
    expect(res.body.data).toBeUndefined();
    expect(typeof res.body.errors[0].message).toBe('string');
  });

  it('answers a simple query while bombs are being refused', async () => {
    const bombs = docs.map(([, document]) => request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: document }));
    const simple = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    const [plain] = await Promise.all([simple, ...bombs]);
    expect(plain.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('in production', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production' });
    token = await devIdentityProvider().token('anna.degroot');
  });

  afterAll(() => t.close());

  it('names no part of the schema the request did not (no "Did you mean …?", no introspection)', async () => {
    for (const query of ['{ bottlenecks { edges { node { titel } } } }', '{ agendaz { code } }', '{ bottlenecks(orderBy: UPDATED) { totalCount } }']) {
      const res = await graphql(t.app, query, {}, {}, token);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|"title"|"agendas"|UPDATED_DESC/);
    }
    const introspection = await graphql(t.app, '{ __schema { types { name } } }', {}, {}, token);
    expect(introspection.data).toBeUndefined();
  });
});
