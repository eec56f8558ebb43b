import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { BorderEffectsFigures, MinistryScreeningCounts, ScreeningCounts } from './border-effects.models';
import { ScreeningRound } from './screening-round.entity';
import { ScreeningRoundService } from './screening-round.service';

export interface CountRow {
  round_id: string | null;
  year: number | null;
  ministry_id: string | null;
  /** The row of the round or year as a whole (not of one ministry). */
  is_total: boolean;
  consultations: number;
  screened: number;
  border_relevant: number;
  test_carried_out: number;
  test_reported: number;
  responses: number;
}

/** The counts, in one place, as SQL: a consultation is border-relevant, tested and reported by these columns. */
const COUNTS = `count(c.id)::int AS consultations,
  count(c.id) FILTER (WHERE c.border_relevant IS NOT NULL)::int AS screened,
  count(c.id) FILTER (WHERE c.border_relevant)::int AS border_relevant,
  count(c.id) FILTER (WHERE c.border_relevant AND c.test_carried_out)::int AS test_carried_out,
  count(c.id) FILTER (WHERE c.border_relevant AND c.test_carried_out AND c.test_report IS NOT NULL)::int AS test_reported,
  count(c.id) FILTER (WHERE c.response_submitted)::int AS responses`;

/**
 * The screening in figures, for the dashboard and the yearly report: per
 * round and per year, in total and per ministry, all in one statement
 * (grouping sets). Everyone signed in reads them, like the register.
 */
@Injectable()
export class BorderEffectsFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly rounds: ScreeningRoundService,
    private readonly organisations: OrganisationService,
  ) {}

  async figures(caller: Caller, year: number | null): Promise<BorderEffectsFigures> {
    this.access.requireUser(caller);
    const rounds = (await this.rounds.list(caller)).filter((r) => year === null || r.year === year).reverse();
    const rows = await readScreeningCounts(this.dataSource.manager, year);
    const ministries = this.organisations.loader(caller.loaders);
    const split = async (filter: (r: CountRow) => boolean) => {
      const own = rows.filter(filter);
      // All ministries of the part in one batch (a load awaited per row would be a statement per ministry).
      const rowsOf = own.filter((r) => !r.is_total && r.ministry_id !== null);
      const found = await Promise.all(rowsOf.map((r) => ministries.load(r.ministry_id!)));
      const perMinistry: MinistryScreeningCounts[] = rowsOf.flatMap((row, i) => (found[i] ? [{ ministry: found[i]!, counts: counts(row) }] : []));
      perMinistry.sort((a, b) => a.ministry.code.localeCompare(b.ministry.code));
      return { totals: counts(own.find((r) => r.is_total) ?? null), byMinistry: perMinistry };
    };
    const years = [...new Set(rounds.map((r) => r.year))];
    return {
      rounds: await Promise.all(rounds.map(async (round: ScreeningRound) => ({ round, ...(await split((r) => r.round_id === round.id)) }))),
      years: await Promise.all(years.map(async (y) => ({ year: y, ...(await split((r) => r.round_id === null && r.year === y)) }))),
    };
  }
}

/**
 * The screening's counts per round and per year, each in total and per
 * ministry (grouping sets), for one year or all: the rows behind the
 * dashboard's figures and the yearly report's section.
 */
export async function readScreeningCounts(manager: EntityManager, year: number | null): Promise<CountRow[]> {
  return manager.query(
    `SELECT r.id AS round_id, NULL::int AS year, c.ministry_id, GROUPING(c.ministry_id) = 1 AS is_total, ${COUNTS}
       FROM screening_round r LEFT JOIN consultation c ON c.round_id = r.id
      WHERE $1::int IS NULL OR r.year = $1
      GROUP BY GROUPING SETS ((r.id), (r.id, c.ministry_id))
     UNION ALL
     SELECT NULL, r.year, c.ministry_id, GROUPING(c.ministry_id) = 1, ${COUNTS}
       FROM screening_round r LEFT JOIN consultation c ON c.round_id = r.id
      WHERE $1::int IS NULL OR r.year = $1
      GROUP BY GROUPING SETS ((r.year), (r.year, c.ministry_id))`,
    [year],
  );
}

/** One row's counts as the API gives them (none: zeros). */
export function counts(row: CountRow | null): ScreeningCounts {
  const borderRelevant = row?.border_relevant ?? 0;
  const testCarriedOut = row?.test_carried_out ?? 0;
  return {
    consultations: row?.consultations ?? 0,
    screened: row?.screened ?? 0,
    borderRelevant,
    testCarriedOut,
    testReported: row?.test_reported ?? 0,
    withoutTest: borderRelevant - testCarriedOut,
    responses: row?.responses ?? 0,
    testedShare: borderRelevant ? testCarriedOut / borderRelevant : null,
  };
}
