import {
  AFFECTED_GROUPS,
  BORDER_EFFECT_DIRECTIONS,
  BORDER_TEST_REPORTS,
  CONSULTATION_KINDS,
  CONSULTATION_LINKS,
  MITIGATIONS,
  NEIGHBOURS,
  SCREENING_ROUND_STATUSES,
  ACTION_INSTRUMENTS,
  ACTION_STATUSES,
  ASSIGNMENT_STATUSES,
  BOTTLENECK_LINK_TYPES,
  BOTTLENECK_OUTCOMES,
  BOTTLENECK_STATUSES,
  BOTTLENECK_TYPES,
  CONFERENCE_DECISIONS,
  CONFERENCE_PURPOSES,
  CONFERENCE_STATUSES,
  COUNTRIES,
  HISTORY_KINDS,
  LANGUAGES,
  ORGANISATION_KINDS,
  PRIORITIES,
  REPORT_KINDS,
  REPORT_STATUSES,
  ROLES,
  TRANSITION_NAMES,
  TRANSLATION_KINDS,
  TRANSLATION_STATUSES,
} from '@grensportaal/shared-domain';
import { resources } from './resources';

/**
 * Every value of the domain's vocabularies is shown to people by a label; a
 * value added to the domain without its label in all three languages (or a
 * label left behind for a value that no longer exists) fails here, not on a
 * screen that prints the raw value.
 */
const VOCABULARIES: Array<[string, string, readonly string[]]> = [
  ['history', 'kind', HISTORY_KINDS],
  ['register', 'transition', TRANSITION_NAMES],
  ['register', 'bottleneckStatus', BOTTLENECK_STATUSES],
  ['register', 'bottleneckOutcome', BOTTLENECK_OUTCOMES],
  ['register', 'bottleneckType', BOTTLENECK_TYPES],
  ['register', 'linkType', BOTTLENECK_LINK_TYPES],
  ['register', 'actionStatus', ACTION_STATUSES],
  ['register', 'instrument', ACTION_INSTRUMENTS],
  ['register', 'priority', PRIORITIES],
  ['register', 'assignmentStatus', ASSIGNMENT_STATUSES],
  ['register', 'translationStatus', TRANSLATION_STATUSES],
  ['register', 'translationKind', TRANSLATION_KINDS],
  ['organisation', 'kind', ORGANISATION_KINDS],
  ['organisation', 'country', COUNTRIES],
  ['common', 'roles', ROLES],
  ['common', 'languageName', LANGUAGES],
  ['report', 'conferenceStatus', CONFERENCE_STATUSES],
  ['report', 'purpose', CONFERENCE_PURPOSES],
  ['report', 'purposeLabel', CONFERENCE_PURPOSES],
  ['report', 'decision', CONFERENCE_DECISIONS],
  ['report', 'kind', REPORT_KINDS],
  ['report', 'status', REPORT_STATUSES],
  ['borderEffects', 'roundStatus', SCREENING_ROUND_STATUSES],
  ['borderEffects', 'consultationKind', CONSULTATION_KINDS],
  ['borderEffects', 'testReport', BORDER_TEST_REPORTS],
  ['borderEffects', 'effectDirection', BORDER_EFFECT_DIRECTIONS],
  ['borderEffects', 'affectedGroup', AFFECTED_GROUPS],
  ['borderEffects', 'neighbour', NEIGHBOURS],
  ['borderEffects', 'mitigation', MITIGATIONS],
  ['borderEffects', 'linkType', CONSULTATION_LINKS],
];

describe('labels of the domain vocabularies', () => {
  it.each(VOCABULARIES)('%s:%s labels exactly the values of the domain', (namespace, group, values) => {
    for (const language of LANGUAGES) {
      const labels = (resources[language] as Record<string, Record<string, unknown>>)[namespace][group] as Record<string, string>;
      expect({ language, labels: Object.keys(labels).sort() }).toEqual({ language, labels: [...values].sort() });
    }
  });
});
