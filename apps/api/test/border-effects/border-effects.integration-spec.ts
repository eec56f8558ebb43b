import { as, bottleneckAt, Client, createBottleneck, outcome } from '../support/domain';
import { demoUsers } from '../support/identity';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { CLOSE, Consultation, CREATE, createConsultation, fieldMessages, fields, FLAG, json, LINK, OPEN, openRound as openRoundAs, READ, REOPEN, Round, ROUND, TRANSLATE, UNFLAG, UPDATE } from './consultation-support';

/**
 * Border-effects monitoring: the lifecycle of a screening round and of a
 * consultation record, versioned updates with their history, who may do
 * what, links to bottlenecks that only their readers see, partners' flags,
 * and the figures against the rows themselves.
 */
describe('border-effects monitoring', () => {
  let t: TestApp;
  let secretariat: Client;

  beforeAll(async () => {
    t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
    await resetDatabase(t.dataSource);
    await t.app.init();
    secretariat = as(t.app, 'femke.jansen');
  });

  afterAll(() => t?.close());

  const openRound = (year: number, half: number) => openRoundAs(secretariat, year, half);
  const create = (roundId: string, overrides: Record<string, unknown> = {}) => createConsultation(secretariat, roundId, overrides);
  const rowCounts = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM consultation)::int AS c, (SELECT count(*) FROM history_entry)::int AS h`))[0];

  it('opens a round once per half-year, closes it only when every consultation is screened, and reopens it, all in its history', async () => {
    const round = await openRound(2026, 1);
    expect(round).toMatchObject({ code: '2026-H1', status: 'OPEN', version: 1, canKeep: true });
    const twice = await secretariat(OPEN, { input: { year: 2026, half: 1 } });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.half', rule: 'roundExists' }] });
    expect(fieldMessages(twice)).toContain('2026-H1');
    const dutch = await as(t.app, 'femke.jansen', 'nl')(OPEN, { input: { year: 2026, half: 3 } });
    expect(fieldMessages(dutch)).toContain('Halfjaar');

    const unscreened = await create(round.id);
    const early = await secretariat(CLOSE, { input: { id: round.id, version: 1 } });
    expect(early.errors![0].extensions).toMatchObject({ fields: [{ field: 'input.id', rule: 'allScreened', params: { count: 1 } }] });
    expect(fieldMessages(early)).toContain('1 ');

    await secretariat(UPDATE, { input: { id: unscreened.id, version: unscreened.version, ...fields({ borderRelevant: false, relevanceReason: 'Geen grensoverschrijdende werking.' }) } });
    const closed = (await secretariat<{ closeScreeningRound: Round }>(CLOSE, { input: { id: round.id, version: 1 } })).data!.closeScreeningRound;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 2 });

    // A closed round is the record of its figures: nothing is recorded or changed in it.
    const late = await secretariat(CREATE, { input: { roundId: round.id, ...fields() } });
    expect(late.errors![0].extensions).toMatchObject({ fields: [{ field: 'input.roundId', rule: 'roundOpen' }] });
    const current = (await secretariat<{ consultation: Consultation }>(READ, { id: unscreened.id })).data!.consultation;
    expect(current.canEdit).toBe(false);
    const change = await secretariat(UPDATE, { input: { id: current.id, version: current.version, ...fields({ borderRelevant: true, relevanceReason: 'Toch wel.' }) } });
    expect(change.errors![0].extensions).toMatchObject({ fields: [{ rule: 'roundOpen' }] });
    const stale = await secretariat(REOPEN, { input: { id: round.id, version: 1 } });
    expect(outcome(stale)).toBe('CONFLICT');

    const reopened = (await secretariat<{ reopenScreeningRound: Round }>(REOPEN, { input: { id: round.id, version: 2 } })).data!.reopenScreeningRound;
    expect(reopened).toMatchObject({ status: 'OPEN', version: 3 });
    expect(reopened.history.map((h) => [h.kind, h.version])).toEqual([
      ['ROUND_REOPENED', 3],
      ['ROUND_CLOSED', 2],
      ['ROUND_OPENED', 1],
    ]);
    expect(reopened.history[2].changes).toEqual([{ field: 'round', from: null, to: json('2026-H1') }]);
  });

  it('refuses a consultation record that breaks a rule, naming every field, and writes nothing', async () => {
    const round = await openRound(2026, 2);
    const before = await rowCounts();
    const res = await as(t.app, 'femke.jansen', 'de')(CREATE, {
      input: {
        roundId: round.id,
        ...fields({ ministryCode: 'GLD', kind: null, url: 'internetconsultatie.nl/x', periodEnd: '2026-01-01', borderRelevant: true, testReport: 'SEPARATE_DOCUMENT', response: 'Reactie', responseSubmitted: false }),
      },
    });
    const problems = (res.errors![0].extensions!['fields'] as Array<{ field: string; rule: string }>).map((f) => [f.field, f.rule]);
    expect(problems).toEqual([
      ['input.ministryCode', 'ministry'],
      ['input.kind', 'required'],
      ['input.url', 'webAddress'],
      ['input.periodEnd', 'notBefore'],
      ['input.relevanceReason', 'required'],
      ['input.testReport', 'testCarriedOut'],
      ['input.response', 'responseSubmitted'],
    ]);
    expect(fieldMessages(res)).toContain('Webadresse');
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps a consultation record versioned: every change in its history, a stale change refused naming the fields, translations outdated when the original changes', async () => {
    const round = (await secretariat<{ screeningRounds: Round[] }>(`{ screeningRounds { ${ROUND} } }`)).data!.screeningRounds.find((r) => r.code === '2026-H2')!;
    const created = await create(round.id, { translations: [{ field: 'title', language: 'de', text: 'Gesetzentwurf zur steuerlichen Behandlung von Homeoffice-Tagen von Grenzgängern' }] });
    expect(created).toMatchObject({ version: 1, borderRelevant: null, canEdit: true, ministry: { code: 'FIN' }, round: { code: '2026-H2' } });
    expect(created.history).toHaveLength(1);
    expect(created.history[0].kind).toBe('CREATED');
    expect(created.history[0].changes.find((c) => c.field === 'title')).toMatchObject({ from: null, to: json(fields().title), language: 'nl' });

    const screened = (
      await secretariat<{ updateConsultation: Consultation }>(UPDATE, {
        input: {
          id: created.id,
          version: 1,
          ...fields({
            borderRelevant: true,
            relevanceReason: 'Raakt grensarbeiders die in Duitsland of België thuiswerken.',
            testCarriedOut: false,
            effectDirection: 'NEGATIVE',
            effects: 'Dubbele heffing dreigt voor thuiswerkdagen boven de drempel.',
            affectedGroups: ['CROSS_BORDER_WORKERS', 'BUSINESSES', 'CROSS_BORDER_WORKERS'],
            neighbours: ['DE_NRW', 'BE_VL'],
            mitigations: ['NONE'],
          }),
        },
      })
    ).data!.updateConsultation;
    expect(screened).toMatchObject({ version: 2, borderRelevant: true, testCarriedOut: false, affectedGroups: ['CROSS_BORDER_WORKERS', 'BUSINESSES'], neighbours: ['DE_NRW', 'BE_VL'] });
    expect(screened.history[0]).toMatchObject({ kind: 'UPDATED', version: 2 });
    expect(screened.history[0].changes.map((c) => c.field)).toEqual(['borderRelevant', 'relevanceReason', 'testCarriedOut', 'effectDirection', 'effects', 'affectedGroups', 'neighbours', 'mitigations']);
    // The title did not change: its translation is still current.
    expect((await as(t.app, 'femke.jansen', 'de')<{ consultation: Consultation }>(READ, { id: created.id })).data!.consultation.title).toMatchObject({ language: 'de', status: 'TRANSLATED' });

    // Someone who read version 1 is told what changed since, and overwrites nothing.
    const stale = await secretariat(UPDATE, { input: { id: created.id, version: 1, ...fields({ title: 'Een andere titel' }) } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.errors![0].extensions!['changedFields']).toEqual(expect.arrayContaining(['borderRelevant', 'neighbours']));

    const translated = (
      await secretariat<{ translateText: Consultation }>(TRANSLATE, { input: { target: 'CONSULTATION', id: created.id, version: 2, field: 'relevanceReason', language: 'en', text: 'Affects cross-border workers who work from home in Germany or Belgium.' } })
    ).data!.translateText;
    expect(translated.version).toBe(3);
    expect(translated.history[0]).toMatchObject({ kind: 'TRANSLATED', changes: [{ field: 'relevanceReason', language: 'en' }] });
    expect(translated.relevanceReason).toMatchObject({ language: 'en', status: 'TRANSLATED' });

    const retitled = (await secretariat<{ updateConsultation: Consultation }>(UPDATE, { input: { id: created.id, version: 3, ...fields({ title: 'Wetsvoorstel thuiswerken grensarbeiders (herzien)', borderRelevant: true, relevanceReason: 'Raakt grensarbeiders die in Duitsland of België thuiswerken.', testCarriedOut: false }) } })).data!.updateConsultation;
    expect(retitled.history[0].changes.map((c) => c.field)).toEqual(['title', 'effectDirection', 'effects', 'affectedGroups', 'neighbours', 'mitigations']);
    const german = (await as(t.app, 'femke.jansen', 'de')<{ consultation: Consultation }>(READ, { id: created.id })).data!.consultation;
    expect(german.title).toMatchObject({ language: 'de', status: 'OUTDATED' });
  });

  it('lets every signed-in user read the register, only the secretariat keep it and only partners flag it', async () => {
    const round = (await secretariat<{ screeningRounds: Round[] }>(`{ screeningRounds { ${ROUND} } }`)).data!.screeningRounds.find((r) => r.code === '2026-H2')!;
    const consultation = await create(round.id, { title: 'Regeling ambulancezorg in de grensstreek', ministryCode: 'VWS', kind: 'MINISTERIAL_REGULATION' });
    for (const { username, roles } of demoUsers()) {
      const client = as(t.app, username);
      const read = await client<{ consultation: Consultation; screeningRounds: Round[] }>(`query($id: ID!) { consultation(id: $id) { id canEdit canFlag } screeningRounds { id canKeep } }`, { id: consultation.id });
      expect({ username, errors: read.errors }).toEqual({ username, errors: undefined });
      const secretariatUser = roles.includes('secretariat');
      const partner = roles.includes('partner');
      expect({ username, canEdit: read.data!.consultation.canEdit, canFlag: read.data!.consultation.canFlag, canKeep: read.data!.screeningRounds[0].canKeep }).toEqual({
        username,
        canEdit: secretariatUser,
        canFlag: partner,
        canKeep: secretariatUser,
      });
      const current = (await secretariat<{ consultation: Consultation }>(READ, { id: consultation.id })).data!.consultation;
      const update = await client(UPDATE, { input: { id: consultation.id, version: current.version, ...fields({ title: `Regeling ambulancezorg (${username})`, ministryCode: 'VWS', kind: 'MINISTERIAL_REGULATION' }) } });
      expect({ username, outcome: outcome(update) }).toEqual({ username, outcome: secretariatUser ? 'OK' : 'FORBIDDEN' });
      expect({ username, outcome: outcome(await client(OPEN, { input: { year: 2030, half: 1 + (username.length % 2) } })) }).toEqual({ username, outcome: secretariatUser ? expect.stringMatching(/OK|BAD_USER_INPUT/) : 'FORBIDDEN' });
      const flag = await client(FLAG, { input: { consultationId: consultation.id, note: `Relevant voor ${username}` } });
      expect({ username, outcome: outcome(flag) }).toEqual({ username, outcome: partner ? 'OK' : 'FORBIDDEN' });
    }
    const flagged = (await secretariat<{ consultation: Consultation }>(READ, { id: consultation.id })).data!.consultation;
    expect(flagged.flags.map((f) => f.organisation.code).sort()).toEqual(['BR-MUE', 'GLD', 'GR', 'NDS', 'NRW', 'VLA']);
  });

  it('flags per organisation: a second flag replaces the note, taking it back is recorded', async () => {
    const round = (await secretariat<{ screeningRounds: Round[] }>(`{ screeningRounds { ${ROUND} } }`)).data!.screeningRounds.find((r) => r.code === '2026-H2')!;
    const consultation = await create(round.id, { title: 'Besluit erkenning beroepskwalificaties leraren', ministryCode: 'OCW', kind: 'GENERAL_ADMINISTRATIVE_ORDER' });
    const katrin = as(t.app, 'katrin.schulz', 'de');
    await katrin(FLAG, { input: { consultationId: consultation.id, note: 'Betrifft Lehrkräfte aus NRW.' } });
    const again = (await katrin<{ flagConsultation: Consultation }>(FLAG, { input: { consultationId: consultation.id, note: 'Betrifft Lehrkräfte aus NRW und Niedersachsen.' } })).data!.flagConsultation;
    expect(again.flags).toEqual([{ note: 'Betrifft Lehrkräfte aus NRW und Niedersachsen.', organisation: { code: 'NRW' } }]);
    expect(again.history[0]).toMatchObject({ kind: 'FLAGGED', changes: [{ field: 'flag', from: json('Betrifft Lehrkräfte aus NRW.'), to: json('Betrifft Lehrkräfte aus NRW und Niedersachsen.') }] });
    const taken = (await katrin<{ unflagConsultation: Consultation }>(UNFLAG, { id: consultation.id })).data!.unflagConsultation;
    expect(taken.flags).toEqual([]);
    expect(taken.history[0].kind).toBe('UNFLAGGED');
    const twice = await katrin(UNFLAG, { id: consultation.id });
    expect(twice.errors![0].extensions).toMatchObject({ fields: [{ field: 'consultationId', rule: 'notFlagged' }] });
  });

  it('shows a linked bottleneck only to those who may read it, in the links and in the history', async () => {
    const round = (await secretariat<{ screeningRounds: Round[] }>(`{ screeningRounds { ${ROUND} } }`)).data!.screeningRounds.find((r) => r.code === '2026-H2')!;
    const consultation = await create(round.id, { title: 'Wijziging Wet ambulancezorg' });
    // A Groningen draft: only Groningen, the secretariat and admins read it.
    const draft = await createBottleneck(as(t.app, 'eva.smit'), { agendaCode: 'NL-NDS', themeCode: 'energy', title: 'Ambulances over de grens bij Bad Nieuweschans' });
    const open = await bottleneckAt('ANALYSIS', as(t.app, 'anna.degroot'), secretariat, { title: 'Ambulancezorg Kleve–Nijmegen' });
    const linked = await secretariat<{ linkConsultationBottleneck: Consultation }>(LINK, { input: { consultationId: consultation.id, bottleneckId: draft.id, type: 'TOUCHES' } });
    expect(linked.errors).toBeUndefined();
    await secretariat(LINK, { input: { consultationId: consultation.id, bottleneckId: open.id, type: 'LED_TO' } });
    const twice = await secretariat(LINK, { input: { consultationId: consultation.id, bottleneckId: open.id, type: 'TOUCHES' } });
    expect(twice.errors![0].extensions).toMatchObject({ fields: [{ field: 'input.bottleneckId', rule: 'alreadyLinked' }] });

    const seen = async (username: string) => (await as(t.app, username)<{ consultation: Consultation }>(READ, { id: consultation.id })).data!.consultation;
    expect((await seen('femke.jansen')).bottlenecks.map((b) => b.bottleneck.reference).sort()).toEqual([draft.reference, open.reference].sort());
    expect((await seen('eva.smit')).bottlenecks.map((b) => b.bottleneck.reference)).toEqual([draft.reference]);
    const anna = await seen('anna.degroot');
    expect(anna.bottlenecks).toEqual([{ type: 'LED_TO', bottleneck: { reference: open.reference } }]);
    const body = JSON.stringify(anna);
    expect(body).not.toContain(draft.reference);
    expect(body).not.toContain(draft.id);
    expect(anna.history.filter((h) => h.kind === 'LINKED').map((h) => h.changes[0].toText)).toEqual([`Led to: ${open.reference}`, expect.stringContaining('cannot see')]);
  });
});
