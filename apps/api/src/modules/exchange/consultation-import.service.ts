import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TFunction } from 'i18next';
import { ConsultationImportPlan, Language } from '@grensportaal/shared-domain';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { Caller } from '@api/core/context/caller';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ValidationException } from '@api/core/validation/validation';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { ScreeningRoundService } from '@api/modules/border-effects/screening-round.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { ConsultationRows, consultationFieldOf, fieldLabel, ministriesByName } from './consultation-rows';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';
import { noteMessage, problemMessage } from './import-messages';
import { cellText, readSheets, Sheet } from './import-sheet';
import { ImportProblem, ImportRowResult, MAX_IMPORT_BYTES, ReadSheet } from './import.types';

class DryRunDone extends Error {
  constructor(readonly plan: ConsultationImportPlan) {
    super('dry run');
  }
}

/**
 * The half-yearly screening sheet into an open round: the secretariat's CSV or
 * XLSX read with the import's sheet reader and heading recognition (the
 * portal's labels in nl, de and en, and common synonyms), each row through
 * the form's validation and service in a savepoint of one transaction. The dry
 * run does the same work and rolls it back; the commit keeps the accepted rows,
 * their history naming the file.
 */
@Injectable()
export class ConsultationImportService {
  constructor(
    private readonly writes: RegisterWrites,
    private readonly rounds: ScreeningRoundService,
    private readonly consultations: ConsultationService,
    private readonly i18n: I18nService,
  ) {}

  async run(caller: Caller, roundId: string, fileName: string, content: Buffer, language: Language, commit: boolean): Promise<ConsultationImportPlan> {
    this.writes.user(caller);
    const round = await this.rounds.require(caller, roundId);
    if (!this.rounds.canKeep(caller)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    if (round.status !== 'OPEN') throw new ValidationException([{ field: 'roundId', rule: 'roundOpen', params: {} }]);
    if (content.length > MAX_IMPORT_BYTES) throw new ExchangeException(ExchangeErrorCode.FILE_TOO_LARGE);
    const read = this.sheetOf(await readSheets(content, fileName));
    if (!read) throw new ExchangeException(ExchangeErrorCode.NO_HEADER_ROW);
    const t = this.i18n.fixed(caller.language);
    const work: Caller = { ...caller, loaders: new LoaderRegistry(), origin: { importId: randomUUID(), fileName } };
    try {
      return await this.writes.dataSource.transaction(async (tx) => {
        // One import into a round at a time: a second waits, then skips what the first recorded.
        await tx.query('SELECT id FROM screening_round WHERE id = $1 FOR UPDATE', [round.id]);
        const ministries = ministriesByName(await tx.getRepository(Organisation).findBy({ kind: 'MINISTRY' }));
        const urls: Array<{ url: string }> = await tx.query('SELECT url FROM consultation WHERE round_id = $1', [round.id]);
        const reader = new ConsultationRows(this.consultations, round.id, ministries, new Set(urls.map((u) => u.url)), work, tx, read, language);
        const rows: ImportRowResult[] = [];
        for (const row of read.data) rows.push(await reader.consultationRow(row));
        const plan = this.planOf(t, caller.language, round.id, fileName, read, rows, commit);
        if (!commit) throw new DryRunDone(plan);
        return plan;
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.plan;
      throw error;
    }
  }

  /** The sheet whose heading row names the most fields of a consultation record (at least three). */
  private sheetOf(sheets: Sheet[]): ReadSheet | null {
    const candidates = sheets.flatMap((sheet) => {
      for (const [headerIndex, row] of sheet.rows.slice(0, 30).entries()) {
        const headings = row.cells.map((c) => cellText(c));
        const known = new Set(headings.map(consultationFieldOf).filter(Boolean)).size;
        if (known >= 3) return [{ read: { sheet, headerIndex, headings, data: sheet.rows.slice(headerIndex + 1) }, known }];
      }
      return [];
    });
    return candidates.sort((a, b) => b.known - a.known)[0]?.read ?? null;
  }

  private planOf(t: TFunction, language: Language, roundId: string, fileName: string, read: ReadSheet, rows: ImportRowResult[], committed: boolean): ConsultationImportPlan {
    const count = (outcome: string) => rows.filter((r) => r.outcome === outcome).length;
    const message = (p: ImportProblem) => {
      // A field the sheet has no column for is named as the form labels it.
      const named = p.column === null && typeof p.params['field'] === 'string' ? { ...p, params: { ...p.params, field: fieldLabel(language, p.params['field']) } } : p;
      const own = t(`borderEffects:import.rules.${p.rule}`, { ...named.params, defaultValue: '' });
      if (!own) return problemMessage(t, named);
      return p.column ? t('exchange:import.problem', { row: p.row, column: p.column, message: own }) : t('exchange:import.problemRow', { row: p.row, message: own });
    };
    return {
      roundId,
      fileName,
      sheet: read.sheet.name,
      committed,
      created: count('CREATED'),
      refused: count('REFUSED'),
      skipped: count('SKIPPED'),
      ignoredColumns: read.headings.filter((h) => h && !consultationFieldOf(h)),
      rows: rows.map((r) => ({
        sheet: r.sheet,
        row: r.row,
        outcome: r.outcome as ConsultationImportPlan['rows'][number]['outcome'],
        title: r.title,
        problems: r.problems.map((p) => ({ row: p.row, column: p.column, rule: p.rule, message: message(p) })),
        notes: r.notes.map((n) => (n === 'alreadyInRound' ? t('borderEffects:import.alreadyInRound') : noteMessage(t, n))),
      })),
    };
  }
}
