import { ArgsType, Field, ID, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsUUID } from 'class-validator';
import { EMAIL_PREFERENCES, EmailPreference } from '@api/modules/user/user.entity';
import { Id, OneOf, Whole } from '@api/core/validation/rules';

export const EmailPreferenceEnum = Object.fromEntries(EMAIL_PREFERENCES.map((p) => [p, p])) as { [K in EmailPreference]: K };
registerEnumType(EmailPreferenceEnum, { name: 'EmailPreference', description: 'How notifications reach someone by e-mail.' });

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many, newest first (at most 100).' })
  @Whole(1, 100)
  first: number = 20;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean({ context: { rule: 'isBoolean' } })
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @IsArray({ context: { rule: 'isArray' } })
  @ArrayMaxSize(200, { context: { rule: 'arrayMaxSize', max: 200 } })
  @IsUUID('all', { each: true, context: { rule: 'isUUID' } })
  ids!: string[];
}

@ArgsType()
export class EmailPreferenceArgs {
  @Field(() => EmailPreferenceEnum)
  @OneOf(EmailPreferenceEnum)
  preference!: EmailPreference;
}

export const FOLLOWABLE_TYPES = ['BOTTLENECK', 'ACTION', 'ASSIGNMENT'] as const;
export type FollowableType = (typeof FOLLOWABLE_TYPES)[number];
export const FollowableTypeEnum = Object.fromEntries(FOLLOWABLE_TYPES.map((p) => [p, p])) as { [K in FollowableType]: K };
registerEnumType(FollowableTypeEnum, { name: 'FollowableType', description: 'What can be followed: a bottleneck, an action, a question (ASSIGNMENT).' });

@ArgsType()
export class SetFollowingArgs {
  @Field(() => FollowableTypeEnum)
  @OneOf(FollowableTypeEnum)
  entityType!: FollowableType;

  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Boolean, { description: 'true to follow, false to stop following.' })
  @IsBoolean({ context: { rule: 'isBoolean' } })
  following!: boolean;
}
