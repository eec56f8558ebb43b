import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Language } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Clock } from '@api/core/time/clock';
import { ValidationException } from '@api/core/validation/validation';
import { ActionLifecycleService } from '@api/modules/action/action-lifecycle.service';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { BottleneckLifecycleService } from '@api/modules/bottleneck/bottleneck-lifecycle.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';
import { FIELD_BY_KEY, fieldOfHeading, findHeaderRow, linesOf, MAPPED_VALUE_KINDS, normalise, proposeValue, Vocabulary } from './import-fields';
import { RunContext } from './import-rows';
import { cellText, readSheets, Sheet } from './import-sheet';
import { ImportColumn, ImportMapping, ImportPlan, ImportPreview, ImportRowResult, ImportValue, MAX_IMPORT_BYTES, ReadSheet } from './import.types';
import { RegisterImport } from './register-import.entity';

/** An uploaded import as read: its record, its sheets and its agenda's code. */
interface Loaded {
  record: RegisterImport;
  sheets: Sheet[];
  agendaCode: string;
}

class DryRunDone extends Error {
  constructor(
    readonly plan: ImportPlan,
    readonly language: Language,
  ) {
    super('dry run');
  }
}

/**
 * A partner's sheet into the register: read it, propose how its columns and
 * words are read, then a dry run and a commit that are the same work (every
 * row through the services and validation of the screen, each in a
 * savepoint of one transaction) except that the dry run is rolled back.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly agendas: AgendaService,
    private readonly bottlenecks: BottleneckService,
    private readonly bottleneckLifecycle: BottleneckLifecycleService,
    private readonly actionLifecycle: ActionLifecycleService,
  ) {}

  /** Keeps the uploaded file for the steps that follow; refuses what is not a readable sheet with a heading row. */
  async upload(caller: Caller, agendaCode: string, language: Language, fileName: string, content: Buffer): Promise<ImportPreview> {
    const user = this.access.requireUser(caller);
    if (content.length > MAX_IMPORT_BYTES) throw new ExchangeException(ExchangeErrorCode.FILE_TOO_LARGE);
    const agenda = await this.agendas.findByCode(agendaCode);
    if (!agenda || !(await this.access.canReadAgenda(caller, agenda.id))) throw new ValidationException([{ field: 'agendaCode', rule: 'notFound', params: { value: agendaCode } }]);
    const isSecretariat = user.roles.includes('secretariat');
    if (!isSecretariat && !(user.organisation && (await this.agendas.isPartner(agenda.id, user.organisation.id)))) {
      throw new ValidationException([{ field: 'agendaCode', rule: 'agendaPartner', params: {} }]);
    }
    const sheets = await readSheets(content, fileName);
    if (!this.mainSheet(sheets)) throw new ExchangeException(ExchangeErrorCode.NO_HEADER_ROW);
    const repository = this.dataSource.getRepository(RegisterImport);
    const saved = await repository.save(
      repository.create({
        userId: user.id,
        organisationId: user.organisation?.id ?? null,
        agendaId: agenda.id,
        fileName: fileName.slice(0, 255),
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        mapping: { language },
        result: null,
        committedAt: null,
        createdAt: this.clock.now(),
      }),
    );
    return this.previewOf(caller, { record: saved, sheets, agendaCode: agenda.code });
  }

  private async load(caller: Caller, id: string): Promise<Loaded> {
    const record = await this.dataSource
      .getRepository(RegisterImport)
      .createQueryBuilder('i')
      .addSelect('i.content')
      .where('i.id = :id AND i.user_id = :user', { id, user: this.access.requireUser(caller).id })
      .getOne();
    if (!record) throw new ExchangeException(ExchangeErrorCode.IMPORT_NOT_FOUND);
    const agenda = (await this.agendas.loader(caller.loaders).load(record.agendaId))!;
    return { record, sheets: await readSheets(record.content, record.fileName), agendaCode: agenda.code };
  }

  private read(sheet: Sheet): ReadSheet | null {
    const headerIndex = findHeaderRow(sheet.rows);
    if (headerIndex === null) return null;
    const headings = sheet.rows[headerIndex].cells.map((c) => cellText(c));
    return { sheet, headerIndex, headings, data: sheet.rows.slice(headerIndex + 1) };
  }

  /** The sheet of bottlenecks: the one whose headings name the most fields (a sheet of the export's actions is read beside it). */
  private mainSheet(sheets: Sheet[]): ReadSheet | null {
    const read = sheets.map((s) => this.read(s)).filter((r): r is ReadSheet => r !== null && !this.isActionSheet(r));
    return read.sort((a, b) => this.known(b) - this.known(a))[0] ?? null;
  }

  private actionSheet(sheets: Sheet[]): ReadSheet | null {
    return sheets.map((s) => this.read(s)).find((r): r is ReadSheet => r !== null && this.isActionSheet(r)) ?? null;
  }

  private isActionSheet(read: ReadSheet): boolean {
    const fields = read.headings.map((h) => fieldOfHeading(h));
    return fields.includes('actionId') && fields.includes('bottlenecks');
  }

  private known(read: ReadSheet): number {
    return read.headings.filter((h) => fieldOfHeading(h)).length;
  }

  private async vocabulary(agendaId: string): Promise<Vocabulary> {
    const themes = await this.dataSource.getRepository(Theme).findBy({ agendaId });
    const organisations = await this.dataSource.getRepository(Organisation).find();
    return { themes, organisations };
  }

  /** What the import proposes: each column's field, each word's code, and the mapping to confirm. */
  async preview(caller: Caller, id: string): Promise<ImportPreview> {
    return this.previewOf(caller, await this.load(caller, id));
  }

  private async previewOf(caller: Caller, { record, sheets, agendaCode }: Loaded): Promise<ImportPreview> {
    const id = record.id;
    const main = this.mainSheet(sheets)!;
    const stored = (record.mapping ?? {}) as Partial<ImportMapping> & { language?: Language };
    const columns: ImportColumn[] = main.headings.flatMap((heading, index) =>
      heading ? [{ index, heading, field: stored.columns?.find((c) => c.index === index)?.field ?? fieldOfHeading(heading), example: this.example(main, index) }] : [],
    );
    const vocabulary = await this.vocabulary(record.agendaId);
    const counts = new Map<string, ImportValue>();
    const readValues = (read: ReadSheet, fieldOf: (index: number) => string | null) => {
      for (const row of read.data) {
        row.cells.forEach((cell, index) => {
          const field = FIELD_BY_KEY.get(fieldOf(index) ?? '');
          if (!field?.valueKind || !MAPPED_VALUE_KINDS.includes(field.valueKind)) return;
          for (const line of field.of === 'action' && read === main ? linesOf(cell) : [cell]) {
            const value = cellText(line);
            if (!value) continue;
            const key = `${field.valueKind}:${normalise(value)}`;
            const known = counts.get(key);
            if (known) known.count++;
            else {
              const chosen = stored.values?.find((v) => v.kind === field.valueKind && normalise(v.value) === normalise(value));
              counts.set(key, { kind: field.valueKind, value, count: 1, target: chosen ? chosen.target : proposeValue(field.valueKind, value, vocabulary) });
            }
          }
        });
      }
    };
    readValues(main, (index) => columns.find((c) => c.index === index)?.field ?? null);
    const actions = this.actionSheet(sheets);
    if (actions) readValues(actions, (index) => fieldOfHeading(actions.headings[index] ?? ''));
    const values = [...counts.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
    return {
      id,
      fileName: record.fileName,
      agendaCode,
      language: stored.language ?? caller.language,
      sheet: main.sheet.name,
      headerRow: main.sheet.rows[main.headerIndex].number,
      dataRows: main.data.filter((r) => r.cells.some((c) => c !== null)).length,
      columns,
      values,
      mapping: {
        columns: columns.map(({ index, field }) => ({ index, field })),
        values: values.map(({ kind, value, target }) => ({ kind, value, target })),
        defaultInstrument: stored.defaultInstrument ?? 'ADMINISTRATIVE_PRACTICE',
      },
    };
  }

  private example(read: ReadSheet, index: number): string | null {
    for (const row of read.data) {
      const text = cellText(row.cells[index]);
      if (text) return text.length > 80 ? `${text.slice(0, 77)}…` : text;
    }
    return null;
  }

  /** What the import would do, row by row; nothing is kept. */
  async dryRun(caller: Caller, id: string, mapping: ImportMapping, loaded?: Loaded): Promise<ImportPlan> {
    try {
      await this.run(caller, loaded ?? (await this.load(caller, id)), mapping, false);
    } catch (error) {
      if (!(error instanceof DryRunDone)) throw error;
      // The mapping the user confirmed is kept for the next step (the report, the commit).
      await this.dataSource.query('UPDATE register_import SET mapping = $2 WHERE id = $1', [id, JSON.stringify({ ...mapping, language: error.language })]);
      return error.plan;
    }
    throw new Error('a dry run must roll back');
  }

  /** Writes every accepted row in one transaction; refused rows are left out, as the dry run showed. */
  async commit(caller: Caller, id: string, mapping: ImportMapping): Promise<ImportPlan> {
    return this.run(caller, await this.load(caller, id), mapping, true);
  }

  /** The dry run with the mapping last confirmed, and the sheets it read (for the report): the file is read once. */
  async report(caller: Caller, id: string): Promise<{ plan: ImportPlan; sheets: Sheet[] }> {
    const loaded = await this.load(caller, id);
    const preview = await this.previewOf(caller, loaded);
    return { plan: await this.dryRun(caller, id, preview.mapping, loaded), sheets: loaded.sheets };
  }

  private async run(caller: Caller, { record, sheets, agendaCode }: Loaded, mapping: ImportMapping, commit: boolean): Promise<ImportPlan> {
    const language = ((record.mapping as { language?: Language } | null)?.language ?? caller.language) as Language;
    const main = this.mainSheet(sheets)!;
    const actionSheet = this.actionSheet(sheets);
    const origin = { importId: record.id, fileName: record.fileName };
    const work: Caller = { ...caller, loaders: new LoaderRegistry(), origin };
    return this.dataSource.transaction(async (tx) => {
      const [locked] = (await tx.query('SELECT committed_at FROM register_import WHERE id = $1 FOR UPDATE', [record.id])) as Array<{ committed_at: Date | null }>;
      if (locked.committed_at) throw new ExchangeException(ExchangeErrorCode.ALREADY_COMMITTED);
      const context = new RunContext({ bottlenecks: this.bottlenecks, bottleneckLifecycle: this.bottleneckLifecycle, actionLifecycle: this.actionLifecycle, access: this.access, dataSource: this.dataSource }, work, tx, mapping, main, language, agendaCode);
      const rows: ImportRowResult[] = [];
      for (const row of main.data) rows.push(await context.bottleneckRow(row));
      if (actionSheet) {
        const actionContext = context.forSheet(actionSheet, (index) => fieldOfHeading(actionSheet.headings[index] ?? ''));
        for (const row of actionSheet.data) rows.push(await actionContext.actionRow(row));
      }
      const counts = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REFUSED: 0, SKIPPED: 0 };
      for (const r of rows) counts[r.outcome]++;
      const plan: ImportPlan = { id: record.id, fileName: record.fileName, committed: commit, counts, rows };
      const stored = { ...mapping, language };
      if (!commit) throw new DryRunDone(plan, language);
      await tx.query('UPDATE register_import SET mapping = $2, result = $3, committed_at = $4 WHERE id = $1', [record.id, JSON.stringify(stored), JSON.stringify(counts), this.clock.now()]);
      return plan;
    });
  }

}
