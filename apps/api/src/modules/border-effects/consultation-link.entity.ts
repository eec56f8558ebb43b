import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CONSULTATION_LINKS, ConsultationLink as ConsultationLinkType } from '@grensportaal/shared-domain';
import { enumOf } from '@api/core/graphql/shared-enums';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Consultation } from './consultation.entity';

export const ConsultationLinkTypeEnum = enumOf(CONSULTATION_LINKS);
registerEnumType(ConsultationLinkTypeEnum, { name: 'ConsultationLinkType', description: 'TOUCHES: the proposal touches an existing bottleneck; LED_TO: the bottleneck was logged from it.' });

/** A bottleneck a consultation touches or led to. */
@ObjectType('ConsultationBottleneck', { description: 'A bottleneck linked to a consultation (shown only to those who may read it).' })
@Entity('consultation_bottleneck')
@Index(['bottleneckId'])
export class ConsultationBottleneck {
  @PrimaryColumn({ type: 'uuid' }) consultationId!: string;
  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'consultation_id' }) consultation?: Consultation;
  @PrimaryColumn({ type: 'uuid' }) bottleneckId!: string;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'bottleneck_id' }) bottleneck?: Bottleneck;
  @Field(() => ConsultationLinkTypeEnum) @Column({ type: 'varchar', length: 10 }) type!: ConsultationLinkType;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
