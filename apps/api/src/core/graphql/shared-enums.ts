import { registerEnumType } from '@nestjs/graphql';
import {
  ACTION_INSTRUMENTS,
  ACTION_STATUSES,
  ASSIGNMENT_STATUSES,
  BOTTLENECK_LINK_TYPES,
  BOTTLENECK_OUTCOMES,
  BOTTLENECK_STATUSES,
  BOTTLENECK_TYPES,
  BOTTLENECK_TRANSITION_NAMES,
  ACTION_TRANSITION_NAMES,
  ASSIGNMENT_TRANSITION_NAMES,
  COUNTRIES,
  ENTITY_TYPES,
  HISTORY_KINDS,
  TRANSITION_NAMES,
  LANGUAGES,
  ORGANISATION_KINDS,
  PRIORITIES,
  ROLES,
  TRANSLATION_KINDS,
  TRANSLATION_STATUSES,
} from '@grensportaal/shared-domain';

/** GraphQL enums built from the shared domain lists, so API and web agree on one source. */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });

export const CountryEnum = enumOf(COUNTRIES);
registerEnumType(CountryEnum, { name: 'Country', description: 'ISO 3166-1 alpha-2 code of the country an organisation belongs to.' });

export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(LanguageEnum, { name: 'Language', description: 'A working language of Grensportaal.' });

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'A realm role: what a user may do (within their organisation).' });

export const TranslationKindEnum = enumOf(TRANSLATION_KINDS);
registerEnumType(TranslationKindEnum, { name: 'TranslationKind', description: 'How a translation was made.' });

export const TranslationStatusEnum = enumOf(TRANSLATION_STATUSES);
registerEnumType(TranslationStatusEnum, {
  name: 'TranslationStatus',
  description: 'ORIGINAL: the text as written; TRANSLATED: a current translation; OUTDATED: a translation of an older version; MISSING: no translation, the original is shown.',
});

export const EntityTypeEnum = enumOf(ENTITY_TYPES);
registerEnumType(EntityTypeEnum, { name: 'EntityType', description: 'A kind of item in the register.' });

export const BottleneckStatusEnum = enumOf(BOTTLENECK_STATUSES);
registerEnumType(BottleneckStatusEnum, { name: 'BottleneckStatus' });

export const BottleneckOutcomeEnum = enumOf(BOTTLENECK_OUTCOMES);
registerEnumType(BottleneckOutcomeEnum, { name: 'BottleneckOutcome', description: 'Why a bottleneck was closed.' });

export const BottleneckTypeEnum = enumOf(BOTTLENECK_TYPES);
registerEnumType(BottleneckTypeEnum, { name: 'BottleneckType', description: 'The kind of obstacle.' });

export const BottleneckLinkTypeEnum = enumOf(BOTTLENECK_LINK_TYPES);
registerEnumType(BottleneckLinkTypeEnum, { name: 'BottleneckLinkType' });

export const ActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });

export const ActionInstrumentEnum = enumOf(ACTION_INSTRUMENTS);
registerEnumType(ActionInstrumentEnum, { name: 'ActionInstrument', description: 'How an action means to remove the obstacle.' });

export const PriorityEnum = enumOf(PRIORITIES);
registerEnumType(PriorityEnum, { name: 'Priority' });

export const AssignmentStatusEnum = enumOf(ASSIGNMENT_STATUSES);
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });

export const BottleneckTransitionEnum = enumOf(BOTTLENECK_TRANSITION_NAMES);
registerEnumType(BottleneckTransitionEnum, { name: 'BottleneckTransition', description: 'A step in the life of a bottleneck.' });

export const ActionTransitionEnum = enumOf(ACTION_TRANSITION_NAMES);
registerEnumType(ActionTransitionEnum, { name: 'ActionTransition', description: 'A step in the life of an action.' });

export const AssignmentTransitionEnum = enumOf(ASSIGNMENT_TRANSITION_NAMES);
registerEnumType(AssignmentTransitionEnum, { name: 'AssignmentTransition', description: 'A step in the life of a question to a ministry.' });

export const HistoryKindEnum = enumOf(HISTORY_KINDS);
registerEnumType(HistoryKindEnum, { name: 'HistoryKind', description: 'What kind of change a history entry records.' });

export const TransitionNameEnum = enumOf(TRANSITION_NAMES);
registerEnumType(TransitionNameEnum, { name: 'TransitionName', description: 'A lifecycle step of a bottleneck, action or question to a ministry.' });
