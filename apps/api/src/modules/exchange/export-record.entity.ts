import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumOf } from '@api/core/graphql/shared-enums';

export const ExportStatus = enumOf(['READY', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED'] as const);
export type ExportStatus = keyof typeof ExportStatus;
registerEnumType(ExportStatus, { name: 'ExportStatus' });

/**
 * Who took what out of the register: every export is recorded when it
 * starts (what, which filters, how many rows it will hold) and when it ends
 * (rows written, finished or cancelled). The running count is the progress
 * the web app shows.
 */
@ObjectType('ExportRecord', { description: 'One export of the register: who, what, which filters, how many rows.' })
@Entity('export_record')
@Index(['userId', 'startedAt'])
export class ExportRecord {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Field({ description: 'What was exported: bottlenecks, actions, assignments, bottleneck (one, with everything under it) or bridgeforeu.' }) @Column({ type: 'varchar', length: 30 }) kind!: string;
  @Field() @Column({ type: 'varchar', length: 10 }) format!: string;
  @Field({ description: 'nl, de, en or all.' }) @Column({ type: 'varchar', length: 5 }) language!: string;
  /** The list's filter and sort (or the bottleneck's reference), as given. */
  @Column({ type: 'jsonb' }) filters!: Record<string, unknown>;
  @Field(() => Int, { description: 'Rows the export will hold.' }) @Column({ type: 'int' }) total!: number;
  @Field(() => Int, { description: 'Rows written so far.' }) @Column({ type: 'int', default: 0 }) rowsWritten!: number;
  @Field(() => ExportStatus) @Column({ type: 'varchar', length: 12 }) status!: ExportStatus;
  @Field() @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
