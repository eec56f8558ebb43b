import { Field, ObjectType } from '@nestjs/graphql';
import { AgendaItem } from '@api/core/persistence/records';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ASSIGNMENT_STATUSES, AssignmentStatus } from '@grensportaal/shared-domain';
import { AssignmentStatusEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import type { StoredText } from '@api/core/text/stored-text';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';

/** A question the secretariat puts to a ministry about a bottleneck, with a due date. */
@ObjectType('Assignment', { description: 'A question put to a ministry about a bottleneck.' })
@Entity('assignment')
@Index(['ministryId', 'status', 'dueDate'])
@Index(['agendaId', 'status'])
@Index(['bottleneckId'])
export class Assignment extends AgendaItem {
  @Column({ type: 'uuid' }) bottleneckId!: string;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'bottleneck_id' }) bottleneck?: Bottleneck;
  @Column({ type: 'uuid' }) ministryId!: string;
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'ministry_id' }) ministry?: Organisation;
  @Column({ type: 'jsonb' }) question!: StoredText;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) dueDate!: string;
  @Field(() => AssignmentStatusEnum) @Column({ type: 'enum', enum: ASSIGNMENT_STATUSES, enumName: 'assignment_status', default: 'OPEN' }) status!: AssignmentStatus;
  @Field(() => String, { nullable: true, description: 'Why the question was withdrawn.' }) @Column({ type: 'text', nullable: true }) statusReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) askedById!: string | null;
}
