import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Language, Role } from '@grensportaal/shared-domain';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { Clock } from '@api/core/time/clock';
import { ValidationException } from '@api/core/validation/validation';
import { rowToEntity } from '@api/core/versioning/rows';
import { namedQuery } from '@api/core/sql/named-query';
import { EmailPreference } from '@api/modules/user/user.entity';
import { MailOutbox } from './mail-outbox.service';
import { Notification, NotificationKind, NotifiedItemType } from './notification.entity';
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
  | { followersOf: { entityType: NotifiedItemType; entityId: string } }
  | { usernames: string[] };

export interface NotificationSpec {
  kind: NotificationKind;
  /** The item it is about (a bottleneck, an action, a question to a ministry): its page is where the notification leads. */
  entityType: NotifiedItemType;
  entityId: string;
  /** Its agenda; null for a question about a consultation, which every signed-in user may read. */
  agendaId: string | null;
  /** The bottleneck reference the item belongs to (for a question about a consultation: its screening round). */
  reference: string;
  /** When the item is a draft bottleneck: the organisation that alone (with the secretariat and admins) may read it. */
  draftOf?: string | null;
  params: Record<string, string | number | null>;
  actorId: string | null;
  audiences: Audience[];
  /** Reminders, escalations, mentions: the same key is written once per recipient, however often it comes up. */
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

/** A title or reason as a notification quotes it: one line, at most 120 characters. */
export function short(text: string | null | undefined): string {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > TITLE_LENGTH ? `${value.slice(0, TITLE_LENGTH - 1)}…` : value;
}

/**
 * Notifications, written in the transaction of the change that causes them
 * (rules in ./rules follow from its history event), with their e-mails in the
 * outbox and a NOTIFY that reaches every API process at commit; nothing is
 * written when the change fails. Only people who may read the item hear of
 * it, never the person who made the change; and a notification is shown only
 * while its reader may still read the item.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ------------------------------------------------------------------ writing

  async notify(manager: EntityManager, spec: NotificationSpec): Promise<Recipient[]> {
    const params: unknown[] = [spec.agendaId, spec.actorId, spec.draftOf ?? null];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const who = spec.audiences.map((a) => {
      if ('usernames' in a) return `lower(u.username) = ANY(${param(a.usernames.map((n) => n.toLowerCase()))}::text[])`;
      if ('role' in a) return `${param(a.role)} = ANY(u.roles)`;
      if ('steeringOf' in a) return `('commissioner' = ANY(u.roles) AND u.organisation_id = (SELECT steering_organisation_id FROM agenda WHERE id = ${param(a.steeringOf)}))`;
      if ('followersOf' in a) return `u.id IN (SELECT user_id FROM follow WHERE entity_type = ${param(a.followersOf.entityType)} AND entity_id = ${param(a.followersOf.entityId)})`;
      return `(u.organisation_id = ${param(a.organisationId)}${a.roles?.length ? ` AND u.roles && ${param(a.roles)}::text[]` : ''})`;
    });
    if (!who.length) return [];
    // The read rule of the register (AccessService): all agendas for the secretariat, admins and ministries, else the agendas
    // one's organisation takes part in (an item of no agenda, about a consultation, for everyone); a draft only for its own
    // organisation, the secretariat and admins.
    const rows: Array<Recipient & { notification_id: string }> = await manager.query(
      `WITH r AS (
         SELECT u.id, u.email, u.display_name AS name, u.email_preference AS preference, ${RECIPIENT_LANGUAGE} AS language
           FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
          WHERE (${who.join(' OR ')})
            AND u.id IS DISTINCT FROM $2
            AND ($1::uuid IS NULL OR u.roles && ARRAY['secretariat', 'admin']::text[] OR o.kind = 'MINISTRY'
                 OR EXISTS (SELECT 1 FROM agenda_partner ap WHERE ap.agenda_id = $1 AND ap.organisation_id = u.organisation_id))
            AND ($3::uuid IS NULL OR u.roles && ARRAY['secretariat', 'admin']::text[] OR u.organisation_id = $3::uuid)
       ), ins AS (
         INSERT INTO notification (recipient_id, kind, entity_type, entity_id, reference, params, actor_id, dedupe_key, created_at)
         SELECT r.id, ${param(spec.kind)}, ${param(spec.entityType)}, ${param(spec.entityId)}, ${param(spec.reference)}, ${param(JSON.stringify(spec.params))},
                $2, CASE WHEN ${param(spec.dedupeKey ?? null)}::text IS NULL THEN NULL ELSE ${param(spec.dedupeKey ?? null)}::text || ':' || r.id END, ${param(this.clock.now())}
           FROM r
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, recipient_id
       )
       SELECT ins.id AS notification_id, r.* FROM ins JOIN r ON r.id = ins.recipient_id`,
      params,
    );
    if (!rows.length) return [];
    const content = { kind: spec.kind, reference: spec.reference, params: spec.params, entityType: spec.entityType, entityId: spec.entityId };
    await this.outbox.queueImmediate(manager, rows.map((r) => ({ recipient: r, notification: content })));
    // Delivered by PostgreSQL when (and only if) the transaction commits; payloads stay well under its 8000-byte limit.
    for (let i = 0; i < rows.length; i += NOTIFY_BATCH) {
      await manager.query(`SELECT pg_notify($1, $2)`, [NOTIFICATION_CHANNEL, rows.slice(i, i + NOTIFY_BATCH).map((r) => r.id).join(',')]);
    }
    return rows;
  }

  // ------------------------------------------------------------------ reading and marking

  /** The caller's own notifications about items they may (still) read. */
  private readable(caller: Caller, extra = ''): { sql: string; params: Record<string, unknown> } {
    const user = this.access.requireUser(caller);
    const b = this.access.scopeCondition(caller, 'b', 'bottleneck');
    const a = this.access.scopeCondition(caller, 'a', 'agenda');
    const q = this.access.scopeCondition(caller, 'q', 'registerItem');
    return {
      sql: `n.recipient_id = :recipient ${extra} AND (
              (n.entity_type = 'BOTTLENECK' AND EXISTS (SELECT 1 FROM bottleneck b WHERE b.id = n.entity_id AND ${b.sql}))
           OR (n.entity_type = 'ACTION' AND EXISTS (SELECT 1 FROM action a WHERE a.id = n.entity_id AND ${a.sql}))
           OR (n.entity_type = 'ASSIGNMENT' AND EXISTS (SELECT 1 FROM assignment q WHERE q.id = n.entity_id AND ${q.sql})))`,
      params: { recipient: user.id, ...b.params, ...a.params, ...q.params },
    };
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    return namedQuery<T>(this.dataSource, sql, params);
  }

  async list(caller: Caller, first: number, unreadOnly: boolean): Promise<Notification[]> {
    const where = this.readable(caller, unreadOnly ? 'AND n.read_at IS NULL' : '');
    const rows = await this.query<Record<string, unknown>>(`SELECT n.* FROM notification n WHERE ${where.sql} ORDER BY n.created_at DESC, n.id DESC LIMIT :first`, { ...where.params, first });
    return rows.map((r) => rowToEntity(this.dataSource, Notification, r));
  }

  async unreadCount(caller: Caller): Promise<number> {
    const where = this.readable(caller, 'AND n.read_at IS NULL');
    const rows = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification n WHERE ${where.sql}`, where.params);
    return rows[0].n;
  }

  /** Marks the caller's own notifications (others' ids are ignored); returns how many were unread. */
  async markRead(caller: Caller, ids: string[] | null): Promise<number> {
    const user = this.access.requireUser(caller);
    if (ids && ids.length > 200) throw new ValidationException([{ field: 'ids', rule: 'arrayMaxSize', params: { max: 200 } }]);
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
