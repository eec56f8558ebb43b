import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RegisterItem } from '@api/core/persistence/records';
import { Column, Entity, Index } from 'typeorm';
import { ENTITY_TYPES, EntityType, Language, LANGUAGES } from '@grensportaal/shared-domain';
import { EntityTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';

/** A comment on a bottleneck, action or question, by anyone who may read it. */
@ObjectType('Comment')
@Entity('comment')
@Index(['entityType', 'entityId', 'createdAt'])
export class Comment extends RegisterItem {
  @Field(() => EntityTypeEnum) @Column({ type: 'enum', enum: ENTITY_TYPES, enumName: 'entity_type' }) entityType!: EntityType;
  @Field(() => ID) @Column({ type: 'uuid' }) entityId!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Field({ description: 'As written; plain text (never rendered as HTML).' }) @Column({ type: 'text' }) body!: string;
  @Field(() => LanguageEnum, { description: 'The language it is written in.' }) @Column({ type: 'enum', enum: LANGUAGES, enumName: 'language' }) language!: Language;
  @Field(() => Date, { nullable: true, description: 'When its author last changed it.' }) @Column({ type: 'timestamptz', nullable: true }) editedAt!: Date | null;
}
