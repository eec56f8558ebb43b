import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { HasNames } from '@api/core/i18n/localized-names.model';
import { AgendaItem } from '@api/core/persistence/records';
import { Agenda } from '@api/modules/agenda/agenda.entity';

/** A theme (or theme group) of an agenda: labour market, mobility, health care... */
@ObjectType('Theme', { description: 'A theme of an agenda under which bottlenecks are grouped.' })
@Entity('theme')
@Index(['agendaId', 'code'], { unique: true })
export class Theme extends AgendaItem implements HasNames {
  @Field({ description: 'Identifier, unique within its agenda, e.g. labour-market.' }) @Column({ type: 'varchar', length: 60 }) code!: string;
  @ManyToOne(() => Agenda, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'agenda_id' }) agenda?: Agenda;
  @Field(() => Int, { description: 'Position within the agenda.' }) @Column({ type: 'int', default: 0 }) sortOrder!: number;
  @Column({ type: 'varchar', length: 200 }) nameNl!: string;
  @Column({ type: 'varchar', length: 200 }) nameDe!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;
}
