import { Field, ObjectType } from '@nestjs/graphql';
import { RegisterItem } from '@api/core/persistence/records';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ASSIGNMENT_STATUSES, AssignmentStatus } from '@grensportaal/shared-domain';
import { AssignmentStatusEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import type { StoredText } from '@api/core/text/stored-text';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';

/** A question the secretariat puts to a ministry about a bottleneck or a screened consultation, with a due date. */
@ObjectType('Assignment', { description: 'A question put to a ministry about a bottleneck or about a screened internet consultation.' })
@Entity('assignment')
@Check('assignment_one_subject', '("bottleneck_id" IS NULL) <> ("consultation_id" IS NULL) AND ("bottleneck_id" IS NULL OR "agenda_id" IS NOT NULL)')
@Index(['ministryId', 'status', 'dueDate'])
@Index(['agendaId', 'status'])
@Index(['bottleneckId'])
@Index(['consultationId'])
export class Assignment extends RegisterItem {
  /** The bottleneck it is about (and its agenda), or null when it is about a consultation. */
  @Column({ type: 'uuid', nullable: true }) bottleneckId!: string | null;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'bottleneck_id' }) bottleneck?: Bottleneck;
  /** The consultation it is about (no agenda: read by every signed-in user), or null. */
  @Column({ type: 'uuid', nullable: true }) consultationId!: string | null;
  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'consultation_id' }) consultation?: Consultation;
  @Column({ type: 'uuid' }) ministryId!: string;
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'ministry_id' }) ministry?: Organisation;
  @Column({ type: 'jsonb' }) question!: StoredText;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) dueDate!: string;
  @Field(() => AssignmentStatusEnum) @Column({ type: 'enum', enum: ASSIGNMENT_STATUSES, enumName: 'assignment_status', default: 'OPEN' }) status!: AssignmentStatus;
  @Field(() => String, { nullable: true, description: 'Why the question was withdrawn.' }) @Column({ type: 'text', nullable: true }) statusReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) askedById!: string | null;
}
