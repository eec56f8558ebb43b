import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  AFFECTED_GROUPS,
  AffectedGroup,
  BORDER_EFFECT_DIRECTIONS,
  BORDER_TEST_REPORTS,
  BorderEffectDirection,
  BorderTestReport,
  CONSULTATION_KINDS,
  ConsultationKind,
  MITIGATIONS,
  Mitigation,
  NEIGHBOURS,
  Neighbour,
} from '@grensportaal/shared-domain';
import { enumOf } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { VersionedRecord } from '@api/core/persistence/records';
import type { StoredText } from '@api/core/text/stored-text';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { ScreeningRound } from './screening-round.entity';

export const ConsultationKindEnum = enumOf(CONSULTATION_KINDS);
registerEnumType(ConsultationKindEnum, { name: 'ConsultationKind', description: 'What was put out for consultation: a law, a general administrative order, a ministerial regulation or a policy.' });
export const BorderTestReportEnum = enumOf(BORDER_TEST_REPORTS);
registerEnumType(BorderTestReportEnum, { name: 'BorderTestReport', description: 'Where the border-effects test is reported: in the explanatory memorandum or in a separate document.' });
export const BorderEffectDirectionEnum = enumOf(BORDER_EFFECT_DIRECTIONS);
registerEnumType(BorderEffectDirectionEnum, { name: 'BorderEffectDirection' });
export const AffectedGroupEnum = enumOf(AFFECTED_GROUPS);
registerEnumType(AffectedGroupEnum, { name: 'AffectedGroup', description: 'Who the border effects fall on.' });
export const NeighbourEnum = enumOf(NEIGHBOURS);
registerEnumType(NeighbourEnum, { name: 'Neighbour', description: 'The neighbour across the border: Germany/North Rhine-Westphalia, Germany/Lower Saxony, Belgium/Flanders.' });
export const MitigationEnum = enumOf(MITIGATIONS);
registerEnumType(MitigationEnum, { name: 'Mitigation', description: 'What the proposal does about negative border effects.' });

/**
 * A draft law, order, regulation or policy put out for internet consultation,
 * and its screening: whether it matters at the border, whether its border
 * effects were tested and where that is reported, what the effects are,
 * what mitigates them, and whether the programme responded.
 */
@ObjectType('Consultation', { description: 'An internet consultation screened for its border effects.' })
@Entity('consultation')
@Index(['roundId'])
@Index(['ministryId'])
@Check('"period_end" >= "period_start"')
export class Consultation extends VersionedRecord {
  @Column({ type: 'uuid' }) roundId!: string;
  @ManyToOne(() => ScreeningRound, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'round_id' }) round?: ScreeningRound;
  @Column({ type: 'jsonb' }) title!: StoredText;
  @Column({ type: 'uuid' }) ministryId!: string;
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'ministry_id' }) ministry?: Organisation;
  @Field({ description: 'The consultation on internetconsultatie.nl (or wherever it is published).' }) @Column({ type: 'varchar', length: 2000 }) url!: string;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) periodStart!: string;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) periodEnd!: string;
  @Field(() => ConsultationKindEnum) @Column({ type: 'varchar', length: 40 }) kind!: ConsultationKind;
  @Field(() => Boolean, { nullable: true, description: 'Whether it matters at the border; null until screened.' }) @Column({ type: 'boolean', nullable: true }) borderRelevant!: boolean | null;
  @Column({ type: 'jsonb', nullable: true }) relevanceReason!: StoredText | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the border-effects test was carried out; null while not known.' })
  @Column({ type: 'boolean', nullable: true })
  testCarriedOut!: boolean | null;
  @Field(() => BorderTestReportEnum, { nullable: true, description: 'Where the test is reported.' }) @Column({ type: 'varchar', length: 30, nullable: true }) testReport!: BorderTestReport | null;
  @Field({ description: 'The section of the explanatory memorandum or the document the test is reported in.' }) @Column({ type: 'varchar', length: 500, default: '' }) testReference!: string;
  @Field(() => BorderEffectDirectionEnum, { nullable: true }) @Column({ type: 'varchar', length: 10, nullable: true }) effectDirection!: BorderEffectDirection | null;
  @Column({ type: 'jsonb', nullable: true }) effects!: StoredText | null;
  @Field(() => [AffectedGroupEnum]) @Column({ type: 'jsonb', default: () => "'[]'" }) affectedGroups!: AffectedGroup[];
  @Field(() => [NeighbourEnum]) @Column({ type: 'jsonb', default: () => "'[]'" }) neighbours!: Neighbour[];
  @Field(() => [MitigationEnum]) @Column({ type: 'jsonb', default: () => "'[]'" }) mitigations!: Mitigation[];
  @Field({ description: 'Whether the programme submitted a response to the consultation.' }) @Column({ type: 'boolean', default: false }) responseSubmitted!: boolean;
  @Column({ type: 'jsonb', nullable: true }) response!: StoredText | null;
  @Field(() => String, { nullable: true, description: 'Where the response is published.' }) @Column({ type: 'varchar', length: 2000, nullable: true }) responseUrl!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
}
