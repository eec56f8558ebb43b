import { INestApplication } from '@nestjs/common';
import { Clock } from '@api/core/time/clock';
import { DeadlineService } from '@api/modules/notification/deadline.service';
import { MailOutbox } from '@api/modules/notification/mail-outbox.service';
import { as, bottleneckAt, BottleneckRef, Client, inFuture, outcome, transition } from '../support/domain';
import { devIdentityProvider } from '../support/identity';
import { SmtpCapture } from '../support/smtp';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

/**
 * Notifications and their e-mails, against a real SMTP server process: who
 * gets what in which language with which link; nothing lost while the mail
 * server is away; reminders and escalations exactly once with two API
 * processes scanning at the same time; nothing written by a failed change;
 * the daily digest; and the live stream, across processes.
 */

const PUBLIC_URL = 'https://grensportaal.test';
const smtp = new SmtpCapture();
let a: TestApp;
let b: TestApp;
const users: Record<string, Client> = {};
const NAMES = ['anna.degroot', 'jonas.hartmann', 'miriam.vos', 'hendrik.mulder', 'femke.jansen', 'katrin.schulz'];
let bottleneck: BottleneckRef;

const outbox = (t: TestApp) => t.app.get(MailOutbox);
const ASK = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id version } }`;

async function ask(question: string, dueDate?: string): Promise<{ id: string; version: number }> {
  const res = await users['femke.jansen']<{ createAssignment: { id: string; version: number } }>(ASK, {
    input: { bottleneckId: bottleneck.id, ministryCode: 'SZW', language: 'nl', question, ...(dueDate ? { dueDate } : {}) },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createAssignment;
}

async function deliver(t: TestApp = a): Promise<void> {
  await outbox(t).deliverDue();
}

async function rows(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  return a.dataSource.query(sql, params);
}

beforeAll(async () => {
  await smtp.start();
  const env = { SMTP_URL: smtp.url, MAIL_RETRY_DELAY_S: '1', PUBLIC_URL, MUTATION_RATE_LIMIT: '100000' };
  a = await createTestApp(env);
  b = await createTestApp(env);
  await resetDatabase(a.dataSource);
  for (const name of NAMES) {
    users[name] = as(a.app, name);
    // People hear of things once they have signed in (their row exists).
    await users[name]('{ me { id } }');
  }
  bottleneck = await bottleneckAt('ANALYSIS', users['anna.degroot'], users['femke.jansen']);
  await deliver();
  smtp.mails.length = 0;
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await smtp.stop();
});

beforeEach(async () => {
  await deliver();
  smtp.mails.length = 0;
});

describe('e-mail of each kind', () => {
  it('a question to a ministry, its answer, its return and acceptance: recipients, language, subject, link', async () => {
    const q = await ask('Hoe verloopt de sociale zekerheid van grensarbeiders die thuiswerken?');
    await deliver();
    const assigned = smtp.to('miriam.vos@minszw.example');
    expect(assigned).toHaveLength(1);
    expect(assigned[0].language).toBe('nl');
    expect(assigned[0].subject).toContain('er is een vraag aan uw ministerie gesteld');
    expect(assigned[0].subject).toContain(bottleneck.reference);
    expect(assigned[0].text).toContain(`${PUBLIC_URL}/questions/${q.id}`);
    expect(assigned[0].html).toContain(`href="${PUBLIC_URL}/questions/${q.id}"`);
    expect(assigned[0].html).toContain('<html lang="nl">');
    // The secretary who asked does not hear of her own question.
    expect(smtp.to('femke.jansen@minbzk.example')).toHaveLength(0);

    smtp.mails.length = 0;
    const answered = await users['miriam.vos']<{ answerAssignment: { version: number } }>(
      `mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { version } }`,
      { input: { id: q.id, version: q.version, language: 'nl', text: 'Het woonland blijft bevoegd tot 25%.' } },
    );
    expect(outcome(answered)).toBe('OK');
    await deliver();
    expect(smtp.to('femke.jansen@minbzk.example').map((m) => [m.subject, m.text])).toEqual([
      [expect.stringContaining('het ministerie heeft de vraag'), expect.stringContaining(`${PUBLIC_URL}/questions/${q.id}`)],
    ]);

    smtp.mails.length = 0;
    const returned = await users['femke.jansen']<{ transitionAssignment: { version: number } }>(
      `mutation($input: TransitionAssignmentInput!) { transitionAssignment(input: $input) { version } }`,
      { input: { id: q.id, version: answered.data!.answerAssignment.version, transition: 'returnAnswer', reason: 'Graag ook de Duitse kant.' } },
    );
    expect(outcome(returned)).toBe('OK');
    await deliver();
    const back = smtp.to('miriam.vos@minszw.example');
    expect(back).toHaveLength(1);
    expect(back[0].subject).toContain('is teruggestuurd: Graag ook de Duitse kant.');
    expect(back[0].text).toContain(`${PUBLIC_URL}/questions/${q.id}`);

    smtp.mails.length = 0;
    const again = await users['miriam.vos']<{ answerAssignment: { version: number } }>(
      `mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { version } }`,
      { input: { id: q.id, version: returned.data!.transitionAssignment.version, language: 'nl', text: 'Ook in Duitsland geldt de A1-verklaring.' } },
    );
    await users['femke.jansen'](`mutation($input: TransitionAssignmentInput!) { transitionAssignment(input: $input) { version } }`, {
      input: { id: q.id, version: again.data!.answerAssignment.version, transition: 'acceptAnswer' },
    });
    await deliver();
    expect(smtp.to('miriam.vos@minszw.example').map((m) => [m.subject, m.text])).toEqual([[expect.stringContaining('is aanvaard'), expect.stringContaining(`${PUBLIC_URL}/questions/${q.id}`)]]);
  });

  it('an update request to the owner, a status change to the reporter and followers, a mention: each in the reader’s language', async () => {
    const action = await users['femke.jansen']<{ createAction: { id: string; version: number } }>(
      `mutation($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
      { input: { bottleneckIds: [bottleneck.id], language: 'de', title: 'Pilotprojekt Grenzpendler', ownerOrganisationCode: 'GLD', dueDate: inFuture(90), instrument: 'PILOT' } },
    );
    await users['anna.degroot']('mutation { setMyLanguage(language: de) { language } }');
    smtp.mails.length = 0;
    await users['hendrik.mulder'](`mutation($input: RequestUpdateInput!) { requestActionUpdate(input: $input) { id } }`, {
      input: { id: action.data!.createAction.id, version: action.data!.createAction.version, message: 'Stand?' },
    });
    await deliver();
    const update = smtp.to('anna.degroot@gelderland.example');
    expect(update).toHaveLength(1);
    expect(update[0].language).toBe('de');
    expect(update[0].subject).toContain('Zur Maßnahme „Pilotprojekt Grenzpendler“ wurde ein Sachstand angefragt');
    expect(update[0].text).toContain(`${PUBLIC_URL}/bottlenecks/${bottleneck.reference}`);

    // jonas.hartmann (Münster, locale de) follows; katrin.schulz does not.
    expect(outcome(await users['jonas.hartmann']('mutation($id: ID!) { setFollowing(entityType: BOTTLENECK, id: $id, following: true) }', { id: bottleneck.id }))).toBe('OK');
    smtp.mails.length = 0;
    const moved = await transition(users['femke.jansen'], bottleneck, 'requestAdvice');
    expect(outcome(moved)).toBe('OK');
    bottleneck = moved.data!.transitionBottleneck;
    await deliver();
    expect(smtp.to('jonas.hartmann@brms.nrw.example').map((m) => [m.language, m.subject, m.text])).toEqual([
      ['de', expect.stringContaining('hat jetzt den Status: Beratung'), expect.stringContaining(`${PUBLIC_URL}/bottlenecks/${bottleneck.reference}`)],
    ]);
    expect(smtp.to('anna.degroot@gelderland.example')).toHaveLength(1);
    expect(smtp.to('katrin.schulz@stk.nrw.example')).toHaveLength(0);

    smtp.mails.length = 0;
    const comment = await users['femke.jansen']<{ addComment: { mentioned: Array<{ username: string; name: string }> } }>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id mentioned { username name } } }`,
      { input: { entityType: 'BOTTLENECK', entityId: bottleneck.id, language: 'en', body: 'Could @Hendrik.Mulder raise this at the next meeting? @nobody.here too.' } },
    );
    // The comment names the people it mentions (for the web app to highlight); an unknown name is left out.
    expect(comment.errors).toBeUndefined();
    expect(comment.data?.addComment.mentioned).toEqual([{ username: 'hendrik.mulder', name: 'Hendrik Mulder' }]);
    await deliver();
    const mention = smtp.to('hendrik.mulder@gelderland.example');
    expect(mention.map((m) => [m.language, m.subject, m.text])).toEqual([
      ['en', expect.stringContaining('Femke Jansen mentioned you in a comment'), expect.stringContaining(`${PUBLIC_URL}/bottlenecks/${bottleneck.reference}`)],
    ]);
    expect(smtp.mails).toHaveLength(1);
  });

  it('whoever follows an action or a question hears of its status and its answers', async () => {
    const katrin = users['katrin.schulz'];
    const action = await users['femke.jansen']<{ createAction: { id: string; version: number } }>(
      `mutation($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
      { input: { bottleneckIds: [bottleneck.id], language: 'nl', title: 'Grensinfopunt uitbreiden', ownerOrganisationCode: 'GLD', dueDate: inFuture(60), instrument: 'INFORMATION' } },
    );
    const q = await ask('Welke uitkering geldt bij ziekte in Duitsland?');
    const follow = (entityType: string, id: string) => katrin('mutation($t: FollowableType!, $id: ID!) { setFollowing(entityType: $t, id: $id, following: true) }', { t: entityType, id });
    expect(outcome(await follow('ACTION', action.data!.createAction.id))).toBe('OK');
    expect(outcome(await follow('ASSIGNMENT', q.id))).toBe('OK');
    expect((await katrin<{ assignment: { followed: boolean } }>('query($id: ID!) { assignment(id: $id) { followed } }', { id: q.id })).data!.assignment.followed).toBe(true);
    await deliver();
    smtp.mails.length = 0;

    await users['femke.jansen'](`mutation($input: TransitionActionInput!) { transitionAction(input: $input) { id } }`, {
      input: { id: action.data!.createAction.id, version: action.data!.createAction.version, transition: 'start' },
    });
    await users['miriam.vos'](`mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { version } }`, {
      input: { id: q.id, version: q.version, language: 'nl', text: 'Het Krankengeld van de Duitse kas.' },
    });
    await deliver();
    expect(smtp.to('katrin.schulz@stk.nrw.example').map((m) => [m.language, m.subject, m.text])).toEqual([
      ['de', expect.stringContaining('Die Maßnahme „Grensinfopunt uitbreiden“ hat jetzt den Status: In Umsetzung'), expect.stringContaining(`${PUBLIC_URL}/bottlenecks/${bottleneck.reference}`)],
      ['de', expect.stringContaining('Das Ministerium hat die Anfrage „Welke uitkering geldt bij ziekte in Duitsland?“ beantwortet'), expect.stringContaining(`${PUBLIC_URL}/questions/${q.id}`)],
    ]);
    // Stopping is as easy.
    await katrin('mutation($id: ID!) { setFollowing(entityType: ACTION, id: $id, following: false) }', { id: action.data!.createAction.id });
    expect((await katrin<{ action: { followed: boolean } }>('query($id: ID!) { action(id: $id) { followed } }', { id: action.data!.createAction.id })).data!.action.followed).toBe(false);
  });

  it('shows the same notifications in the bell, in the reader’s language, and marks them read', async () => {
    const miriam = users['miriam.vos'];
    await ask('Welke regels gelden voor pendelaars?');
    const list = await miriam<{ notifications: Array<{ id: string; kind: string; message: string; path: string; read: boolean }>; unreadNotificationCount: number }>(
      '{ notifications(first: 5) { id kind message path read } unreadNotificationCount }',
    );
    expect(list.data!.notifications[0]).toMatchObject({ kind: 'QUESTION_ASSIGNED', read: false });
    expect(list.data!.notifications[0].message).toContain('a question was put to your ministry');
    expect(list.data!.unreadNotificationCount).toBeGreaterThan(0);
    const marked = await miriam<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }');
    expect(marked.data!.markAllNotificationsRead).toBe(list.data!.unreadNotificationCount);
    expect((await miriam<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).data!.unreadNotificationCount).toBe(0);
  });
});

