import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Mutation counts per user and minute, shared by every API process (the table is UNLOGGED: losing it on a crash is harmless). */
@Entity('rate_limit_bucket')
export class RateLimitBucket {
  @PrimaryColumn({ type: 'varchar', length: 200 }) key!: string;
  @PrimaryColumn({ type: 'timestamptz' }) windowStart!: Date;
  @Column({ type: 'int' }) hits!: number;
}
