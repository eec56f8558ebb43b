import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reminder or escalation stage that has happened (e.g. `escalate:ASSIGNMENT:<id>:<due date>`): claimed once, by whichever process got there first. */
@Entity('deadline_event')
export class DeadlineEvent {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key!: string;
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
}