describe('reliability', () => {
  it('with the SMTP server down while 20 questions are assigned, all 20 e-mails arrive once it is back, none twice', async () => {
    await smtp.stop();
    const questions = [];
    for (let i = 1; i <= 20; i += 1) questions.push(await ask(`Vraag ${i} over grensarbeid`));
    const tried = await outbox(a).deliverDue();
    expect(tried).toEqual({ sent: 0, failed: 20 });
    const waiting = await rows(`SELECT count(*)::int AS n FROM outbox_email WHERE status = 'PENDING' AND attempts = 1 AND last_error IS NOT NULL`);
    expect(waiting[0].n).toBe(20);

    await smtp.start();
    // Back-off: nothing is retried before its time…
    expect(await outbox(a).deliverDue()).toEqual({ sent: 0, failed: 0 });
    await new Promise((r) => setTimeout(r, 1100));
    // …then both processes deliver at once, and still each e-mail goes out once.
    await Promise.all([outbox(a).deliverDue(), outbox(b).deliverDue(), outbox(a).deliverDue()]);
    const received = smtp.to('miriam.vos@minszw.example');
    expect(received).toHaveLength(20);
    for (let i = 1; i <= 20; i += 1) expect(received.filter((m) => m.subject.includes(`‘Vraag ${i} over grensarbeid’`))).toHaveLength(1);
    await Promise.all([outbox(a).deliverDue(), outbox(b).deliverDue()]);
    expect(smtp.mails).toHaveLength(20);
  });

  it('a change that fails writes no notification and no e-mail', async () => {
    const before = await rows(`SELECT (SELECT count(*)::int FROM notification) AS n, (SELECT count(*)::int FROM outbox_email) AS e, (SELECT count(*)::int FROM assignment) AS q`);
    // The e-mail is the last thing the transaction writes; make it fail there.
    await a.dataSource.query(`CREATE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mail refused for the test'; END $$`);
    await a.dataSource.query(`CREATE TRIGGER refuse_mail BEFORE INSERT ON outbox_email FOR EACH ROW EXECUTE FUNCTION refuse_mail()`);
    try {
      const res = await users['femke.jansen'](ASK, { input: { bottleneckId: bottleneck.id, ministryCode: 'SZW', language: 'nl', question: 'Mislukt?' } });
      expect(outcome(res)).not.toBe('OK');
    } finally {
      await a.dataSource.query(`DROP TRIGGER refuse_mail ON outbox_email`);
      await a.dataSource.query(`DROP FUNCTION refuse_mail()`);
    }
    const after = await rows(`SELECT (SELECT count(*)::int FROM notification) AS n, (SELECT count(*)::int FROM outbox_email) AS e, (SELECT count(*)::int FROM assignment) AS q`);
    expect(after).toEqual(before);
    await deliver();
    expect(smtp.mails).toHaveLength(0);
  });
});

