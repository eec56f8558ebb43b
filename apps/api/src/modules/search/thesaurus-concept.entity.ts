import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '@api/core/persistence/records';

/**
 * A concept of the search thesaurus and its words in nl, de and en: a query
 * naming it in one language also finds texts naming it in another. Laid down
 * from `database/seed/thesaurus.json`, then the secretariat's to extend.
 */
@ObjectType('ThesaurusConcept', { description: 'A concept of the search thesaurus: its words in each language, which a search treats as one.' })
@Entity('thesaurus_concept')
export class ThesaurusConceptRecord extends VersionedRecord {
  @Field({ description: 'Stable identifier, e.g. cross-border-worker.' }) @Column({ type: 'varchar', length: 60, unique: true }) code!: string;
  @Field(() => [String]) @Column({ type: 'text', array: true, default: () => "'{}'" }) termsNl!: string[];
  @Field(() => [String]) @Column({ type: 'text', array: true, default: () => "'{}'" }) termsDe!: string[];
  @Field(() => [String]) @Column({ type: 'text', array: true, default: () => "'{}'" }) termsEn!: string[];
  @Column({ type: 'uuid', nullable: true }) updatedById!: string | null;
}
