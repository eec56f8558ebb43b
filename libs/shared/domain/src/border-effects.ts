import type { Transition } from './lifecycle';
import type { Role } from './roles';

/**
 * Border-effects monitoring: the half-yearly screening of internet
 * consultations (draft laws, orders, regulations and policy put out for
 * consultation) for whether their border effects were tested, and the
 * bottlenecks they prevent or cause.
 */

/** A screening round is open while its consultations are being screened, closed once its figures stand. */
export const SCREENING_ROUND_STATUSES = ['OPEN', 'CLOSED'] as const;
export type ScreeningRoundStatus = (typeof SCREENING_ROUND_STATUSES)[number];

export const SCREENING_ROUND_TRANSITION_NAMES = ['closeRound', 'reopenRound'] as const;
export type ScreeningRoundTransitionName = (typeof SCREENING_ROUND_TRANSITION_NAMES)[number];

/** The secretariat closes a round once every consultation in it is screened, and may reopen it to correct it. */
export const SCREENING_ROUND_TRANSITIONS: readonly Transition<ScreeningRoundStatus, ScreeningRoundTransitionName>[] = [
  { name: 'closeRound', from: ['OPEN'], to: 'CLOSED', actors: ['secretariat'] },
  { name: 'reopenRound', from: ['CLOSED'], to: 'OPEN', actors: ['secretariat'] },
];

/** The half-year a round covers: 1 = January–June, 2 = July–December. */
export const HALF_YEARS = [1, 2] as const;
export type HalfYear = (typeof HALF_YEARS)[number];

/** How a round is known: 2026-H1. */
export function screeningRoundCode(year: number, half: number): string {
  return `${year}-H${half}`;
}

/** What was put out for consultation. */
export const CONSULTATION_KINDS = ['LAW', 'GENERAL_ADMINISTRATIVE_ORDER', 'MINISTERIAL_REGULATION', 'POLICY'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

/** Where a border-effects test carried out is reported. */
export const BORDER_TEST_REPORTS = ['EXPLANATORY_MEMORANDUM', 'SEPARATE_DOCUMENT'] as const;
export type BorderTestReport = (typeof BORDER_TEST_REPORTS)[number];

/** Whether the effects found help or hinder life across the border. */
export const BORDER_EFFECT_DIRECTIONS = ['POSITIVE', 'NEGATIVE', 'MIXED'] as const;
export type BorderEffectDirection = (typeof BORDER_EFFECT_DIRECTIONS)[number];

/** Who the effects fall on. */
export const AFFECTED_GROUPS = ['RESIDENTS', 'CROSS_BORDER_WORKERS', 'BUSINESSES', 'KNOWLEDGE_INSTITUTIONS', 'GOVERNMENTS'] as const;
export type AffectedGroup = (typeof AFFECTED_GROUPS)[number];

/** Which neighbour across the border. */
export const NEIGHBOURS = ['DE_NRW', 'DE_NDS', 'BE_VL'] as const;
export type Neighbour = (typeof NEIGHBOURS)[number];

/** What the proposal does about negative effects. */
export const MITIGATIONS = ['EXPERIMENTAL_SPACE', 'FLANKING_POLICY', 'TRANSITIONAL_ARRANGEMENT', 'NONE'] as const;
export type Mitigation = (typeof MITIGATIONS)[number];

/** How a bottleneck is linked to a consultation: the proposal touches an existing one, or the bottleneck was logged from it. */
export const CONSULTATION_LINKS = ['TOUCHES', 'LED_TO'] as const;
export type ConsultationLink = (typeof CONSULTATION_LINKS)[number];

/** The fields of a consultation record, in the order of the screening form (and of its history). */
export const CONSULTATION_FIELDS = [
  'title',
  'ministryCode',
  'url',
  'periodStart',
  'periodEnd',
  'kind',
  'borderRelevant',
  'relevanceReason',
  'testCarriedOut',
  'testReport',
  'testReference',
  'effectDirection',
  'effects',
  'affectedGroups',
  'neighbours',
  'mitigations',
  'responseSubmitted',
  'response',
  'responseUrl',
] as const;
export type ConsultationField = (typeof CONSULTATION_FIELDS)[number];

/** Consultations are public documents: every signed-in user reads the register; the secretariat keeps it. */
export function mayKeepScreening(roles: readonly Role[]): boolean {
  return roles.includes('secretariat');
}

/** Partners flag a consultation as relevant to their border, for their own organisation. */
export function mayFlagConsultation(roles: readonly Role[], hasOrganisation: boolean): boolean {
  return roles.includes('partner') && hasOrganisation;
}

/** What a consultation's screening needs before the round can count it as screened: an answer to "border-relevant?" and its reason. */
export function isScreened(consultation: { borderRelevant: boolean | null }): boolean {
  return consultation.borderRelevant !== null;
}

/** What reading a screening sheet into a round does (dry run) or did (commit), row by row, its messages in the reader's language. */
export interface ConsultationImportPlan {
  roundId: string;
  fileName: string;
  sheet: string;
  committed: boolean;
  created: number;
  refused: number;
  skipped: number;
  /** Headings of the sheet that name no field of a consultation record (not read). */
  ignoredColumns: string[];
  rows: Array<{
    sheet: string;
    row: number;
    outcome: 'CREATED' | 'REFUSED' | 'SKIPPED';
    title: string | null;
    problems: Array<{ row: number; column: string | null; rule: string; message: string }>;
    notes: string[];
  }>;
}
