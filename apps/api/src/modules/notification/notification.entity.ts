import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ENTITY_TYPES, EntityType } from '@grensportaal/shared-domain';

/** The items a notification can be about; its page is where it leads (paths.ts, itemPath). */
export type NotifiedItemType = Extract<EntityType, 'BOTTLENECK' | 'ACTION' | 'ASSIGNMENT'>;

/** What a notification is about; each kind has its own message and e-mail in nl/de/en (namespace `notification`). */
export enum NotificationKind {
  QUESTION_ASSIGNED = 'QUESTION_ASSIGNED',
  QUESTION_ANSWERED = 'QUESTION_ANSWERED',
  ANSWER_RETURNED = 'ANSWER_RETURNED',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  UPDATE_REQUESTED = 'UPDATE_REQUESTED',
  BOTTLENECK_STATUS_CHANGED = 'BOTTLENECK_STATUS_CHANGED',
  ACTION_STATUS_CHANGED = 'ACTION_STATUS_CHANGED',
  MENTIONED = 'MENTIONED',
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
  QUESTION_DUE_SOON = 'QUESTION_DUE_SOON',
  ACTION_DUE_SOON = 'ACTION_DUE_SOON',
  QUESTION_OVERDUE = 'QUESTION_OVERDUE',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * Something a person should hear about, written in the same transaction as the
 * change that causes it. Reminders and escalations carry a `dedupeKey`, unique,
 * so however many processes scan the deadlines, each is written once.
 */
@ObjectType({ description: 'Something that happened to an item you take part in or follow.' })
@Entity('notification')
@Index(['recipientId', 'createdAt'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) recipientId!: string;
  @Field(() => NotificationKind) @Column({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @Column({ type: 'enum', enum: ENTITY_TYPES, enumName: 'entity_type' }) entityType!: NotifiedItemType;
  @Column({ type: 'uuid' }) entityId!: string;

  /** The bottleneck reference the item belongs to, for the link and the message. */
  @Field({ description: 'Reference of the bottleneck it concerns, e.g. NRW-2026-017.' }) @Column({ type: 'varchar', length: 40 }) reference!: string;

  /** Values for the message: title (in its original language), dates, names. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) params!: Record<string, string | number | null>;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true, unique: true }) dedupeKey!: string | null;
  @Field(() => Date, { nullable: true, description: 'When you marked it as read.' }) @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;

  /** The daily digest e-mail that listed it (for people who chose the digest). */
  @Column({ type: 'uuid', nullable: true }) digestEmailId!: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
