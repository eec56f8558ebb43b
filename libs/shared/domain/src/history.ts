import { ACTION_TRANSITION_NAMES } from './action';
import { ASSIGNMENT_TRANSITION_NAMES } from './assignment';
import { BOTTLENECK_TRANSITION_NAMES } from './bottleneck';
import type { EntityType } from './content';

/** What kind of change a history entry records. */
export const HISTORY_KINDS = [
  'CREATED',
  'UPDATED',
  'TRANSITION',
  'TRANSLATED',
  'LINKED',
  'UNLINKED',
  'PROGRESS',
  'UPDATE_REQUESTED',
  'ANSWERED',
  'COMMENTED',
  'PARTNER_ADDED',
  'PARTNER_REMOVED',
  'THEME_ADDED',
  'THEME_RENAMED',
  'CONFERENCE_PLANNED',
  'CONFERENCE_UPDATED',
  'CONFERENCE_ITEM_ADDED',
  'CONFERENCE_ITEM_REMOVED',
  'CONFERENCE_DECIDED',
  'ATTACHED',
  'ATTACHMENT_RENAMED',
  'ATTACHMENT_REMOVED',
  'ATTACHMENT_PURGED',
  'ATTACHMENT_RELEASED',
  'ROUND_OPENED',
  'ROUND_CLOSED',
  'ROUND_REOPENED',
  'FLAGGED',
  'UNFLAGGED',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Every lifecycle step of every kind of item (names are shared where the step means the same: withdraw, reopen). */
export const TRANSITION_NAMES = [...new Set([...BOTTLENECK_TRANSITION_NAMES, ...ACTION_TRANSITION_NAMES, ...ASSIGNMENT_TRANSITION_NAMES])] as Array<
  (typeof BOTTLENECK_TRANSITION_NAMES)[number] | (typeof ACTION_TRANSITION_NAMES)[number] | (typeof ASSIGNMENT_TRANSITION_NAMES)[number]
>;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

/**
 * The history events of the register: which kind of change happens to which
 * kind of item, and whether people hear of it. `notifies` events have a
 * notification rule (modules/notification/rules), `silent` ones deliberately
 * none; a test holds the rules and this table together. A new kind of change
 * is one line here (and its name in the locale files).
 */
export const HISTORY_EVENTS: Readonly<Record<EntityType, Partial<Record<HistoryKind, 'notifies' | 'silent'>>>> = {
  BOTTLENECK: {
    // Created as a draft or submitted: the secretariat sees its triage queue; nobody is told.
    CREATED: 'silent',
    // Content edits are in the history; following a bottleneck is about its progress through the lifecycle.
    UPDATED: 'silent',
    TRANSITION: 'notifies',
    TRANSLATED: 'silent',
    LINKED: 'silent',
    UNLINKED: 'silent',
    // A document added: followers of the item hear of it; renaming, removing and purging are the record's.
    ATTACHED: 'notifies',
    ATTACHMENT_RENAMED: 'silent',
    ATTACHMENT_REMOVED: 'silent',
    ATTACHMENT_PURGED: 'silent',
    // The virus scanner has seen a file held in quarantine and released it.
    ATTACHMENT_RELEASED: 'silent',
  },
  ACTION: {
    CREATED: 'silent',
    UPDATED: 'silent',
    TRANSITION: 'notifies',
    TRANSLATED: 'silent',
    // Progress is what the update request asked for; the requester sees it on the action.
    PROGRESS: 'silent',
    UPDATE_REQUESTED: 'notifies',
    // A document added: followers of the item hear of it; renaming, removing and purging are the record's.
    ATTACHED: 'notifies',
    ATTACHMENT_RENAMED: 'silent',
    ATTACHMENT_REMOVED: 'silent',
    ATTACHMENT_PURGED: 'silent',
    // The virus scanner has seen a file held in quarantine and released it.
    ATTACHMENT_RELEASED: 'silent',
  },
  ASSIGNMENT: {
    CREATED: 'notifies',
    ANSWERED: 'notifies',
    TRANSITION: 'notifies',
    TRANSLATED: 'silent',
    // A document added: followers of the item hear of it; renaming, removing and purging are the record's.
    ATTACHED: 'notifies',
    ATTACHMENT_RENAMED: 'silent',
    ATTACHMENT_REMOVED: 'silent',
    ATTACHMENT_PURGED: 'silent',
    // The virus scanner has seen a file held in quarantine and released it.
    ATTACHMENT_RELEASED: 'silent',
  },
  COMMENT: {
    // @mentions in a new or edited comment.
    COMMENTED: 'notifies',
    UPDATED: 'notifies',
  },
  AGENDA: {
    PARTNER_ADDED: 'silent',
    PARTNER_REMOVED: 'silent',
    THEME_ADDED: 'silent',
    THEME_RENAMED: 'silent',
    // The conference cycle is the secretariat's record; the pack and minutes tell the partners.
    CONFERENCE_PLANNED: 'silent',
    CONFERENCE_UPDATED: 'silent',
    CONFERENCE_ITEM_ADDED: 'silent',
    CONFERENCE_ITEM_REMOVED: 'silent',
    CONFERENCE_DECIDED: 'silent',
  },
  // The screening is the secretariat's record: its figures go to the dashboard and the yearly report.
  SCREENING_ROUND: {
    ROUND_OPENED: 'silent',
    ROUND_CLOSED: 'silent',
    ROUND_REOPENED: 'silent',
  },
  CONSULTATION: {
    CREATED: 'silent',
    UPDATED: 'silent',
    TRANSLATED: 'silent',
    LINKED: 'silent',
    UNLINKED: 'silent',
    // A partner's flag is the secretariat's cue to look at it; the register shows it to everyone.
    FLAGGED: 'silent',
    UNFLAGGED: 'silent',
  },
};

export function isHistoryKind(value: unknown): value is HistoryKind {
  return typeof value === 'string' && (HISTORY_KINDS as readonly string[]).includes(value);
}
