import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgendaItem } from '@api/core/persistence/records';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  BOTTLENECK_OUTCOMES,
  BOTTLENECK_STATUSES,
  BOTTLENECK_TYPES,
  BottleneckOutcome,
  BottleneckStatus,
  BottleneckType,
} from '@grensportaal/shared-domain';
import { BottleneckOutcomeEnum, BottleneckStatusEnum, BottleneckTypeEnum } from '@api/core/graphql/shared-enums';
import type { StoredText } from '@api/core/text/stored-text';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';

/** Every text of the bottleneck in every language, lower-cased, for search (a generated column). */
const SEARCH_TEXT = ['title', 'description']
  .flatMap((f) => [`"${f}"->>'text'`, `"${f}"->'tr'->'nl'->>'text'`, `"${f}"->'tr'->'de'->>'text'`, `"${f}"->'tr'->'en'->>'text'`])
  .map((e) => `coalesce(${e}, '')`)
  .join(` || ' ' || `);

/**
 * A border bottleneck: what the cross-border situation is, why it must be
 * solved, where, what kind of obstacle, and how far it has got. Its fields
 * follow the "cross-border file" of the BRIDGEforEU regulation (EU 2025/925).
 */
@ObjectType('Bottleneck', { description: 'A border bottleneck logged on an agenda.' })
@Entity('bottleneck')
/** Trigram index on search_text, created by hand in the migration (TypeORM cannot express gin_trgm_ops). */
@Index('IDX_bottleneck_search_trgm', { synchronize: false })
/** The dashboard's covering index, created by hand in the migration DashboardFigures (TypeORM cannot express INCLUDE). */
@Index('bottleneck_figures', { synchronize: false })
@Index(['agendaId', 'status'])
@Index(['reportingOrganisationId'])
@Index(['updatedAt', 'id'])
@Index(['agendaId', 'referenceYear', 'referenceNumber'], { unique: true })
@Index(['reportingOrganisationId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Check('"expected_duration_months" IS NULL OR "expected_duration_months" BETWEEN 1 AND 600')
export class Bottleneck extends AgendaItem {
  @Field({ description: 'Human-readable, stable reference, e.g. NRW-2026-017.' }) @Column({ type: 'varchar', length: 30, unique: true }) reference!: string;
  @Column({ type: 'int' }) referenceYear!: number;
  @Column({ type: 'int' }) referenceNumber!: number;
  @ManyToOne(() => Agenda, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agenda_id' }) agenda?: Agenda;
  @Column({ type: 'uuid', nullable: true }) themeId!: string | null;
  @ManyToOne(() => Theme, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'theme_id' }) theme?: Theme | null;
  @Column({ type: 'uuid' }) reportingOrganisationId!: string;
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'reporting_organisation_id' }) reportingOrganisation?: Organisation;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @Field(() => BottleneckStatusEnum) @Column({ type: 'enum', enum: BOTTLENECK_STATUSES, enumName: 'bottleneck_status', default: 'DRAFT' }) status!: BottleneckStatus;
  @Field(() => BottleneckOutcomeEnum, { nullable: true, description: 'Why it was closed (set while CLOSED).' })
  @Column({ type: 'enum', enum: BOTTLENECK_OUTCOMES, enumName: 'bottleneck_outcome', nullable: true }) outcome!: BottleneckOutcome | null;
  @Field(() => String, { nullable: true, description: 'The reasons given when it was closed (or reopened).' }) @Column({ type: 'text', nullable: true }) statusReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) duplicateOfId!: string | null;
  @ManyToOne(() => Bottleneck, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'duplicate_of_id' }) duplicateOf?: Bottleneck | null;
  @Field(() => BottleneckTypeEnum) @Column({ type: 'enum', enum: BOTTLENECK_TYPES, enumName: 'bottleneck_type' }) type!: BottleneckType;
  @Column({ type: 'jsonb' }) title!: StoredText;

  /** Required to submit; a draft may leave it out for now. */
  @Column({ type: 'jsonb', nullable: true }) description!: StoredText | null;
  @Column({ type: 'jsonb', nullable: true }) whyToSolve!: StoredText | null;
  @Column({ type: 'jsonb', nullable: true }) impact!: StoredText | null;
  @Field({ description: 'The border segment, municipalities or regions concerned on both sides.' }) @Column({ type: 'varchar', length: 1000, default: '' }) area!: string;
  @Field(() => Int, { nullable: true, description: 'Expected time to a solution, in months, where known.' }) @Column({ type: 'int', nullable: true }) expectedDurationMonths!: number | null;
  @Column({ type: 'text', generatedType: 'STORED', asExpression: `lower(reference || ' ' || ${SEARCH_TEXT})`, insert: false, update: false, select: false }) searchText?: string;
  /** The reporting organisation's own number for it (e.g. GLD-01), kept from an import so that a re-import finds it again. */
  @Field(() => String, { nullable: true, description: "The reporting organisation's own number for it, from an imported sheet." })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}
