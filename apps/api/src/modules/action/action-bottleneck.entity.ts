import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Action } from './action.entity';

/** Which bottlenecks an action addresses. */
@Entity('action_bottleneck')
@Index(['bottleneckId'])
export class ActionBottleneck {
  @PrimaryColumn('uuid') actionId!: string;
  @PrimaryColumn('uuid') bottleneckId!: string;
  @ManyToOne(() => Action, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'action_id' }) action?: Action;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'bottleneck_id' }) bottleneck?: Bottleneck;
}
