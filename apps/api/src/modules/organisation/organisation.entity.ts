import { Field, ObjectType } from '@nestjs/graphql';
import { StoredRecord } from '@api/core/persistence/records';
import { Column, Entity } from 'typeorm';
import { COUNTRIES, Country, ORGANISATION_KINDS, OrganisationKind } from '@grensportaal/shared-domain';
import { CountryEnum, OrganisationKindEnum } from '@api/core/graphql/shared-enums';
import { HasNames } from '@api/core/i18n/localized-names.model';

/** A province, German Land, Bezirksregierung, the Flemish government, a Euregio, a ministry... */
@ObjectType('Organisation', { description: 'A body that takes part in the cross-border agendas.' })
@Entity('organisation')
export class Organisation extends StoredRecord implements HasNames {
  @Field({ description: 'Stable identifier, also the `organisation` claim of its users\' tokens.' }) @Column({ type: 'varchar', length: 40, unique: true }) code!: string;
  @Field(() => OrganisationKindEnum) @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' }) kind!: OrganisationKind;
  @Field(() => CountryEnum) @Column({ type: 'enum', enum: COUNTRIES, enumName: 'country' }) country!: Country;
  @Column({ type: 'varchar', length: 200 }) nameNl!: string;
  @Column({ type: 'varchar', length: 200 }) nameDe!: string;
  @Column({ type: 'varchar', length: 200 }) nameEn!: string;
}
