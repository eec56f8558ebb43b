import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgendaItem } from '@api/core/persistence/records';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ACTION_INSTRUMENTS, ACTION_STATUSES, ActionInstrument, ActionStatus, Priority, PRIORITIES } from '@grensportaal/shared-domain';
import { ActionInstrumentEnum, ActionStatusEnum, PriorityEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import type { StoredText } from '@api/core/text/stored-text';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { AppUser } from '@api/modules/user/user.entity';

const SEARCH_TEXT = ['title', 'description']
  .flatMap((f) => [`"${f}"->>'text'`, `"${f}"->'tr'->'nl'->>'text'`, `"${f}"->'tr'->'de'->>'text'`, `"${f}"->'tr'->'en'->>'text'`])
  .map((e) => `coalesce(${e}, '')`)
  .join(` || ' ' || `);

/** A solution action agreed for one or more bottlenecks of an agenda: who owns it, by when, how far it has got. */
@ObjectType('Action', { description: 'A solution action for one or more bottlenecks.' })
@Entity('action')
/** Trigram index on search_text, created by hand in the migration (TypeORM cannot express gin_trgm_ops). */
@Index('IDX_action_search_trgm', { synchronize: false })
/** The dashboard's covering index, created by hand in the migration DashboardFigures (TypeORM cannot express INCLUDE). */
@Index('action_figures', { synchronize: false })
@Index(['agendaId', 'status', 'dueDate'])
@Index(['ownerOrganisationId', 'status'])
@Index(['agendaId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Check('"progress" BETWEEN 0 AND 100')
export class Action extends AgendaItem {
  @ManyToOne(() => Agenda, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agenda_id' }) agenda?: Agenda;
  @Column({ type: 'jsonb' }) title!: StoredText;
  @Column({ type: 'jsonb', nullable: true }) description!: StoredText | null;
  @Column({ type: 'uuid' }) ownerOrganisationId!: string;
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'owner_organisation_id' }) ownerOrganisation?: Organisation;
  @Column({ type: 'uuid', nullable: true }) ownerUserId!: string | null;
  @ManyToOne(() => AppUser, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'owner_user_id' }) ownerUser?: AppUser | null;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) dueDate!: string;
  @Field(() => ActionStatusEnum) @Column({ type: 'enum', enum: ACTION_STATUSES, enumName: 'action_status', default: 'PLANNED' }) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'The reason given for the last hold, cancellation or reopening.' }) @Column({ type: 'text', nullable: true }) statusReason!: string | null;
  @Field(() => Int, { description: 'Progress in percent (0–100).' }) @Column({ type: 'int', default: 0 }) progress!: number;
  @Field(() => ActionInstrumentEnum) @Column({ type: 'enum', enum: ACTION_INSTRUMENTS, enumName: 'action_instrument' }) instrument!: ActionInstrument;
  @Field(() => PriorityEnum) @Column({ type: 'enum', enum: PRIORITIES, enumName: 'priority', default: 'NORMAL' }) priority!: Priority;
  @Field({ description: 'When progress was last reported (or the action created).' }) @Column({ type: 'timestamptz', default: () => 'now()' }) lastProgressAt!: Date;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  /** The key an imported sheet gave it (its own id column, or the bottleneck's number and the line in the cell), so that a re-import finds it again. */
  @Column({ type: 'varchar', length: 120, nullable: true }) externalId!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the secretariat or the steering commissioner last asked the owner for an update; cleared by the next progress report.' })
  @Column({ type: 'timestamptz', nullable: true }) updateRequestedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) updateRequestedById!: string | null;
  @Column({ type: 'text', generatedType: 'STORED', asExpression: `lower(${SEARCH_TEXT})`, insert: false, update: false, select: false }) searchText?: string;
}
