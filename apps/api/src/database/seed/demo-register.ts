import { Readable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { BottleneckOutcome, BottleneckStatus, BottleneckTransitionName, Language, OrganisationKind, Role } from '@grensportaal/shared-domain';
import type { CurrentUser } from '@api/core/auth/current-user';
import { Caller, callerFor } from '@api/core/context/caller';
import { Clock, toLocalDate } from '@api/core/time/clock';
import { ActionLifecycleService } from '@api/modules/action/action-lifecycle.service';
import { ActionProgressService } from '@api/modules/action/action-progress.service';
import { AssignmentLifecycleService } from '@api/modules/assignment/assignment-lifecycle.service';
import { BottleneckLifecycleService } from '@api/modules/bottleneck/bottleneck-lifecycle.service';
import { BottleneckLinksService } from '@api/modules/bottleneck/bottleneck-links.service';
import { AttachmentService } from '@api/modules/attachment/attachment.service';
import { CommentService } from '@api/modules/comment/comment.service';
import { ConferenceService } from '@api/modules/report/conference.service';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { ScreeningRoundService } from '@api/modules/border-effects/screening-round.service';
import { SEED_ISSUER } from '@api/modules/user/user.entity';
import { DEMO_ACTIONS, DEMO_ASSIGNMENTS, DEMO_BOTTLENECKS, DEMO_LINKS, DemoAction, DemoAssignment, DemoBottleneck, Texts } from './demo-data';
import { planDemoConferences } from './demo-conferences';
import { planDemoScreening } from './demo-screening';
import { demoDocument } from './demo-documents';
import { DEMO_PEOPLE, personOf } from './demo-people';

const DAY_MS = 86_400_000;
/** Serialises seeding between API instances that start together. */
const SEED_LOCK = 7_326_411;

const STEERING_COMMISSIONER: Record<DemoBottleneck['agenda'], string> = {
  'NL-NRW': 'hendrik.mulder',
  'NL-NDS': 'marco.meijer',
  'NL-VL': 'lieke.hermans',
};
const SECRETARIAT = 'femke.jansen';

/** How each final state is reached (after creation; `submit` happens at creation). */
function pathTo(status: BottleneckStatus, outcome: BottleneckOutcome | undefined): BottleneckTransitionName[] {
  const open: BottleneckTransitionName[] = ['accept', 'startAnalysis', 'requestAdvice', 'proposeDecision'];
  const upTo: Partial<Record<BottleneckStatus, number>> = { SUBMITTED: 0, IDENTIFICATION: 1, ANALYSIS: 2, ADVICE: 3, DECISION: 4 };
  if (status === 'DRAFT') return [];
  if (status !== 'CLOSED') return open.slice(0, upTo[status]);
  switch (outcome) {
    case 'NO_OBSTACLE':
    case 'DUPLICATE':
      return ['accept', 'closeAtTriage'];
    case 'INCOMPLETE':
      return ['closeAtTriage'];
    case 'WITHDRAWN':
      return ['accept', 'startAnalysis', 'withdraw'];
    default:
      return [...open, 'decide'];
  }
}

const PROGRESS_NOTE: Record<Language, { progress: string; done: string }> = {
  nl: { progress: 'Voortgang bijgewerkt na het periodieke overleg.', done: 'Afgerond.' },
  de: { progress: 'Fortschritt nach der regelmäßigen Abstimmung aktualisiert.', done: 'Abgeschlossen.' },
  en: { progress: 'Progress updated after the regular meeting.', done: 'Completed.' },
};

interface Ref {
  id: string;
  version: number;
}

interface Event {
  /** Days before the moment of seeding (fractions order events within a day). */
  daysAgo: number;
  order: number;
  what: string;
  run: () => Promise<void>;
}

/**
 * Loads the demo register through the portal's own services, replaying each
 * item's life at the time it happened (the Clock is pinned per step), so the
 * demo carries real references, versions, translations and history, and obeys
 * every rule a user would meet. Runs only on a register without bottlenecks.
 */
export class DemoRegisterSeeder {
  private readonly dataSource: DataSource;
  private readonly clock: Clock;
  private readonly bottleneckService: BottleneckLifecycleService;
  private readonly linkService: BottleneckLinksService;
  private readonly actionService: ActionLifecycleService;
  private readonly progressService: ActionProgressService;
  private readonly assignmentService: AssignmentLifecycleService;
  private readonly commentService: CommentService;
  private readonly attachmentService: AttachmentService;
  private readonly conferenceService: ConferenceService;
  private readonly screeningRounds: ScreeningRoundService;
  private readonly consultations: ConsultationService;

  private readonly people = new Map<string, CurrentUser>();
  private readonly bottlenecks = new Map<string, Ref>();
  private readonly actions = new Map<string, string>();
  private readonly base: Date;
  private events: Event[] = [];

  constructor(app: INestApplicationContext, private readonly logger: Logger) {
    this.dataSource = app.get(DataSource);
    this.clock = app.get(Clock);
    this.bottleneckService = app.get(BottleneckLifecycleService);
    this.linkService = app.get(BottleneckLinksService);
    this.actionService = app.get(ActionLifecycleService);
    this.progressService = app.get(ActionProgressService);
    this.assignmentService = app.get(AssignmentLifecycleService);
    this.commentService = app.get(CommentService);
    this.attachmentService = app.get(AttachmentService);
    this.conferenceService = app.get(ConferenceService);
    this.screeningRounds = app.get(ScreeningRoundService);
    this.consultations = app.get(ConsultationService);
    this.base = this.clock.now();
  }

  /** Returns whether it loaded the register (false: there already was one). */
  async run(): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
      // The demo register is bottlenecks and the screening: either present means someone's register is there (a round may be opened before any bottleneck is logged).
      const [{ present }]: Array<{ present: boolean }> = await runner.query('SELECT EXISTS (SELECT 1 FROM bottleneck) OR EXISTS (SELECT 1 FROM screening_round) AS present');
      if (present) return false;
      await this.loadPeople();
      this.plan();
      const started = Date.now();
      const instants = this.instants();
      for (const [i, event] of this.events.entries()) {
        try {
          await this.clock.at(instants[i], event.run);
        } catch (error) {
          throw new Error(`demo seed failed at "${event.what}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
      this.logger.info({ events: this.events.length, ms: Date.now() - started }, 'seed: demo register loaded');
      return true;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  // ------------------------------------------------------------------ people

  private async loadPeople(): Promise<void> {
    for (const p of DEMO_PEOPLE) {
      await this.dataSource.query(
        `INSERT INTO app_user (issuer, subject, username, display_name, email, organisation_id, roles)
         SELECT $1, $2, $3::text, $4, $5, (SELECT id FROM organisation WHERE code = $6), $7
          WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = $3::text)`,
        [SEED_ISSUER, p.username, p.username, p.name, `${p.username}@demo.grensportaal.eu`, p.organisation, [p.role]],
      );
      const [row]: Array<{ id: string; org_id: string; org_code: string; org_kind: OrganisationKind }> = await this.dataSource.query(
        `SELECT u.id, o.id AS org_id, o.code AS org_code, o.kind AS org_kind
           FROM app_user u JOIN organisation o ON o.code = $2
          WHERE u.username = $1 ORDER BY u.created_at LIMIT 1`,
        [p.username, p.organisation],
      );
      if (!row) throw new Error(`demo seed: organisation ${p.organisation} of ${p.username} is missing`);
      this.people.set(p.username, {
        id: row.id,
        subject: p.username,
        username: p.username,
        name: p.name,
        email: null,
        roles: [p.role as Role],
        organisation: { id: row.org_id, code: row.org_code, kind: row.org_kind },
        language: null,
      });
    }
  }

  /** The person as a Caller; fresh per step, so no loader serves a stale version. */
  private as(username: string, language: Language = 'nl'): Caller {
    const user = this.people.get(username);
    if (!user) throw new Error(`demo seed: unknown person ${username}`);
    return callerFor(user, language);
  }

  /**
   * When each planned event happens: its day, at an office hour that varies
   * from event to event (deterministically), never out of the planned order.
   */
  private instants(): Date[] {
    const anchor = new Date(this.base);
    anchor.setUTCHours(14, 0, 0, 0);
    if (anchor > this.base) anchor.setUTCDate(anchor.getUTCDate() - 1);
    let previous = 0;
    return this.events.map((event, i) => {
      const spread = ((i * 2_654_435_761) % 331) * 60_000;
      const at = Math.max(anchor.getTime() - event.daysAgo * DAY_MS - spread, previous + 60_000);
      previous = at;
      return new Date(at);
    });
  }

  /** A date `days` from the day of seeding (negative: in the past). */
  private date(days: number): string {
    return toLocalDate(new Date(this.base.getTime() + days * DAY_MS));
  }

  private at(daysAgo: number, what: string, run: () => Promise<void>): void {
    this.events.push({ daysAgo, order: this.events.length, what, run });
  }

  // ------------------------------------------------------------------ the plan

  /** The demo facts must tell a possible story; every impossibility is listed at once. */
  private check(): void {
    const problems: string[] = [];
    const age = new Map(DEMO_BOTTLENECKS.map((b) => [b.key, b.age]));
    for (const a of DEMO_ACTIONS) {
      for (const key of a.bottlenecks) if (!(age.get(key)! > a.age)) problems.push(`action ${a.key} (age ${a.age}) is older than bottleneck ${key} (age ${age.get(key)})`);
      if (a.due <= -a.age) problems.push(`action ${a.key} was due before it was created`);
      for (const u of a.updates ?? []) if (u.daysAgo >= a.age - 1) problems.push(`action ${a.key} reports progress before it started`);
    }
    for (const q of DEMO_ASSIGNMENTS) {
      if (!(age.get(q.bottleneck)! > q.age)) problems.push(`question on ${q.bottleneck} (age ${q.age}) is older than the bottleneck (age ${age.get(q.bottleneck)})`);
      if (q.due < -q.age) problems.push(`question on ${q.bottleneck} was due before it was asked`);
      for (const answer of q.answers ?? []) if (answer.daysAgo >= q.age) problems.push(`question on ${q.bottleneck} is answered before it was asked`);
    }
    if (problems.length) throw new Error(`the demo data is inconsistent:\n  ${problems.join('\n  ')}`);
  }

  private plan(): void {
    this.check();
    for (const b of DEMO_BOTTLENECKS) this.planBottleneck(b);
    for (const a of DEMO_ACTIONS) this.planAction(a);
    for (const q of DEMO_ASSIGNMENTS) this.planAssignment(q);
    for (const [from, to, type] of DEMO_LINKS) {
      const when = Math.min(this.ageOf(from), this.ageOf(to)) - 3;
      this.at(when, `link ${from} → ${to}`, async () => {
        const bottleneck = await this.linkService.link(this.as(SECRETARIAT), this.ref(from).id, this.ref(to).id, type);
        this.bottlenecks.set(from, { id: bottleneck.id, version: bottleneck.version });
      });
    }
    // What the conference and screening plans borrow from the register's own timeline and people.
    const planner = {
      at: (daysAgo: number, what: string, run: () => Promise<void>) => this.at(daysAgo, what, run),
      bottleneck: (key: string) => this.ref(key).id,
      action: (key: string) => this.actions.get(key) ?? fail(`demo seed: action ${key} is used before it exists`),
      secretariat: (language: Language) => this.as(SECRETARIAT, language),
      person: (username: string, language: Language) => this.as(username, language),
      daysAgo: (date: string) => (this.base.getTime() - new Date(`${date}T12:00:00Z`).getTime()) / DAY_MS,
      date: (days: number) => this.date(days),
      today: () => this.date(0),
    };
    planDemoConferences(this.conferenceService, planner);
    planDemoScreening(this.screeningRounds, this.consultations, this.assignmentService, planner);
    // Oldest first; within a moment, in the order planned.
    this.events.sort((x, y) => y.daysAgo - x.daysAgo || x.order - y.order);
  }

  private ageOf(key: string): number {
    const b = DEMO_BOTTLENECKS.find((x) => x.key === key);
    if (!b) throw new Error(`demo seed: unknown bottleneck ${key}`);
    return b.age;
  }

  private ref(key: string): Ref {
    const ref = this.bottlenecks.get(key);
    if (!ref) throw new Error(`demo seed: bottleneck ${key} is used before it exists`);
    return ref;
  }

  private planBottleneck(b: DemoBottleneck): void {
    const reporter = personOf(b.reporter).username;
    const first: Texts = { ...b, ...b.revisedFrom };
    this.at(b.age, `create ${b.key}`, async () => {
      const created = await this.bottleneckService.create(this.as(reporter, b.lang), {
        agendaCode: b.agenda,
        themeCode: b.theme,
        language: b.lang,
        title: first.title!,
        description: first.description,
        whyToSolve: first.whyToSolve,
        impact: first.impact ?? null,
        area: b.area,
        type: b.type,
        expectedDurationMonths: b.months ?? null,
        submit: b.status !== 'DRAFT',
      });
      this.bottlenecks.set(b.key, { id: created.id, version: created.version });
    });

    // Translations are made of the text as it stands; a revision afterwards leaves them outdated.
    for (const [language, texts] of Object.entries(b.tr ?? {}) as Array<[Language, NonNullable<DemoBottleneck['tr']>[Language]]>) {
      const { machine, ...fields } = texts!;
      for (const [field, text] of Object.entries(fields)) {
        this.at(b.age - 0.05, `translate ${b.key}.${field} → ${language}`, async () => {
          const ref = this.ref(b.key);
          const updated = await this.bottleneckService.translate(this.as(SECRETARIAT), ref.id, ref.version, field, { language, text: text!, kind: machine ? 'MACHINE' : 'HUMAN' });
          this.bottlenecks.set(b.key, { id: updated.id, version: updated.version });
        });
      }
    }
    if (b.revisedFrom) {
      const revised = Object.fromEntries(Object.keys(b.revisedFrom).map((field) => [field, b[field as keyof Texts]]));
      this.at(b.age - 0.5, `revise ${b.key}`, async () => {
        const ref = this.ref(b.key);
        const updated = await this.bottleneckService.update(this.as(reporter, b.lang), { id: ref.id, version: ref.version, language: b.lang, ...revised });
        this.bottlenecks.set(b.key, { id: updated.id, version: updated.version });
      });
    }

    for (const d of b.documents ?? []) {
      this.at(d.daysAgo, `document on ${b.key}`, async () => {
        const fields = { entityType: 'BOTTLENECK' as const, entityId: this.ref(b.key).id, title: d.title, description: d.description ?? null, language: d.lang };
        await this.attachmentService.attach(this.as(d.by, d.lang), fields, { fileName: d.fileName, content: Readable.from([await demoDocument(d)]) });
      });
    }

    for (const c of b.comments ?? []) {
      this.at(c.daysAgo, `comment on ${b.key}`, async () => {
        await this.commentService.add(this.as(c.by, c.lang), { entityType: 'BOTTLENECK', entityId: this.ref(b.key).id, language: c.lang, body: c.body });
      });
    }

    const path = pathTo(b.status, b.outcome);
    if (path.length === 0) return;
    // The last step comes after everything that happened while the bottleneck was open.
    const actions = DEMO_ACTIONS.filter((a) => a.bottlenecks.includes(b.key));
    const children = [...actions.map((a) => a.age), ...DEMO_ASSIGNMENTS.filter((q) => q.bottleneck === b.key).map((q) => q.age)];
    let last = Math.min(Math.max(1, Math.round(b.age * 0.1)), ...children.map((age) => age - 1));
    if (b.status === 'CLOSED') last = Math.min(last, ...actions.map((a) => a.quietFor - 0.5));
    const start = b.age - Math.min(2, b.age * 0.2);
    last = Math.max(0.2, Math.min(last, start));
    path.forEach((transition, k) => {
      const when = path.length === 1 ? (b.status === 'CLOSED' ? last : start) : start - ((start - last) * k) / (path.length - 1);
      const closing = transition === 'decide' || transition === 'closeAtTriage' || transition === 'withdraw';
      const actor = transition === 'decide' ? STEERING_COMMISSIONER[b.agenda] : SECRETARIAT;
      this.at(when, `${transition} ${b.key}`, async () => {
        const ref = this.ref(b.key);
        const updated = await this.bottleneckService.transition(this.as(actor), {
          id: ref.id,
          version: ref.version,
          transition,
          outcome: closing ? b.outcome : null,
          reason: closing ? b.reason : null,
          duplicateOfId: closing && b.outcome === 'DUPLICATE' && b.duplicateOf ? this.ref(b.duplicateOf).id : null,
        });
        this.bottlenecks.set(b.key, { id: updated.id, version: updated.version });
      });
    });
  }

  private planAction(a: DemoAction): void {
    const key = `action ${a.key}`;
    const poster = a.ownerUser ?? personOf(a.owner).username;
    let ref: Ref | null = null;
    const step = (daysAgo: number, what: string, run: (ref: Ref) => Promise<Ref>) =>
      this.at(daysAgo, `${what} ${key}`, async () => {
        if (!ref) throw new Error('used before it exists');
        ref = await run(ref);
      });

    this.at(a.age, `create ${key}`, async () => {
      const created = await this.actionService.create(this.as(SECRETARIAT), {
        bottleneckIds: a.bottlenecks.map((b) => this.ref(b).id),
        language: a.lang,
        title: a.title,
        description: a.description ?? null,
        ownerOrganisationCode: a.owner,
        ownerUserId: a.ownerUser ? this.people.get(a.ownerUser)!.id : null,
        dueDate: this.date(a.due),
        instrument: a.instrument,
        priority: a.priority ?? 'NORMAL',
      });
      ref = { id: created.id, version: created.version };
      this.actions.set(a.key, created.id);
    });
    for (const [language, t] of Object.entries(a.tr ?? {}) as Array<[Language, { title: string; machine?: boolean }]>) {
      step(a.age - 0.05, `translate title → ${language}`, async (r) => {
        const updated = await this.actionService.translate(this.as(SECRETARIAT), r.id, r.version, 'title', { language, text: t.title, kind: t.machine ? 'MACHINE' : 'HUMAN' });
        return { id: updated.id, version: updated.version };
      });
    }
    if (a.status === 'PLANNED') return;

    const transition = (daysAgo: number, name: 'start' | 'finish' | 'hold' | 'cancel', actor: string, reason?: string) =>
      step(daysAgo, name, async (r) => {
        const updated = await this.actionService.transition(this.as(actor), { id: r.id, version: r.version, transition: name, reason: reason ?? null });
        return { id: updated.id, version: updated.version };
      });
    const progress = (daysAgo: number, value: number, language: Language, note: string) =>
      step(daysAgo, `progress ${value}`, async (r) => {
        const updated = await this.progressService.post(this.as(poster, language), { actionId: r.id, version: r.version, progress: value, language, note });
        return { id: updated.id, version: updated.version };
      });

    transition(a.age - 1, 'start', poster);
    for (const u of a.updates ?? []) progress(u.daysAgo, u.progress, u.lang, u.note);
    const reported = a.updates?.at(-1)?.progress ?? 0;
    if (a.status === 'DONE') {
      if (reported < 100) progress(a.quietFor, 100, a.lang, PROGRESS_NOTE[a.lang].done);
      transition(a.quietFor - 0.01, 'finish', poster);
    } else if (reported !== a.progress) {
      progress(a.quietFor, a.progress, a.lang, PROGRESS_NOTE[a.lang].progress);
    }
    if (a.status === 'ON_HOLD') transition(a.quietFor - 0.01, 'hold', poster, a.reason);
    if (a.status === 'CANCELLED') transition(a.quietFor - 0.01, 'cancel', SECRETARIAT, a.reason);
  }

  private planAssignment(q: DemoAssignment): void {
    const key = `question to ${q.ministry} on ${q.bottleneck}`;
    const ministry = personOf(q.ministry).username;
    let ref: Ref | null = null;
    const step = (daysAgo: number, what: string, run: (ref: Ref) => Promise<{ id: string; version: number }>) =>
      this.at(daysAgo, `${what} ${key}`, async () => {
        if (!ref) throw new Error('used before it exists');
        const updated = await run(ref);
        ref = { id: updated.id, version: updated.version };
      });

    this.at(q.age, `ask ${key}`, async () => {
      const created = await this.assignmentService.create(this.as(SECRETARIAT), {
        bottleneckId: this.ref(q.bottleneck).id,
        ministryCode: q.ministry,
        language: q.lang,
        question: q.question,
        dueDate: this.date(q.due),
      });
      ref = { id: created.id, version: created.version };
    });
    for (const answer of q.answers ?? []) {
      step(answer.daysAgo, 'answer', (r) => this.assignmentService.answer(this.as(ministry, answer.lang), { id: r.id, version: r.version, language: answer.lang, text: answer.text }));
      if (answer.review === 'PENDING') continue;
      const review = answer.review === 'ACCEPTED' ? 'acceptAnswer' : 'returnAnswer';
      step(Math.max(0.2, answer.daysAgo - 1), review, (r) =>
        this.assignmentService.transition(this.as(SECRETARIAT), { id: r.id, version: r.version, transition: review, reason: answer.returnReason ?? null }),
      );
    }
    if (q.status === 'WITHDRAWN') {
      step(q.age / 2, 'withdraw', (r) => this.assignmentService.transition(this.as(SECRETARIAT), { id: r.id, version: r.version, transition: 'withdraw', reason: q.reason ?? null }));
    }
  }
}

function fail(message: string): never {
  throw new Error(message);
}
