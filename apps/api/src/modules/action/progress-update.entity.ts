import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredText } from '@api/core/text/stored-text';
import { Action } from './action.entity';

/** A progress update posted by the action's owner: the new percentage and a note. Never edited afterwards. */
@ObjectType('ProgressUpdate')
@Entity('progress_update')
@Index(['actionId', 'createdAt'])
@Check('"progress" BETWEEN 0 AND 100')
export class ProgressUpdate {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) actionId!: string;
  @ManyToOne(() => Action, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'action_id' }) action?: Action;
  @Column({ type: 'uuid' }) agendaId!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Field(() => Int) @Column({ type: 'int' }) progress!: number;
  @Column({ type: 'jsonb' }) note!: StoredText;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  /** Optimistic locking of its translations (the note itself is never edited). */
  @Field(() => Int, { description: 'For adding a translation: the version you read.' }) @Column({ type: 'int', default: 1 }) version!: number;
}
