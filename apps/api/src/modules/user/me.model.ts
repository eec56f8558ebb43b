import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language, Role } from '@grensportaal/shared-domain';
import { LanguageEnum, RoleEnum } from '@api/core/graphql/shared-enums';

/** The signed-in user, as the API knows them. */
@ObjectType('Me', { description: 'The signed-in user: who they are, for which organisation, with which roles.' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => LanguageEnum, { nullable: true, description: 'The chosen interface language, if any.' })
  language!: Language | null;

  /** Resolved by the resolver from the user's organisation. */
  organisationId!: string | null;
}
