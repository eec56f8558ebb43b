import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { SCREENING_ROUND_STATUSES, ScreeningRoundStatus } from '@grensportaal/shared-domain';
import { enumOf } from '@api/core/graphql/shared-enums';
import { VersionedRecord } from '@api/core/persistence/records';

export const ScreeningRoundStatusEnum = enumOf(SCREENING_ROUND_STATUSES);
registerEnumType(ScreeningRoundStatusEnum, { name: 'ScreeningRoundStatus', description: 'OPEN while its consultations are screened; CLOSED once its figures stand.' });

/** One half-year's screening of internet consultations for their border effects. */
@ObjectType('ScreeningRound', { description: 'A half-yearly screening of internet consultations for their border effects, e.g. 2026-H1.' })
@Entity('screening_round')
@Index(['year', 'half'], { unique: true })
@Check('"half" IN (1, 2)')
export class ScreeningRound extends VersionedRecord {
  @Field(() => Int) @Column({ type: 'int' }) year!: number;
  @Field(() => Int, { description: '1: January to June; 2: July to December.' }) @Column({ type: 'int' }) half!: number;
  @Field(() => ScreeningRoundStatusEnum) @Column({ type: 'varchar', length: 10, default: 'OPEN' }) status!: ScreeningRoundStatus;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}