describe('deadlines', () => {
  it('with two API processes scanning past the due dates, every reminder and escalation is sent exactly once', async () => {
    await users['anna.degroot']('mutation { setMyLanguage(language: de) { language } }');
    await rows(`UPDATE assignment SET status = 'WITHDRAWN' WHERE status IN ('OPEN', 'RETURNED')`);
    await rows(`UPDATE action SET status = 'CANCELLED' WHERE status NOT IN ('DONE', 'CANCELLED')`);
    // Due in 20 days by the portal's calendar (Amsterdam): a UTC date is a day short when the run is just after midnight there.
    const due = a.app.get(Clock).todayPlus(20);
    await ask('Wanneer is het verdrag klaar?', due);
    await ask('Wie betaalt de kinderopvang?', due);
    await users['femke.jansen'](`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: { bottleneckIds: [bottleneck.id], language: 'nl', title: 'Informatiepunt openen', ownerOrganisationCode: 'GLD', dueDate: due, instrument: 'INFORMATION' },
    });
    await deliver();
    smtp.mails.length = 0;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
    // Two processes, several scans each, on each day that matters: 7 and 1 days before, the due date, two weeks after.
    for (const offset of [13, 14, 19, 20, 21, 34, 35, 40]) {
      await Promise.all([a, b, a, b].map((t) => t.app.get(Clock).at(day(offset), () => t.app.get(DeadlineService).scan())));
    }
    await Promise.all([deliver(a), deliver(b)]);
    const count = (address: string, text: string) => smtp.to(address).filter((m) => m.subject.includes(text)).length;
    // Two questions: reminders to SZW 7 and 1 days before, escalation to the secretariat at the due date, to GLD's commissioner two weeks later.
    expect(count('miriam.vos@minszw.example', 'moet uiterlijk')).toBe(4);
    expect(count('femke.jansen@minbzk.example', 'is nog open')).toBe(2);
    expect(count('hendrik.mulder@gelderland.example', 'is not answered')).toBe(2);
    // The action: reminders to its owner (Anna reads German), escalations likewise.
    expect(count('anna.degroot@gelderland.example', 'ist am')).toBe(2);
    expect(count('femke.jansen@minbzk.example', 'nog niet afgerond')).toBe(1);
    expect(count('hendrik.mulder@gelderland.example', 'is not done')).toBe(1);
    expect(smtp.mails.map((m) => `${m.to} ${m.subject}`)).toHaveLength(4 + 2 + 2 + 2 + 1 + 1);
    // Each leads to its item: questions to the question, the action to its bottleneck.
    for (const m of smtp.mails) expect(m.text).toMatch(m.subject.includes('vraag') || m.subject.includes('question') ? `${PUBLIC_URL}/questions/` : `${PUBLIC_URL}/bottlenecks/${bottleneck.reference}`);
    const stages = await rows(`SELECT count(*)::int AS n FROM deadline_event`);
    expect(stages[0].n).toBe(2 * 4 + 4);
  });
});

describe('daily digest', () => {
  it('gives one e-mail a day with the day’s notifications in the reader’s language, and none at once', async () => {
    await users['miriam.vos']('mutation { setEmailPreference(preference: DIGEST) { emailPreference } }');
    await ask('Eerste vraag voor het overzicht');
    await ask('Tweede vraag voor het overzicht');
    await ask('Derde vraag voor het overzicht');
    await deliver();
    expect(smtp.to('miriam.vos@minszw.example')).toHaveLength(0);

    const today = a.app.get(Clock).today();
    const written = await Promise.all([outbox(a).queueDigests(today, new Date()), outbox(b).queueDigests(today, new Date())]);
    expect(written[0] + written[1]).toBe(1);
    await deliver();
    const digest = smtp.to('miriam.vos@minszw.example');
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toContain('uw meldingen van');
    for (const q of ['Eerste', 'Tweede', 'Derde']) expect(digest[0].text).toContain(`‘${q} vraag voor het overzicht’`);
    expect(digest[0].text).toContain(`${PUBLIC_URL}/questions/`);
    // Once a day: running it again sends nothing.
    expect(await outbox(b).queueDigests(today, new Date())).toBe(0);
    await users['miriam.vos']('mutation { setEmailPreference(preference: IMMEDIATE) { emailPreference } }');
  });
});

describe('live', () => {
  it('a notification committed by one API process reaches the stream of its recipient on another within 2 seconds', async () => {
    const server = b.app as INestApplication;
    await server.listen(0, '127.0.0.1');
    const address = server.getHttpServer().address() as { port: number };
    const token = await devIdentityProvider().token('miriam.vos');
    const controller = new AbortController();
    try {
      const refused = await fetch(`http://127.0.0.1:${address.port}/events/notifications`);
      expect(refused.status).toBe(401);
      const res = await fetch(`http://127.0.0.1:${address.port}/events/notifications`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let seen = '';
      const read = async (until: string) => {
        while (!seen.includes(until)) {
          const { value, done } = await reader.read();
          if (done) throw new Error('stream ended');
          seen += decoder.decode(value);
        }
      };
      await read('event: ready');
      const started = Date.now();
      await ask('Live vraag');
      await Promise.race([read('event: notification'), new Promise((_, reject) => setTimeout(() => reject(new Error('no event within 2 s')), 2000))]);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      controller.abort();
    }
  });
});

describe('the job scheduler (pg-boss)', () => {
  it('delivers the e-mail of a notification by itself, soon after the change', async () => {
    const scheduled = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, SCHEDULER_ENABLED: 'true' });
    try {
      await ask('Bezorgt de planner dit vanzelf?');
      const deadline = Date.now() + 15_000;
      while (smtp.to('miriam.vos@minszw.example').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(smtp.to('miriam.vos@minszw.example').map((m) => m.subject)).toEqual([expect.stringContaining('Bezorgt de planner dit vanzelf?')]);
      const jobs = await rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail-deliver' AND state = 'completed'`);
      expect(jobs[0].n).toBeGreaterThan(0);
    } finally {
      await scheduled.close();
    }
  });
});
