import { ArgsType, registerEnumType } from '@nestjs/graphql';
import { EnumField, FlagField, IdField, IdsField, WholeField } from '@api/core/validation/fields';
import { EMAIL_PREFERENCES, EmailPreference } from '@api/modules/user/user.entity';

export const EmailPreferenceEnum = Object.fromEntries(EMAIL_PREFERENCES.map((p) => [p, p])) as { [K in EmailPreference]: K };
registerEnumType(EmailPreferenceEnum, { name: 'EmailPreference', description: 'How notifications reach someone by e-mail.' });

@ArgsType()
export class NotificationsArgs {
  @WholeField(1, 100, { description: 'How many, newest first (at most 100).' }) first: number = 20;
  @FlagField({ defaultValue: false }) unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @IdsField(200) ids!: string[];
}

@ArgsType()
export class EmailPreferenceArgs {
  @EnumField(EmailPreferenceEnum) preference!: EmailPreference;
}

export const FOLLOWABLE_TYPES = ['BOTTLENECK', 'ACTION', 'ASSIGNMENT'] as const;
export type FollowableType = (typeof FOLLOWABLE_TYPES)[number];
export const FollowableTypeEnum = Object.fromEntries(FOLLOWABLE_TYPES.map((p) => [p, p])) as { [K in FollowableType]: K };
registerEnumType(FollowableTypeEnum, { name: 'FollowableType', description: 'What can be followed: a bottleneck, an action, a question (ASSIGNMENT).' });

@ArgsType()
export class SetFollowingArgs {
  @EnumField(FollowableTypeEnum) entityType!: FollowableType;
  @IdField() id!: string;
  @FlagField({ description: 'true to follow, false to stop following.' }) following!: boolean;
}
