import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { mayKeepScreening, SCREENING_ROUND_TRANSITIONS, ScreeningRoundTransitionName, screeningRoundCode } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { byIds, Loader, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { rowToEntity } from '@api/core/versioning/rows';
import { ScreeningRound } from './screening-round.entity';
import { OpenScreeningRoundInput, ScreeningRoundChangeInput } from './dto/screening.inputs';

/**
 * The half-yearly screening rounds: the secretariat opens one per
 * half-year, records its consultations, and closes it once every one of
 * them is screened (its figures then stand); a closed round can be reopened
 * to correct it. Every signed-in user reads them.
 */
@Injectable()
export class ScreeningRoundService {
  private readonly change = this.writes.of(ScreeningRound, 'SCREENING_ROUND', 'ScreeningRound');

  constructor(private readonly writes: RegisterWrites) {}

  /** Every round, the latest half-year first. */
  list(caller: Caller): Promise<ScreeningRound[]> {
    this.writes.user(caller);
    return this.writes.dataSource.getRepository(ScreeningRound).find({ order: { year: 'DESC', half: 'DESC' } });
  }

  loader(loaders: LoaderRegistry): Loader<string, ScreeningRound | null> {
    return loaders.get<string, ScreeningRound | null>('screeningRound.byId', byIds(this.writes.dataSource.getRepository(ScreeningRound)));
  }

  /** A round by id (every signed-in user reads the register), or null. */
  async visible(caller: Caller, id: string): Promise<ScreeningRound | null> {
    this.writes.user(caller);
    return this.loader(caller.loaders).load(id);
  }

  async require(caller: Caller, id: string): Promise<ScreeningRound> {
    const round = await this.visible(caller, id);
    if (!round) throw new ItemNotFoundException('ScreeningRound');
    return round;
  }

  canKeep(caller: Caller): boolean {
    return mayKeepScreening(this.writes.user(caller).roles);
  }

  async open(caller: Caller, input: OpenScreeningRoundInput, manager?: EntityManager): Promise<ScreeningRound> {
    return this.writes.transaction(manager, async (tx) => {
      const inserted: Array<Record<string, unknown>> = await tx.query(
        `INSERT INTO screening_round (year, half, status, version) VALUES ($1, $2, 'OPEN', 1) ON CONFLICT (year, half) DO NOTHING RETURNING *`,
        [input.year, input.half],
      );
      if (!inserted.length) throw new ValidationException([{ field: 'input.half', rule: 'roundExists', params: { round: screeningRoundCode(input.year, input.half) } }]);
      const round = rowToEntity(this.writes.dataSource, ScreeningRound, inserted[0]);
      await this.writes.record(tx, caller, {
        entityType: 'SCREENING_ROUND',
        entityId: round.id,
        agendaId: null,
        version: 1,
        kind: 'ROUND_OPENED',
        changes: [{ field: 'round', from: null, to: screeningRoundCode(round.year, round.half) }],
      });
      return round;
    });
  }

  /** Closes an open round: only once every consultation in it is screened, so that its figures stand. */
  async close(caller: Caller, input: ScreeningRoundChangeInput, manager?: EntityManager): Promise<ScreeningRound> {
    const round = await this.require(caller, input.id);
    this.requireStep(round, 'closeRound', 'roundOpen');
    return this.writes.transaction(manager, async (tx) => {
      // No consultation is recorded or changed in the round while it closes.
      await tx.query('SELECT id FROM screening_round WHERE id = $1 FOR UPDATE', [round.id]);
      const [{ unscreened }]: Array<{ unscreened: number }> = await tx.query('SELECT count(*)::int AS unscreened FROM consultation WHERE round_id = $1 AND border_relevant IS NULL', [round.id]);
      if (unscreened > 0) throw new ValidationException([{ field: 'input.id', rule: 'allScreened', params: { count: unscreened } }]);
      const { after } = await this.change(tx, caller, round, input.version, {
        set: { status: 'CLOSED', closedAt: this.writes.clock.now() },
        kind: 'ROUND_CLOSED',
        changes: (before, next) => [{ field: 'status', from: before.status, to: next.status }],
        historyOf: { entityId: round.id, agendaId: null, version: input.version + 1 },
      });
      return after;
    });
  }

  async reopen(caller: Caller, input: ScreeningRoundChangeInput, manager?: EntityManager): Promise<ScreeningRound> {
    const round = await this.require(caller, input.id);
    this.requireStep(round, 'reopenRound', 'roundClosed');
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.change(tx, caller, round, input.version, {
        set: { status: 'OPEN', closedAt: null },
        kind: 'ROUND_REOPENED',
        changes: (before, next) => [{ field: 'status', from: before.status, to: next.status }],
        historyOf: { entityId: round.id, agendaId: null, version: input.version + 1 },
      });
      return after;
    });
  }

  /** The step is possible from the round's status (the table in the shared domain), or refused naming why. */
  private requireStep(round: ScreeningRound, name: ScreeningRoundTransitionName, rule: 'roundOpen' | 'roundClosed'): void {
    const step = SCREENING_ROUND_TRANSITIONS.find((t) => t.name === name)!;
    if (!step.from.includes(round.status)) throw new ValidationException([{ field: 'input.id', rule, params: {} }]);
  }

  /** The round a consultation is recorded or changed in, locked against closing meanwhile; refused when it is closed. */
  async lockOpen(tx: EntityManager, roundId: string, field: string): Promise<ScreeningRound> {
    const rows: Array<{ id: string; status: string }> = await tx.query('SELECT id, status FROM screening_round WHERE id = $1 FOR SHARE', [roundId]);
    if (!rows.length) throw new ValidationException([{ field, rule: 'notFound', params: { value: roundId } }]);
    if (rows[0].status !== 'OPEN') throw new ValidationException([{ field, rule: 'roundOpen', params: {} }]);
    return (await tx.getRepository(ScreeningRound).findOneBy({ id: roundId }))!;
  }
}
