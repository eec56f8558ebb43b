import { Clock } from '@api/core/time/clock';
import { DeadlineService } from '@api/modules/notification/deadline.service';
import { as, Client, outcome } from '../support/domain';
import { demoUsers } from '../support/identity';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { Consultation, createConsultation, openRound } from './consultation-support';

const QUESTION = 'id status version dueDate consultation { id round { code } } bottleneck { id } ministry { code } availableTransitions { transition } answers { review text { text } }';
const ASK = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { ${QUESTION} } }`;
const READ = `query($id: ID!) { assignment(id: $id) { ${QUESTION} } }`;
const ANSWER = `mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { ${QUESTION} } }`;
const REVIEW = `mutation($input: TransitionAssignmentInput!) { transitionAssignment(input: $input) { ${QUESTION} } }`;
const ON_CONSULTATION = `query($id: ID!) { consultation(id: $id) { canAsk assignments { id status } comments { body organisation { code } } } }`;

interface Question {
  id: string;
  status: string;
  version: number;
  dueDate: string;
  consultation: { id: string; round: { code: string } } | null;
  bottleneck: { id: string } | null;
  ministry: { code: string };
  availableTransitions: Array<{ transition: string }>;
  answers: Array<{ review: string; text: { text: string } }>;
}

/**
 * A question to a ministry about a screened consultation — to confirm or
 * complete its border-effects information — goes through the same
 * mechanism as one about a bottleneck: asked by the secretariat, answered
 * only by the ministry asked, reviewed, with reminders and the escalation
 * to the secretariat; readable, like the consultation, by everyone signed
 * in. Partners (and everyone else) comment on consultations.
 */
describe('questions and comments about a consultation', () => {
  let t: TestApp;
  let secretariat: Client;
  let consultation: Consultation;

  beforeAll(async () => {
    t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
    await resetDatabase(t.dataSource);
    await t.app.init();
    secretariat = as(t.app, 'femke.jansen');
    // People hear of things once they have signed in (their row exists).
    for (const username of ['femke.jansen', 'miriam.vos', 'ruben.bakker', 'anna.degroot', 'katrin.schulz', 'lotte.peeters', 'hendrik.mulder', 'marco.meijer', 'lieke.hermans']) await as(t.app, username)('{ me { id } }');
    const round = await openRound(secretariat, 2030, 1);
    consultation = await createConsultation(secretariat, round.id, { ministryCode: 'SZW', borderRelevant: true, relevanceReason: 'Raakt grensarbeiders uit Duitsland.', testCarriedOut: false });
  });

  afterAll(() => t?.close());

  const ask = async (question: string, dueDate: string | null = null): Promise<Question> => {
    const res = await secretariat<{ createAssignment: Question }>(ASK, { input: { consultationId: consultation.id, ministryCode: 'SZW', language: 'nl', question, dueDate } });
    expect(res.errors).toBeUndefined();
    return res.data!.createAssignment;
  };
  const notified = (username: string, entityId: string) =>
    t.dataSource.query(`SELECT n.kind, n.reference FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username = $1 AND n.entity_id = $2 ORDER BY n.created_at, n.kind`, [username, entityId]) as Promise<
      Array<{ kind: string; reference: string }>
    >;

  it('the secretariat asks the ministry, the ministry answers, the secretariat accepts; every step in history, read by everyone', async () => {
    const question = await ask('Is de grenseffectentoets alsnog uitgevoerd? Zo ja, waar is die verantwoord?');
    expect(question).toMatchObject({ status: 'OPEN', bottleneck: null, consultation: { id: consultation.id, round: { code: '2030-H1' } }, ministry: { code: 'SZW' } });
    expect(await notified('miriam.vos', question.id)).toEqual([{ kind: 'QUESTION_ASSIGNED', reference: '2030-H1' }]);
    const [history] = await t.dataSource.query(`SELECT agenda_id, kind FROM history_entry WHERE entity_id = $1`, [question.id]);
    expect(history).toEqual({ agenda_id: null, kind: 'CREATED' });

    // Every signed-in user reads it (the consultation is public); only the ministry asked answers it.
    for (const username of ['anna.degroot', 'lotte.peeters', 'ruben.bakker', 'hendrik.mulder']) {
      const read = await as(t.app, username)<{ assignment: Question | null }>(READ, { id: question.id });
      expect({ username, id: read.data?.assignment?.id }).toEqual({ username, id: question.id });
      const listed = await as(t.app, username)<{ consultation: { assignments: Array<{ id: string }> } }>(ON_CONSULTATION, { id: consultation.id });
      expect(listed.data!.consultation.assignments.map((q) => q.id)).toContain(question.id);
    }
    const other = await as(t.app, 'ruben.bakker')(ANSWER, { input: { id: question.id, version: question.version, language: 'nl', text: 'Niet ons ministerie.' } });
    expect(outcome(other)).not.toBe('OK');

    const answered = (await as(t.app, 'miriam.vos')<{ answerAssignment: Question }>(ANSWER, { input: { id: question.id, version: question.version, language: 'en', text: 'The test was carried out after the consultation; see section 5 of the memorandum.' } }))
      .data!.answerAssignment;
    expect(answered.status).toBe('ANSWERED');
    expect((await notified('femke.jansen', question.id)).map((n) => n.kind)).toEqual(['QUESTION_ANSWERED']);
    const accepted = (await secretariat<{ transitionAssignment: Question }>(REVIEW, { input: { id: question.id, version: answered.version, transition: 'acceptAnswer' } })).data!.transitionAssignment;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', answers: [{ review: 'ACCEPTED' }] });
    const kinds = await t.dataSource.query(`SELECT kind, agenda_id FROM history_entry WHERE entity_id = $1 ORDER BY version`, [question.id]);
    expect(kinds).toEqual([
      { kind: 'CREATED', agenda_id: null },
      { kind: 'ANSWERED', agenda_id: null },
      { kind: 'TRANSITION', agenda_id: null },
    ]);
  });

  it('only the secretariat asks, about exactly one existing bottleneck or consultation, naming the field and the rule', async () => {
    expect((await secretariat<{ consultation: { canAsk: boolean } }>(ON_CONSULTATION, { id: consultation.id })).data!.consultation.canAsk).toBe(true);
    expect((await as(t.app, 'anna.degroot')<{ consultation: { canAsk: boolean } }>(ON_CONSULTATION, { id: consultation.id })).data!.consultation.canAsk).toBe(false);
    const partner = await as(t.app, 'anna.degroot')(ASK, { input: { consultationId: consultation.id, ministryCode: 'SZW', language: 'nl', question: 'Mag ik ook?' } });
    expect(outcome(partner)).toBe('FORBIDDEN');

    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assignment`))[0].n;
    const neither = await as(t.app, 'femke.jansen', 'de')(ASK, { input: { ministryCode: 'SZW', language: 'nl', question: 'Waarover?' } });
    expect(neither.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.bottleneckId', rule: 'questionSubject' }] });
    expect(JSON.stringify(neither.errors![0].extensions!['fields'])).toContain('Konsultation');
    const both = await secretariat(ASK, { input: { bottleneckId: '00000000-0000-4000-8000-000000000001', consultationId: consultation.id, ministryCode: 'SZW', language: 'nl', question: 'Beide?' } });
    expect(both.errors![0].extensions).toMatchObject({ fields: [{ field: 'input.bottleneckId', rule: 'questionSubject' }] });
    const unknown = await secretariat(ASK, { input: { consultationId: '00000000-0000-4000-8000-000000000000', ministryCode: 'SZW', language: 'nl', question: 'Bestaat die?' } });
    expect(unknown.errors![0].extensions).toMatchObject({ fields: [{ field: 'input.consultationId', rule: 'notFound' }] });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM assignment`))[0].n).toBe(before);
    await expect(t.dataSource.query(`INSERT INTO assignment (agenda_id, ministry_id, question, due_date) SELECT NULL, id, '{}', now() FROM organisation WHERE code = 'SZW'`)).rejects.toThrow(/assignment_one_subject/);
  });

  it('reminds the ministry 7 and 1 days before the due date and escalates to the secretariat at it, once each; no agenda, so no commissioner', async () => {
    await t.dataSource.query(`UPDATE assignment SET status = 'WITHDRAWN' WHERE status IN ('OPEN', 'RETURNED')`);
    // Due in 20 days by the portal's own calendar (Amsterdam), whatever the hour of the run.
    const question = await ask('Kunt u de gevonden grenseffecten aanvullen?', t.app.get(Clock).todayPlus(20));
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
    for (const offset of [13, 14, 19, 20, 21, 34, 35, 40]) await t.app.get(Clock).at(day(offset), () => t.app.get(DeadlineService).scan());
    expect((await notified('miriam.vos', question.id)).map((n) => n.kind)).toEqual(['QUESTION_ASSIGNED', 'QUESTION_DUE_SOON', 'QUESTION_DUE_SOON']);
    expect(await notified('femke.jansen', question.id)).toEqual([{ kind: 'QUESTION_OVERDUE', reference: '2030-H1' }]);
    const commissioners = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE 'commissioner' = ANY(u.roles) AND n.entity_id = $1`, [question.id]);
    expect(commissioners[0].n).toBe(0);
    const stages = await t.dataSource.query(`SELECT split_part(key, ':', 1) AS stage FROM deadline_event WHERE key LIKE $1 ORDER BY 1`, [`%:${question.id}:%`]);
    expect(stages.map((s: { stage: string }) => s.stage)).toEqual(['escalate', 'remind1', 'remind7']);
    // The reminder leads to the question's page, in the ministry's inbox like any other.
    const inbox = await as(t.app, 'miriam.vos')<{ assignments: { edges: Array<{ node: { id: string } }> } }>('{ assignments(first: 50, orderBy: DUE_DATE_ASC, filter: { ministryCode: "SZW", statuses: [OPEN] }) { edges { node { id } } } }');
    expect(inbox.data!.assignments.edges.map((e) => e.node.id)).toContain(question.id);
  });

  it('per demo user: only the secretariat asks, only the ministry asked answers, everyone signed in reads and comments', async () => {
    for (const { username, roles, organisation } of demoUsers()) {
      const client = as(t.app, username);
      const asked = await client<{ createAssignment: Question }>(ASK, { input: { consultationId: consultation.id, ministryCode: 'SZW', language: 'nl', question: `Vraag van ${username}` } });
      expect({ username, asked: outcome(asked) }).toEqual({ username, asked: roles.includes('secretariat') ? 'OK' : 'FORBIDDEN' });
      const question = asked.data?.createAssignment ?? (await ask(`Vraag voor ${username}`));
      const answered = await client(ANSWER, { input: { id: question.id, version: question.version, language: 'nl', text: `Antwoord van ${username}` } });
      const mayAnswer = roles.includes('department') && organisation === 'SZW';
      expect({ username, answered: outcome(answered) === 'OK' }).toEqual({ username, answered: mayAnswer });
      const read = await client<{ assignment: { id: string } | null }>(READ, { id: question.id });
      expect({ username, read: read.data?.assignment?.id }).toEqual({ username, read: question.id });
      const commented = await client('mutation($input: AddCommentInput!) { addComment(input: $input) { id } }', { input: { entityType: 'CONSULTATION', entityId: consultation.id, language: 'en', body: `Noted by ${username}` } });
      expect({ username, commented: outcome(commented) }).toEqual({ username, commented: 'OK' });
    }
    await t.dataSource.query(`DELETE FROM comment WHERE entity_id = $1`, [consultation.id]);
  });

  it('partners comment on a consultation and on a question about it; the comments carry no agenda and stay out of the agenda search', async () => {
    const add = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body } }`;
    const comment = await as(t.app, 'katrin.schulz')<{ addComment: { id: string } }>(add, { input: { entityType: 'CONSULTATION', entityId: consultation.id, language: 'de', body: 'Für den Niederrhein sehr relevant.' } });
    expect(comment.errors).toBeUndefined();
    const read = await as(t.app, 'lotte.peeters')<{ consultation: { comments: Array<{ body: string; organisation: { code: string } }> } }>(ON_CONSULTATION, { id: consultation.id });
    expect(read.data!.consultation.comments).toEqual([{ body: 'Für den Niederrhein sehr relevant.', organisation: { code: 'NRW' } }]);
    const [question] = await t.dataSource.query(`SELECT id FROM assignment WHERE consultation_id = $1 LIMIT 1`, [consultation.id]);
    const onQuestion = await as(t.app, 'anna.degroot')(add, { input: { entityType: 'ASSIGNMENT', entityId: question.id, language: 'nl', body: 'Graag ook de Achterhoek meenemen.' } });
    expect(onQuestion.errors).toBeUndefined();
    const rows = await t.dataSource.query(`SELECT c.agenda_id, h.agenda_id AS history_agenda, (SELECT count(*)::int FROM search_entry e WHERE e.id = c.id) AS indexed FROM comment c JOIN history_entry h ON h.entity_id = c.id WHERE c.entity_id IN ($1, $2)`, [
      consultation.id,
      question.id,
    ]);
    expect(rows).toEqual([
      { agenda_id: null, history_agenda: null, indexed: 0 },
      { agenda_id: null, history_agenda: null, indexed: 0 },
    ]);
    const empty = await as(t.app, 'katrin.schulz')(add, { input: { entityType: 'CONSULTATION', entityId: consultation.id, language: 'de', body: '' } });
    expect(outcome(empty)).toBe('BAD_USER_INPUT');
  });
});
