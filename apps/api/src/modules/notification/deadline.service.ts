import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AWAITING_ANSWER_STATUSES, OPEN_ACTION_STATUSES } from '@grensportaal/shared-domain';
import { Clock, daysBetween } from '@api/core/time/clock';
import { NotificationKind } from './notification.entity';
import { Audience, NotificationService, short, STAFF } from './notification.service';

const AWAITING = AWAITING_ANSWER_STATUSES.map((s) => `'${s}'`).join(', ');
const OPEN = OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(', ');

/** Reminders this many days before a due date. */
export const REMINDER_DAYS = [7, 1] as const;
/** Escalation to the steering King's Commissioner this many days after the due date (to the secretariat at the due date). */
export const COMMISSIONER_ESCALATION_DAYS = 14;

interface Due {
  id: string;
  agenda_id: string | null;
  due_date: string;
  title: string;
  title_language: string;
  reference: string | null;
  owner_id: string;
}

type Stage = { key: string; kind: NotificationKind; audiences: Audience[] };

/**
 * Reminders and escalations of questions and actions (domain.md): reminders to
 * the ministry or owner 7 and 1 days before the due date; at the due date an
 * escalation to the secretariat, two weeks later to the steering King's
 * Commissioner. Each stage of each item happens once: its key is claimed in
 * `deadline_event` in the transaction that writes the notifications, so any
 * number of processes may scan at the same time.
 */
@Injectable()
export class DeadlineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /** Returns how many stages were reached in this scan. */
  async scan(): Promise<number> {
    const today = this.clock.today();
    const horizon = this.clock.todayPlus(Math.max(...REMINDER_DAYS));
    const questions: Due[] = await this.dataSource.query(
      `SELECT q.id, q.agenda_id, q.due_date, q.question->>'text' AS title, q.question->>'lang' AS title_language,
              coalesce(b.reference, r.year || '-H' || r.half) AS reference, q.ministry_id AS owner_id
         FROM assignment q LEFT JOIN bottleneck b ON b.id = q.bottleneck_id
         LEFT JOIN consultation c ON c.id = q.consultation_id LEFT JOIN screening_round r ON r.id = c.round_id
        WHERE q.status IN (${AWAITING}) AND q.due_date <= $1 ORDER BY q.due_date, q.id`,
      [horizon],
    );
    const actions: Due[] = await this.dataSource.query(
      `SELECT a.id, a.agenda_id, a.due_date, a.title->>'text' AS title, a.title->>'lang' AS title_language, a.owner_organisation_id AS owner_id,
              (SELECT b.reference FROM action_bottleneck ab JOIN bottleneck b ON b.id = ab.bottleneck_id WHERE ab.action_id = a.id ORDER BY b.reference LIMIT 1) AS reference
         FROM action a WHERE a.status IN (${OPEN}) AND a.due_date IS NOT NULL AND a.due_date <= $1 ORDER BY a.due_date, a.id`,
      [horizon],
    );
    const due = [
      ...questions.map((q) => ({ item: q, stages: this.stages('ASSIGNMENT', q, today, { soon: NotificationKind.QUESTION_DUE_SOON, overdue: NotificationKind.QUESTION_OVERDUE }), type: 'ASSIGNMENT' as const })),
      ...actions
        .filter((a) => a.reference)
        .map((a) => ({ item: a, stages: this.stages('ACTION', a, today, { soon: NotificationKind.ACTION_DUE_SOON, overdue: NotificationKind.ACTION_OVERDUE }), type: 'ACTION' as const })),
    ];
    // Stages already reached are skipped without a transaction each (the claim below still decides).
    const keys = due.flatMap((d) => d.stages.map((st) => st.key));
    const done = new Set(keys.length ? ((await this.dataSource.query(`SELECT key FROM deadline_event WHERE key = ANY($1)`, [keys])) as Array<{ key: string }>).map((r) => r.key) : []);
    let reached = 0;
    for (const d of due) {
      for (const stage of d.stages) if (!done.has(stage.key) && (await this.claim(d.type, d.item, stage))) reached += 1;
    }
    return reached;
  }

  private stages(type: 'ASSIGNMENT' | 'ACTION', item: Due, today: string, kinds: { soon: NotificationKind; overdue: NotificationKind }): Stage[] {
    const left = daysBetween(today, item.due_date);
    const base = `${type}:${item.id}:${item.due_date}`;
    const stages: Stage[] = [];
    // The nearest reminder only: a question asked three days before its due date gets the 7-day one now, the 1-day one later.
    const reminder = [...REMINDER_DAYS].sort((x, y) => x - y).find((days) => left >= 1 && left <= days);
    if (reminder !== undefined) stages.push({ key: `remind${reminder}:${base}`, kind: kinds.soon, audiences: [{ organisationId: item.owner_id, roles: STAFF }] });
    if (left <= 0) stages.push({ key: `escalate:${base}`, kind: kinds.overdue, audiences: [{ role: 'secretariat' }] });
    // A question about a consultation belongs to no agenda and so has no steering commissioner: the secretariat's escalation is its last.
    if (left <= -COMMISSIONER_ESCALATION_DAYS && item.agenda_id) stages.push({ key: `escalate${COMMISSIONER_ESCALATION_DAYS}:${base}`, kind: kinds.overdue, audiences: [{ steeringOf: item.agenda_id }] });
    return stages;
  }

  private async claim(type: 'ASSIGNMENT' | 'ACTION', item: Due, stage: Stage): Promise<boolean> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const rows: Array<{ key: string }> = await manager.query(`INSERT INTO deadline_event (key, occurred_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [
        stage.key,
        this.clock.now(),
      ]);
      if (!rows.length) return false;
      await this.notifications.notify(manager, {
        kind: stage.kind,
        entityType: type,
        entityId: item.id,
        agendaId: item.agenda_id,
        reference: item.reference ?? '',
        params: { title: short(item.title), titleLanguage: item.title_language, dueDate: item.due_date },
        actorId: null,
        audiences: stage.audiences,
        dedupeKey: stage.key,
      });
      return true;
    });
  }
}
