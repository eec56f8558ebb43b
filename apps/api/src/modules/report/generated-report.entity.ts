import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Language, REPORT_KINDS, REPORT_STATUSES, ReportKind, ReportStatus } from '@grensportaal/shared-domain';
import { enumOf, LanguageEnum } from '@api/core/graphql/shared-enums';

export const ReportKindEnum = enumOf(REPORT_KINDS);
registerEnumType(ReportKindEnum, { name: 'ReportKind', description: 'YEARLY: the progress report of a calendar year; CONFERENCE_PACK: the pack for an upcoming conference.' });

export const ReportStatusEnum = enumOf(REPORT_STATUSES);
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });

/**
 * A report written by Grensportaal from the record: what was asked for, by
 * whom, from which state of the register (the moment and the latest history
 * entry it saw, so it can be reproduced), its progress, and the DOCX and PDF
 * it produced. It may be downloaded by whoever may read every agenda in it.
 */
@ObjectType('GeneratedReport', { description: 'A yearly progress report or conference pack generated from the register, as DOCX and PDF.' })
@Entity('generated_report')
@Index(['requestedAt'])
export class GeneratedReport {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ReportKindEnum) @Column({ type: 'varchar', length: 20 }) kind!: ReportKind;
  /** The agenda asked for; null for the whole programme. */
  @Column({ type: 'uuid', nullable: true }) agendaId!: string | null;
  /** The agendas the report holds (those of the programme the requester reads). */
  @Column({ type: 'uuid', array: true }) agendaIds!: string[];
  @Field(() => Int, { nullable: true, description: 'The calendar year of a yearly report.' }) @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column({ type: 'uuid', nullable: true }) conferenceId!: string | null;
  @Field(() => LanguageEnum) @Column({ type: 'varchar', length: 2 }) language!: Language;
  @Field(() => ReportStatusEnum) @Column({ type: 'varchar', length: 10 }) status!: ReportStatus;
  @Field(() => Int, { description: 'Progress in percent (0–100).' }) @Column({ type: 'int', default: 0 }) progress!: number;
  @Column({ type: 'uuid' }) requestedById!: string;
  @Field({ description: 'Who asked for it.' }) @Column({ type: 'varchar', length: 200 }) requestedByName!: string;
  @Field() @Column({ type: 'timestamptz' }) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The state of the register the report was written from.' }) @Column({ type: 'timestamptz', nullable: true }) stateAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The latest history entry the report saw (with stateAt, what makes it reproducible).' })
  @Column({ type: 'bigint', nullable: true })
  lastHistoryId!: string | null;
  @Column({ type: 'bytea', nullable: true, select: false }) docx!: Buffer | null;
  @Column({ type: 'bytea', nullable: true, select: false }) pdf!: Buffer | null;
  @Field(() => Int, { nullable: true, description: 'Bytes of the DOCX.' }) @Column({ type: 'int', nullable: true }) docxSize!: number | null;
  @Field(() => Int, { nullable: true, description: 'Bytes of the PDF.' }) @Column({ type: 'int', nullable: true }) pdfSize!: number | null;
  /** Why it failed (for the log and the admin; the user sees a translated message). */
  @Column({ type: 'text', nullable: true }) error!: string | null;
}
