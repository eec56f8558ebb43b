import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Agenda } from './agenda.entity';

/** An organisation that takes part in an agenda (and so may read it). */
@Entity('agenda_partner')
export class AgendaPartner {
  @PrimaryColumn('uuid') agendaId!: string;
  @Index() @PrimaryColumn('uuid') organisationId!: string;
  @ManyToOne(() => Agenda, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'agenda_id' }) agenda?: Agenda;
  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'organisation_id' }) organisation?: Organisation;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
