/** The state of a border conference: planned, or held (its decisions can then be recorded). */
export const CONFERENCE_STATUSES = ['PLANNED', 'HELD'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** Why an item is put to a conference: a bottleneck in DECISION, an action whose outcome must be endorsed, a new item to adopt. */
export const CONFERENCE_PURPOSES = ['DECISION', 'ENDORSE_OUTCOME', 'ADOPT'] as const;
export type ConferencePurpose = (typeof CONFERENCE_PURPOSES)[number];

/** What a conference decided on an item. */
export const CONFERENCE_DECISIONS = ['ENDORSED', 'ADJUSTED', 'DEFERRED'] as const;
export type ConferenceDecision = (typeof CONFERENCE_DECISIONS)[number];

/** The documents Grensportaal writes from the record. */
export const REPORT_KINDS = ['YEARLY', 'CONFERENCE_PACK'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Where a report's job is: waiting, being written, ready to download, or failed. */
export const REPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
