import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityType, Language, Role } from '@grensportaal/shared-domain';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AccessService } from '@api/core/auth/access.service';
import { CurrentUser } from '@api/core/auth/current-user';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { HistoryService, NewHistoryEntry } from '@api/core/history/history.service';
import { Clock } from '@api/core/time/clock';
import { ValidationException } from '@api/core/validation/validation';
import { rowToEntity } from '@api/core/versioning/rows';
import { EmailPreference } from '@api/modules/user/user.entity';
import { MailOutbox } from './mail-outbox.service';
import { Notification, NotificationKind } from './notification.entity';
import { RECIPIENT_LANGUAGE } from './recipient-language';

/** The people of an organisation who do its work in the portal (its commissioner hears of escalations instead). */
export const STAFF: Role[] = ['partner', 'department'];

/** PostgreSQL channel on which a committed notification wakes every API process (payload: recipient ids). */
export const NOTIFICATION_CHANNEL = 'grensportaal_notification';
/** Recipient ids per NOTIFY (37 bytes each). */
const NOTIFY_BATCH = 150;

/** Who hears of something; the alternatives are OR-ed. */
export type Audience =
  | { organisationId: string | null; roles?: Role[] }
  | { role: Role }
  | { steeringOf: string }
  | { followersOf: { entityType: EntityType; entityId: string } }
  | { userIds: string[] };

export interface NotificationSpec {
  kind: NotificationKind;
  entityType: EntityType;
  entityId: string;
  agendaId: string;
  reference: string;
  path: string;
  params: Record<string, string | number | null>;
  actorId: string | null;
  audiences: Audience[];
  /** Reminders and escalations: the same key is written once per recipient, however often the deadlines are scanned. */
  dedupeKey?: string;
}

export interface Recipient {
  id: string;
  email: string | null;
  name: string;
  preference: EmailPreference;
  language: Language;
}

