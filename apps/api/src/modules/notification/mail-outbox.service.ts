import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { Language } from '@grensportaal/shared-domain';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { LOGGER } from '@api/core/logging/logger';
import { MailTransport } from './mail.transport';
import { Content, NotificationMessages } from './notification-messages';
import { RECIPIENT_LANGUAGE } from './recipient-language';

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  language: Language;
  attempts: number;
}

/** Longest wait between two tries of one e-mail. */
const MAX_RETRY_DELAY_S = 3600;

/**
 * E-mails in the transactional outbox: written with the change that causes
 * them, delivered by `deliverDue` (the `mail-deliver` job) with back-off while
 * the mail server is away, each exactly once: a row is sent under its lock and
 * marked SENT in the same transaction.
 */
@Injectable()
export class MailOutbox {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    readonly messages: NotificationMessages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** E-mails for the recipients who want them at once (in the caller's transaction). */
  async queueImmediate(
    manager: EntityManager,
    items: Array<{ recipient: { id: string; email: string | null; name: string; preference: string; language: Language }; notification: Content }>,
  ): Promise<void> {
    for (const { recipient, notification } of items) {
      if (recipient.preference !== 'IMMEDIATE' || !recipient.email) continue;
      const mail = this.messages.single(notification, recipient.name, recipient.language);
      await manager.query(
        `INSERT INTO outbox_email (recipient_id, to_address, language, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6)`,
        [recipient.id, recipient.email, recipient.language, mail.subject, mail.text, mail.html],
      );
    }
  }

  /** Sends what is due, one e-mail per transaction; returns how many went out and how many wait for another try. */
  async deliverDue(limit = 500): Promise<{ sent: number; failed: number }> {
    const result = { sent: 0, failed: 0 };
    for (let i = 0; i < limit; i += 1) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const rows: OutboxRow[] = await manager.query(
          `SELECT id, to_address, subject, text_body, html_body, language, attempts FROM outbox_email
            WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        const row = rows[0];
        if (!row) return 'none';
        try {
          await this.transport.send({ to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body, language: row.language });
        } catch (error) {
          const delay = Math.min(this.config.mail.retryDelayS * 2 ** row.attempts, MAX_RETRY_DELAY_S);
          await manager.query(
            `UPDATE outbox_email SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
            [row.id, String((error as Error).message ?? error).slice(0, 1000), delay],
          );
          this.logger.warn({ emailId: row.id, attempts: row.attempts + 1, retryInS: delay, err: error }, 'e-mail not delivered; will retry');
          return 'failed';
        }
        await manager.query(`UPDATE outbox_email SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [row.id]);
        return 'sent';
      });
      if (outcome === 'none') break;
      result[outcome] += 1;
    }
    return result;
  }

  /**
   * One e-mail per person who chose the daily digest, listing their
   * notifications of the last 24 hours not yet in a digest. Idempotent: the
   * digest of a day is written once per person (unique key), however many
   * processes run it.
   */
  async queueDigests(day: string, now: Date): Promise<number> {
    const since = new Date(now.getTime() - 24 * 3600 * 1000);
    const people: Array<{ id: string; email: string; name: string; language: Language }> = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS name,
              ${RECIPIENT_LANGUAGE} AS language
         FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.email_preference = 'DIGEST' AND u.email IS NOT NULL
          AND EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = u.id AND n.digest_email_id IS NULL AND n.created_at > $1)`,
      [since],
    );
    let written = 0;
    for (const person of people) {
      written += await this.dataSource.transaction(async (manager) => {
        const items: Array<Content & { id: string }> = await manager.query(
          `SELECT id, kind, reference, params, entity_type AS "entityType", entity_id AS "entityId" FROM notification WHERE recipient_id = $1 AND digest_email_id IS NULL AND created_at > $2 ORDER BY created_at, id`,
          [person.id, since],
        );
        if (!items.length) return 0;
        const mail = this.messages.digest(items, person.name, person.language, day);
        const inserted: Array<{ id: string }> = await manager.query(
          `INSERT INTO outbox_email (recipient_id, to_address, language, subject, text_body, html_body, dedupe_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
          [person.id, person.email, person.language, mail.subject, mail.text, mail.html, `digest:${person.id}:${day}`],
        );
        if (!inserted.length) return 0;
        await manager.query(`UPDATE notification SET digest_email_id = $2 WHERE id = ANY($1::uuid[])`, [items.map((n) => n.id), inserted[0].id]);
        return 1;
      });
    }
    return written;
  }
}
