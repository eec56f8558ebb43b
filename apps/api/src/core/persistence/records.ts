import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A stored row with a uuid key and the times it was created and last changed. */
@ObjectType({ isAbstract: true })
export abstract class StoredRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A record that changes only through VersionedChanges (optimistic locking on `version`). */
@ObjectType({ isAbstract: true })
export abstract class VersionedRecord extends StoredRecord {
  @Field(() => Int, { description: 'For a change: the version you read (a stale one is refused with CONFLICT).' })
  @Column({ type: 'int', default: 1 })
  version!: number;
}

/** An item of one agenda's register: readable where its agenda is, its history kept under that agenda. */
@ObjectType({ isAbstract: true })
export abstract class AgendaItem extends VersionedRecord {
  @Column({ type: 'uuid' })
  agendaId!: string;
}

/**
 * An item of one agenda's register, or — when it is about a consultation, which every signed-in user
 * reads — of the register as a whole (no agenda): questions, comments and documents.
 */
@ObjectType({ isAbstract: true })
export abstract class RegisterItem extends VersionedRecord {
  @Column({ type: 'uuid', nullable: true })
  agendaId!: string | null;
}
