import { devIdentityProvider } from '../support/identity';
import { createTestApp, countQueries, graphql, resetDatabase, TestApp } from '../support/test-app';

const AGENDAS = `
  query Agendas {
    agendas {
      code
      referencePrefix
      name
      names { nl de en }
      description
      steeringOrganisation { code name }
      partners { code kind country name }
      themes { code name sortOrder }
    }
  }
`;

interface AgendasResult {
  agendas: Array<{
    code: string;
    referencePrefix: string;
    name: string;
    names: { nl: string; de: string; en: string };
    description: string;
    steeringOrganisation: { code: string; name: string } | null;
    partners: Array<{ code: string; kind: string; country: string; name: string }>;
    themes: Array<{ code: string; name: string; sortOrder: number }>;
  }>;
}

describe('agendas, organisations and themes over GraphQL', () => {
  let t: TestApp;
  let secretariat: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    secretariat = await devIdentityProvider().token('femke.jansen');
  });

  afterAll(() => t.close());

  it('lists the three agendas in their agreed order, with partners, themes and the steering province', async () => {
    const res = await graphql<AgendasResult>(t.app, AGENDAS, {}, { 'accept-language': 'en' }, secretariat);
    expect(res.errors).toBeUndefined();
    const agendas = res.data!.agendas;
    expect(agendas.map((a) => a.code)).toEqual(['NL-NRW', 'NL-NDS', 'NL-VL']);
    expect(agendas.map((a) => a.referencePrefix)).toEqual(['NRW', 'NDS', 'VL']);
    expect(agendas.map((a) => a.steeringOrganisation?.code)).toEqual(['GLD', 'OV', 'LI-NL']);

    const nrw = agendas[0];
    expect(nrw.partners.map((p) => p.code).sort()).toEqual(
      ['BZK', 'NRW', 'BR-DUS', 'BR-KOE', 'BR-MUE', 'GLD', 'OV', 'LI-NL', 'EUREGIO', 'ERW', 'ERMN', 'EMR'].sort(),
    );
    expect(nrw.themes.map((th) => th.code)).toEqual(['labour-market', 'education', 'mobility', 'safety', 'health-care']);
    expect(agendas[1].themes.map((th) => th.code)).toEqual(['energy', 'labour-market-education', 'e-ticketing', 'circular-economy']);
    expect(agendas[2].partners.map((p) => p.code)).toEqual(expect.arrayContaining(['VLA', 'ZE', 'NB', 'WVL', 'OVL', 'ANT', 'LI-BE']));
  });

  it.each([
    ['nl', 'Grenslandagenda Nederland–Nordrhein-Westfalen', 'Provincie Gelderland', 'Arbeidsmarkt'],
    ['de', 'Grenzlandagenda Niederlande–Nordrhein-Westfalen', 'Provinz Gelderland', 'Arbeitsmarkt'],
    ['en', 'Border Region Agenda Netherlands–North Rhine-Westphalia', 'Province of Gelderland', 'Labour market'],
  ])('answers in the caller\'s language (%s)', async (language, agendaName, steering, theme) => {
    const res = await graphql<AgendasResult>(t.app, AGENDAS, {}, { 'accept-language': `${language};q=0.9, fr;q=1` }, secretariat);
    const nrw = res.data!.agendas[0];
    expect(nrw.name).toBe(agendaName);
    expect(nrw.names[language as 'nl' | 'de' | 'en']).toBe(agendaName);
    expect(nrw.steeringOrganisation?.name).toBe(steering);
    expect(nrw.themes[0].name).toBe(theme);
  });

  it('batches the child fields: the same number of SQL statements however many agendas and relations', async () => {
    await graphql<AgendasResult>(t.app, AGENDAS, {}, {}, secretariat); // the first request of a user also records them
    const { count, result } = await countQueries(t.dataSource, () => graphql<AgendasResult>(t.app, AGENDAS, {}, {}, secretariat));
    expect(result.errors).toBeUndefined();
    // agendas, partners (all agendas at once), themes (all agendas at once), steering organisations (at once)
    expect(count).toBe(4);
  });

  it('finds one agenda by code, and answers null for a code that does not exist', async () => {
    const found = await graphql<{ agenda: { code: string; themes: unknown[] } | null }>(t.app, 'query($code: String!) { agenda(code: $code) { code themes { code } } }', { code: 'NL-VL' }, {}, secretariat);
    expect(found.data?.agenda?.code).toBe('NL-VL');
    expect(found.data?.agenda?.themes).toHaveLength(5);
    const missing = await graphql<{ agenda: unknown }>(t.app, 'query($code: String!) { agenda(code: $code) { code } }', { code: 'XX-YY' }, {}, secretariat);
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.agenda).toBeNull();
  });

  it('lists organisations alphabetically in the reader\'s language and filters by kind', async () => {
    const ministries = await graphql<{ organisations: Array<{ code: string; name: string }> }>(
      t.app,
      '{ organisations(kind: MINISTRY) { code name } }',
      {},
      { 'accept-language': 'nl' },
      secretariat,
    );
    const codes = ministries.data!.organisations.map((o) => o.code);
    expect(codes.sort()).toEqual(['BZK', 'EZ', 'FIN', 'IENW', 'JENV', 'LVVN', 'OCW', 'SZW', 'VWS']);
    const names = ministries.data!.organisations.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const all = await graphql<{ organisations: unknown[] }>(t.app, '{ organisations { code } }', {}, {}, secretariat);
    expect(all.data!.organisations.length).toBe(32);
  });

  it('refuses an unknown field with a typed, translated error and no internals', async () => {
    const res = await graphql(t.app, '{ agendas { code secret } }', {}, { 'accept-language': 'de' });
    expect(res.status).toBe(400);
    const [error] = res.errors!;
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/^Die Abfrage passt nicht zur Schnittstelle von Grensportaal: /);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('refuses an invalid enum value in variables with a typed error', async () => {
    const res = await graphql(t.app, 'query($kind: OrganisationKind) { organisations(kind: $kind) { code } }', { kind: 'EMPIRE' }, { 'accept-language': 'nl' });
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/^Een waarde in het verzoek is ongeldig: /);
  });

  it('keeps a sane incoming request id and replaces an unsafe one', async () => {
    const kept = await graphql(t.app, '{ agendas { code } }', {}, { 'x-request-id': 'trace-1234567890' });
    expect(kept.headers['x-request-id']).toBe('trace-1234567890');
    const replaced = await graphql(t.app, '{ agendas { code } }', {}, { 'x-request-id': 'bad id with spaces <script>' });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