const TITLE_LENGTH = 120;
const MENTION = /(?:^|[^\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{1,63})/g;

/** A title or reason as a notification quotes it: one line, at most 120 characters. */
export function short(text: string | null | undefined): string {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > TITLE_LENGTH ? `${value.slice(0, TITLE_LENGTH - 1)}…` : value;
}

/**
 * Notifications, written in the transaction of the change that causes them
 * (they follow from its history entry), with their e-mails in the outbox and
 * a NOTIFY that reaches every API process at commit; nothing is written when
 * the change fails. Only people who may read the item hear of it, and never
 * the person who made the change.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly access: AccessService,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.history.onRecorded((manager, actor, entry) => this.fromHistory(manager, actor, entry));
  }

  // ------------------------------------------------------------------ writing

  async notify(manager: EntityManager, spec: NotificationSpec): Promise<Recipient[]> {
    const params: unknown[] = [spec.agendaId, spec.actorId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const who = spec.audiences.map((a) => {
      if ('userIds' in a) return `u.id = ANY(${param(a.userIds)}::uuid[])`;
      if ('role' in a) return `${param(a.role)} = ANY(u.roles)`;
      if ('steeringOf' in a) return `('commissioner' = ANY(u.roles) AND u.organisation_id = (SELECT steering_organisation_id FROM agenda WHERE id = ${param(a.steeringOf)}))`;
      if ('followersOf' in a)
        return `u.id IN (SELECT user_id FROM follow WHERE entity_type = ${param(a.followersOf.entityType)} AND entity_id = ${param(a.followersOf.entityId)})`;
      return `(u.organisation_id = ${param(a.organisationId)}${a.roles?.length ? ` AND u.roles && ${param(a.roles)}::text[]` : ''})`;
    });
    if (!who.length) return [];
    const rows: Array<Recipient & { notification_id: string }> = await manager.query(
      `WITH r AS (
         SELECT u.id, u.email, u.display_name AS name, u.email_preference AS preference, ${RECIPIENT_LANGUAGE} AS language
           FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
          WHERE (${who.join(' OR ')})
            AND u.id IS DISTINCT FROM $2
            AND (u.roles && ARRAY['secretariat', 'admin']::text[] OR o.kind = 'MINISTRY'
                 OR EXISTS (SELECT 1 FROM agenda_partner ap WHERE ap.agenda_id = $1 AND ap.organisation_id = u.organisation_id))
       ), ins AS (
         INSERT INTO notification (recipient_id, kind, entity_type, entity_id, reference, path, params, actor_id, dedupe_key, created_at)
         SELECT r.id, ${param(spec.kind)}, ${param(spec.entityType)}, ${param(spec.entityId)}, ${param(spec.reference)}, ${param(spec.path)}, ${param(JSON.stringify(spec.params))},
                $2, CASE WHEN ${param(spec.dedupeKey ?? null)}::text IS NULL THEN NULL ELSE ${param(spec.dedupeKey ?? null)}::text || ':' || r.id END, ${param(this.clock.now())}
           FROM r
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, recipient_id
       )
       SELECT ins.id AS notification_id, r.* FROM ins JOIN r ON r.id = ins.recipient_id`,
      params,
    );
    if (!rows.length) return [];
    await this.outbox.queueImmediate(manager, rows.map((r) => ({ recipient: r, notification: { kind: spec.kind, reference: spec.reference, params: spec.params, path: spec.path } })));
    // Delivered by PostgreSQL when (and only if) the transaction commits; payloads stay well under its 8000-byte limit.
    for (let i = 0; i < rows.length; i += NOTIFY_BATCH) {
      await manager.query(`SELECT pg_notify($1, $2)`, [NOTIFICATION_CHANNEL, rows.slice(i, i + NOTIFY_BATCH).map((r) => r.id).join(',')]);
    }
    return rows;
  }

  /** The notifications that follow from a recorded change. */
  private async fromHistory(manager: EntityManager, actor: CurrentUser | null, entry: NewHistoryEntry): Promise<void> {
    const actorId = actor?.id ?? null;
    if (entry.entityType === 'ASSIGNMENT' && (entry.kind === 'CREATED' || entry.kind === 'ANSWERED' || entry.kind === 'TRANSITION')) {
      const q = await this.question(manager, entry.entityId);
      if (!q) return;
      const base = { entityType: 'ASSIGNMENT' as const, entityId: q.id, agendaId: q.agendaId, reference: q.reference, path: `/questions/${q.id}`, actorId };
      const ministry: Audience = { organisationId: q.ministryId, roles: STAFF };
      const followers: Audience = { followersOf: { entityType: 'ASSIGNMENT', entityId: q.id } };
      if (entry.kind === 'CREATED') {
        await this.notify(manager, { ...base, kind: NotificationKind.QUESTION_ASSIGNED, params: { title: q.title, dueDate: q.dueDate }, audiences: [ministry] });
      } else if (entry.kind === 'ANSWERED') {
        await this.notify(manager, { ...base, kind: NotificationKind.QUESTION_ANSWERED, params: { title: q.title }, audiences: [{ role: 'secretariat' }, followers] });
      } else if (entry.transition === 'returnAnswer') {
        const reason = entry.changes?.find((c) => c.field === 'returnReason')?.to;
        await this.notify(manager, { ...base, kind: NotificationKind.ANSWER_RETURNED, params: { title: q.title, reason: short(String(reason ?? '')) }, audiences: [ministry, followers] });
      } else if (entry.transition === 'acceptAnswer') {
        await this.notify(manager, { ...base, kind: NotificationKind.ANSWER_ACCEPTED, params: { title: q.title }, audiences: [ministry, followers] });
      }
    } else if (entry.entityType === 'ACTION' && entry.kind === 'TRANSITION') {
      const a = await this.action(manager, entry.entityId);
      const status = entry.changes?.find((c) => c.field === 'status')?.to;
      if (!a || typeof status !== 'string') return;
      await this.notify(manager, {
        kind: NotificationKind.ACTION_STATUS_CHANGED,
        entityType: 'ACTION',
        entityId: a.id,
        agendaId: a.agendaId,
        reference: a.reference,
        path: `/bottlenecks/${a.reference}`,
        params: { title: a.title, status },
        actorId,
        audiences: [{ organisationId: a.ownerOrganisationId, roles: STAFF }, { followersOf: { entityType: 'ACTION', entityId: a.id } }],
      });
    } else if (entry.entityType === 'ACTION' && entry.kind === 'UPDATE_REQUESTED') {
      const a = await this.action(manager, entry.entityId);
      if (!a) return;
      await this.notify(manager, {
        kind: NotificationKind.UPDATE_REQUESTED,
        entityType: 'ACTION',
        entityId: a.id,
        agendaId: a.agendaId,
        reference: a.reference,
        path: `/bottlenecks/${a.reference}`,
        params: { title: a.title },
        actorId,
        audiences: [{ organisationId: a.ownerOrganisationId, roles: STAFF }],
      });
    } else if (entry.entityType === 'BOTTLENECK' && entry.kind === 'TRANSITION') {
      const status = entry.changes?.find((c) => c.field === 'status')?.to;
      const b: Array<{ id: string; reference: string; agenda_id: string; reporting_organisation_id: string; title: string; status: string }> = await manager.query(
        `SELECT id, reference, agenda_id, reporting_organisation_id, title->>'text' AS title, status FROM bottleneck WHERE id = $1`,
        [entry.entityId],
      );
      if (!b[0] || b[0].status === 'DRAFT') return;
      await this.notify(manager, {
        kind: NotificationKind.BOTTLENECK_STATUS_CHANGED,
        entityType: 'BOTTLENECK',
        entityId: b[0].id,
        agendaId: b[0].agenda_id,
        reference: b[0].reference,
        path: `/bottlenecks/${b[0].reference}`,
        params: { title: short(b[0].title), status: String(status ?? b[0].status) },
        actorId,
        audiences: [{ organisationId: b[0].reporting_organisation_id, roles: STAFF }, { followersOf: { entityType: 'BOTTLENECK', entityId: b[0].id } }],
      });
    } else if (entry.entityType === 'COMMENT' && (entry.kind === 'COMMENTED' || entry.kind === 'UPDATED')) {
      await this.mentions(manager, actorId, entry);
    }
  }

  /** `@username` in a new or edited comment: the people named (who may read the item) hear of it, once per comment and person. */
  private async mentions(manager: EntityManager, actorId: string | null, entry: NewHistoryEntry): Promise<void> {
    const body = entry.changes?.find((c) => c.field === 'body')?.to;
    if (typeof body !== 'string') return;
    const usernames = [...new Set([...body.matchAll(MENTION)].map((m) => m[1].toLowerCase()))];
    if (!usernames.length) return;
    const rows: Array<{ entity_type: EntityType; entity_id: string }> = await manager.query(`SELECT entity_type, entity_id FROM comment WHERE id = $1`, [entry.entityId]);
    if (!rows[0]) return;
    const subject = await this.subjectOf(manager, rows[0].entity_type, rows[0].entity_id);
    if (!subject) return;
    const users: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE lower(username) = ANY($1)`, [usernames]);
    if (!users.length) return;
    const actor: Array<{ display_name: string }> = actorId ? await manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [actorId]) : [];
    await this.notify(manager, {
      kind: NotificationKind.MENTIONED,
      entityType: 'COMMENT',
      entityId: entry.entityId,
      agendaId: entry.agendaId,
      reference: subject.reference,
      path: subject.path,
      params: { actor: actor[0]?.display_name ?? '' },
      actorId,
      audiences: [{ userIds: users.map((u) => u.id) }],
      dedupeKey: `mention:${entry.entityId}`,
    });
  }

  private async question(manager: EntityManager, id: string) {
    const rows: Array<{ id: string; agenda_id: string; ministry_id: string; due_date: string; title: string; reference: string }> = await manager.query(
      `SELECT q.id, q.agenda_id, q.ministry_id, q.due_date, q.question->>'text' AS title, b.reference
         FROM assignment q JOIN bottleneck b ON b.id = q.bottleneck_id WHERE q.id = $1`,
      [id],
    );
    const q = rows[0];
    return q ? { id: q.id, agendaId: q.agenda_id, ministryId: q.ministry_id, dueDate: q.due_date, title: short(q.title), reference: q.reference } : null;
  }

  private async action(manager: EntityManager, id: string) {
    const rows: Array<{ id: string; agenda_id: string; owner_organisation_id: string; title: string; reference: string | null }> = await manager.query(
      `SELECT a.id, a.agenda_id, a.owner_organisation_id, a.title->>'text' AS title,
              (SELECT b.reference FROM action_bottleneck ab JOIN bottleneck b ON b.id = ab.bottleneck_id WHERE ab.action_id = a.id ORDER BY b.reference LIMIT 1) AS reference
         FROM action a WHERE a.id = $1`,
      [id],
    );
    const a = rows[0];
    return a?.reference ? { id: a.id, agendaId: a.agenda_id, ownerOrganisationId: a.owner_organisation_id, title: short(a.title), reference: a.reference } : null;
  }

  /** The bottleneck reference and web path of a commented item. */
  private async subjectOf(manager: EntityManager, entityType: EntityType, entityId: string): Promise<{ reference: string; path: string } | null> {
    if (entityType === 'ASSIGNMENT') {
      const q = await this.question(manager, entityId);
      return q && { reference: q.reference, path: `/questions/${q.id}` };
    }
    if (entityType === 'ACTION') {
      const a = await this.action(manager, entityId);
      return a && { reference: a.reference, path: `/bottlenecks/${a.reference}` };
    }
    const rows: Array<{ reference: string }> = await manager.query(`SELECT reference FROM bottleneck WHERE id = $1`, [entityId]);
    return rows[0] ? { reference: rows[0].reference, path: `/bottlenecks/${rows[0].reference}` } : null;
  }

  // ------------------------------------------------------------------ reading and marking

  async list(ctx: GraphQLContext, first: number, unreadOnly: boolean): Promise<Notification[]> {
    const user = this.access.requireUser(ctx);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM notification WHERE recipient_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id DESC LIMIT $2`,
      [user.id, first],
    );
    return rows.map((r) => rowToEntity(this.dataSource, Notification, r));
  }

  async unreadCount(ctx: GraphQLContext): Promise<number> {
    const user = this.access.requireUser(ctx);
    const rows: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [user.id]);
    return rows[0].n;
  }

  /** Marks the caller's own notifications (others' ids are ignored); returns how many were unread. */
  async markRead(ctx: GraphQLContext, ids: string[] | null): Promise<number> {
    const user = this.access.requireUser(ctx);
    if (ids && ids.length > 200) throw new ValidationException([{ field: 'ids', rule: 'maxItems', params: { max: 200 } }]);
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($3::uuid[])' : ''} RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      ids ? [user.id, this.clock.now(), ids] : [user.id, this.clock.now()],
    );
    return rows[0].n;
  }

  message(n: Notification, language: Language): string {
    return this.outbox.messages.message(n, language);
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }
}
