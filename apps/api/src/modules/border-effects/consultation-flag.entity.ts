import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Consultation } from './consultation.entity';

/** A partner organisation's flag: this consultation matters at our border. */
@ObjectType('ConsultationFlag', { description: "A partner organisation's flag that a consultation matters at its border, with its note." })
@Entity('consultation_flag')
export class ConsultationFlag {
  @PrimaryColumn({ type: 'uuid' }) consultationId!: string;
  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'consultation_id' }) consultation?: Consultation;
  @PrimaryColumn({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Organisation;
  @Field({ description: 'Why it matters at this border, in the words of the partner.' }) @Column({ type: 'varchar', length: 2000, default: '' }) note!: string;
  @Column({ type: 'uuid', nullable: true }) flaggedById!: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
