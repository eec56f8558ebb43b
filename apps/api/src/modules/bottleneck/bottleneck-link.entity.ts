import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BOTTLENECK_LINK_TYPES, BottleneckLinkType } from '@grensportaal/shared-domain';
import { BottleneckLinkTypeEnum } from '@api/core/graphql/shared-enums';
import { Bottleneck } from './bottleneck.entity';

/** A bottleneck refers to another: related, a duplicate of it, or the same obstacle at another border. */
@ObjectType('BottleneckLink')
@Entity('bottleneck_link')
@Index(['fromId', 'toId', 'type'], { unique: true })
@Index(['toId'])
export class BottleneckLink {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) fromId!: string;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'from_id' }) from?: Bottleneck;
  @Column({ type: 'uuid' }) toId!: string;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'to_id' }) to?: Bottleneck;
  @Field(() => BottleneckLinkTypeEnum) @Column({ type: 'enum', enum: BOTTLENECK_LINK_TYPES, enumName: 'bottleneck_link_type' }) type!: BottleneckLinkType;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
