import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LANGUAGES, Language } from '@grensportaal/shared-domain';

export type OutboxEmailStatus = 'PENDING' | 'SENT';

/**
 * An e-mail to send, written in the same transaction as what causes it
 * (transactional outbox) and delivered by the `mail.send` job, which retries
 * with back-off while the mail server is away. `SENT` is set under a row lock,
 * so no e-mail goes out twice; `dedupeKey` (unique) makes digests idempotent.
 */
@Entity('outbox_email')
@Index(['status', 'createdAt'])
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) recipientId!: string;
  @Column({ type: 'varchar', length: 320 }) toAddress!: string;
  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'language' }) language!: Language;
  @Column({ type: 'varchar', length: 500 }) subject!: string;
  @Column({ type: 'text' }) textBody!: string;
  @Column({ type: 'text' }) htmlBody!: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) status!: OutboxEmailStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;

  /** Not before this moment (back-off after a failed try). */
  @Column({ type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ type: 'varchar', length: 300, nullable: true, unique: true }) dedupeKey!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
