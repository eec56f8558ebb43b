import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HistorySource } from '@api/core/context/caller';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ENTITY_TYPES, EntityType, HistoryKind, TransitionName } from '@grensportaal/shared-domain';
import { EntityTypeEnum, HistoryKindEnum, TransitionNameEnum } from '@api/core/graphql/shared-enums';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  /** For translatable texts: which language version changed. */
  language?: string;
}

/**
 * One committed change to a bottleneck, action, question or comment: who (and
 * for which organisation), when, what kind of change, and the fields from what
 * to what. Append-only: a trigger refuses UPDATE and DELETE (see migration).
 */
@ObjectType('HistoryEntry', { description: 'One committed change to an item: who, when, which step, which fields from what to what.' })
@Entity('history_entry')
@Index(['entityType', 'entityId', 'id'])
@Index(['agendaId', 'id'])
export class HistoryEntry {
  @Field(() => ID) @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Field(() => EntityTypeEnum) @Column({ type: 'enum', enum: ENTITY_TYPES, enumName: 'entity_type' }) entityType!: EntityType;
  @Field(() => ID) @Column({ type: 'uuid' }) entityId!: string;

  /** The agenda the item belongs to: history is readable exactly where the item is (none for the border-effects register, which every user reads). */
  @Column({ type: 'uuid', nullable: true }) agendaId!: string | null;

  /** The item's version after this change. */
  @Field(() => Int, { description: "The item's version after this change." }) @Column({ type: 'int' }) version!: number;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Field() @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Field(() => HistoryKindEnum) @Column({ type: 'varchar', length: 40 }) kind!: HistoryKind;

  /** The lifecycle transition (e.g. submit), when the change was one. */
  @Field(() => TransitionNameEnum, { nullable: true, description: 'The lifecycle step (e.g. submit), when the change was one.' })
  @Column({ type: 'varchar', length: 40, nullable: true }) transition!: TransitionName | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) changes!: FieldChange[];

  /** The import (and its file) that made the change; null for changes made on a screen or by the system. */
  @Column({ type: 'jsonb', nullable: true }) source!: HistorySource | null;
}
