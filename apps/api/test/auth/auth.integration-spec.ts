import { createHmac } from 'node:crypto';
import { base64url, CryptoKey, exportSPKI, importJWK, JWK } from 'jose';
import { demoUsers, forge, identityProviders, TestIdentityProvider } from '../support/identity';
import { createTestApp, graphql, resetDatabase, TestApp } from '../support/test-app';

const ME = '{ me { username name roles organisation { code } agendas { code } } }';
const AGENDA_CODES = '{ agendas { code } }';

interface MeResult {
  me: { username: string; name: string; roles: string[]; organisation: { code: string } | null; agendas: Array<{ code: string }> };
}

/** Builds an unsigned JWT (`alg: none`). */
function unsigned(claims: Record<string, unknown>): string {
  const enc = (v: unknown) => base64url.encode(JSON.stringify(v));
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`;
}

/** HS256 with the provider's published public key (PEM) as the HMAC secret: the classic algorithm-confusion attack. */
async function hs256WithPublicKey(provider: TestIdentityProvider, claims: Record<string, unknown>): Promise<string> {
  const { keys } = (await (await fetch(`${provider.issuer}/protocol/openid-connect/certs`)).json()) as { keys: Array<JWK & { kid: string; use?: string }> };
  const jwk = keys.find((k) => k.kty === 'RSA' && k.use !== 'enc') ?? keys[0];
  const pem = await exportSPKI((await importJWK(jwk, 'RS256', { extractable: true })) as CryptoKey);
  const enc = (v: unknown) => base64url.encode(JSON.stringify(v));
  const input = `${enc({ alg: 'HS256', typ: 'JWT', kid: jwk.kid })}.${enc(claims)}`;
  return `${input}.${base64url.encode(createHmac('sha256', pem).update(input).digest())}`;
}

describe.each(identityProviders().map((p) => [p.name, p] as const))('identity and access against %s', (_name, provider) => {
  let t: TestApp;
  let valid: string;
  let baseClaims: Record<string, unknown>;

  beforeAll(async () => {
    t = await createTestApp({ OIDC_ISSUER: provider.issuer, MUTATION_RATE_LIMIT: '5' });
    await resetDatabase(t.dataSource);
    valid = await provider.token('jonas.hartmann');
    baseClaims = JSON.parse(Buffer.from(valid.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  });

  afterAll(() => t.close());

  it.each(demoUsers().map((u) => [u.username, u] as const))('me returns the right roles and organisation for %s', async (username, expected) => {
    const res = await graphql<MeResult>(t.app, ME, {}, {}, await provider.token(username));
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.username).toBe(username);
    expect(res.data?.me.roles).toEqual(expected.roles);
    expect(res.data?.me.organisation?.code).toBe(expected.organisation);
  });

  it('records the user on first sight and keeps one row per person', async () => {
    await graphql(t.app, ME, {}, {}, valid);
    await graphql(t.app, ME, {}, {}, valid);
    const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'jonas.hartmann'`);
    expect(rows[0].n).toBe(1);
  });

  it('shows a partner only the agendas their organisation takes part in', async () => {
    const nrw = await graphql<{ agendas: Array<{ code: string }> }>(t.app, AGENDA_CODES, {}, {}, valid);
    expect(nrw.data?.agendas.map((a) => a.code)).toEqual(['NL-NRW']);
    const hidden = await graphql<{ agenda: unknown }>(t.app, '{ agenda(code: "NL-VL") { code } }', {}, {}, valid);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.agenda).toBeNull();

    const flemish = await graphql<{ agendas: Array<{ code: string }> }>(t.app, AGENDA_CODES, {}, {}, await provider.token('lotte.peeters'));
    expect(flemish.data?.agendas.map((a) => a.code)).toEqual(['NL-VL']);
    const overijsselCommissioner = await graphql<{ agendas: Array<{ code: string }> }>(t.app, AGENDA_CODES, {}, {}, await provider.token('marco.meijer'));
    expect(overijsselCommissioner.data?.agendas.map((a) => a.code)).toEqual(['NL-NRW', 'NL-NDS']);
  });

  it.each([
    ['miriam.vos', 'a ministry'],
    ['femke.jansen', 'the secretariat'],
    ['tom.willems', 'an admin'],
  ])('shows %s (%s) all three agendas', async (username) => {
    const res = await graphql<{ agendas: Array<{ code: string }> }>(t.app, AGENDA_CODES, {}, {}, await provider.token(username));
    expect(res.data?.agendas.map((a) => a.code)).toEqual(['NL-NRW', 'NL-NDS', 'NL-VL']);
  });

  it('refuses a secretariat-only mutation to a partner with FORBIDDEN, translated, without internals, and logs nothing secret', async () => {
    const res = await graphql(t.app, 'mutation { addAgendaPartner(agendaCode: "NL-NRW", organisationCode: "VLA") { code } }', {}, { 'accept-language': 'de' }, valid);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe('Sie haben keine Berechtigung, dies zu tun.');
    expect(res.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    expect(res.errors?.[0].extensions?.params).toEqual({});
    expect(res.data).toBeNull();
  });

  it('lets the secretariat manage the partners of an agenda', async () => {
    const secretariat = await provider.token('femke.jansen');
    const added = await graphql<{ addAgendaPartner: { partners: Array<{ code: string }> } }>(
      t.app,
      'mutation { addAgendaPartner(agendaCode: "NL-NDS", organisationCode: "ERW") { partners { code } } }',
      {},
      {},
      secretariat,
    );
    expect(added.data?.addAgendaPartner.partners.map((p) => p.code)).toContain('ERW');
    const again = await graphql(t.app, 'mutation { addAgendaPartner(agendaCode: "NL-NDS", organisationCode: "ERW") { code } }', {}, { 'accept-language': 'nl' }, secretariat);
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_PARTNER');
    expect(again.errors?.[0].message).toBe('ERW is al partner van NL-NDS.');
    const removed = await graphql<{ removeAgendaPartner: { partners: Array<{ code: string }> } }>(
      t.app,
      'mutation { removeAgendaPartner(agendaCode: "NL-NDS", organisationCode: "ERW") { partners { code } } }',
      {},
      {},
      secretariat,
    );
    expect(removed.data?.removeAgendaPartner.partners.map((p) => p.code)).not.toContain('ERW');
  });

  describe('refuses every kind of bad token with UNAUTHENTICATED, never a 500', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const cases: Array<[string, () => Promise<string | null>]> = [
      ['expired', async () => forge(await provider.signingKey(), { ...baseClaims, iat: now() - 3600, exp: now() - 600 })],
      ['not yet valid', async () => forge(await provider.signingKey(), { ...baseClaims, iat: now(), nbf: now() + 600, exp: now() + 1200 })],
      ['wrong issuer', async () => forge(await provider.signingKey(), { ...baseClaims, iss: 'https://evil.example/realms/grensportaal' })],
      ['wrong audience', async () => forge(await provider.signingKey(), { ...baseClaims, aud: 'some-other-api' })],
      ['alg none', async () => unsigned({ ...baseClaims, exp: now() + 300 })],
      ['HS256 signed with the public key as secret', () => hs256WithPublicKey(provider, { ...baseClaims, exp: now() + 300 })],
      ['unknown kid', async () => forge({ ...(await provider.signingKey()), kid: 'no-such-key' }, baseClaims)],
      [
        'tampered payload',
        async () => {
          const [header, , signature] = valid.split('.');
          const payload = base64url.encode(JSON.stringify({ ...baseClaims, realm_access: { roles: ['secretariat'] } }));
          return `${header}.${payload}.${signature}`;
        },
      ],
      ['an ID token', async () => forge(await provider.signingKey(), { ...baseClaims, typ: 'ID' })],
      ['token for another realm', () => provider.otherRealmToken()],
      ['missing token', async () => null],
    ];

    it.each(cases)('%s', async (_label, make) => {
      const token = await make();
      const res = await graphql(t.app, AGENDA_CODES, {}, { 'accept-language': 'nl' }, token ?? undefined);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toBe('U bent niet (meer) aangemeld. Meld u opnieuw aan.');
      expect(res.data).toBeNull();
    });

    it.each([
      ['malformed header: no scheme', (v: string) => v],
      ['malformed header: Basic', () => 'Basic dXNlcjpwYXNz'],
      ['malformed header: garbage', () => 'Bearer not.a.jwt!'],
      ['malformed header: empty bearer', () => 'Bearer '],
    ])('%s', async (_label, header) => {
      const res = await graphql(t.app, AGENDA_CODES, {}, { authorization: header(valid) });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  it('limits mutations per user and minute across processes (in PostgreSQL)', async () => {
    const token = await provider.token('ruben.bakker');
    const codes: Array<unknown> = [];
    for (let i = 0; i < 6; i++) {
      const res = await graphql(t.app, 'mutation { setMyLanguage(language: de) { language } }', {}, {}, token);
      codes.push(res.errors?.[0].extensions?.code ?? 'OK');
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    const other = await graphql(t.app, 'mutation { setMyLanguage(language: nl) { language } }', {}, {}, await provider.token('daan.visser'));
    expect(other.errors).toBeUndefined();
  });
});
