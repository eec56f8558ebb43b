import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StoredRecord } from '@api/core/persistence/records';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { HasNames } from '@api/core/i18n/localized-names.model';
import { Organisation } from '@api/modules/organisation/organisation.entity';

/** One of the cross-border agendas (NL-NRW, NL-NDS, NL-VL): its bottlenecks, actions and partners. */
@ObjectType('Agenda', { description: 'A cross-border agenda kept by the Netherlands and a neighbour.' })
@Entity('agenda')
export class Agenda extends StoredRecord implements HasNames {
  @Field({ description: 'Stable identifier, e.g. NL-NRW.' }) @Column({ type: 'varchar', length: 20, unique: true }) code!: string;
  @Field({ description: 'Prefix of the reference numbers of its bottlenecks, e.g. NRW.' }) @Column({ type: 'varchar', length: 10, unique: true }) referencePrefix!: string;
  @Field(() => Int, { description: 'Position in overviews.' }) @Column({ type: 'int', default: 0 }) sortOrder!: number;
  @Column({ type: 'varchar', length: 200 }) nameNl!: string;
  @Column({ type: 'varchar', length: 200 }) nameDe!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ type: 'varchar', length: 1000 }) descriptionNl!: string;
  @Column({ type: 'varchar', length: 1000 }) descriptionDe!: string;
  @Column({ type: 'varchar', length: 1000 }) descriptionEn!: string;

  /** The province whose King's Commissioner steers the agenda. */
  @Column({ type: 'uuid', nullable: true }) steeringOrganisationId!: string | null;
  @ManyToOne(() => Organisation, { onDelete: 'SET NULL', nullable: true }) @JoinColumn({ name: 'steering_organisation_id' }) steeringOrganisation?: Organisation | null;
}
