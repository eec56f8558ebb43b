import { createHash } from 'node:crypto';
import { Injectable, Type } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionStatus, BOTTLENECK_TRANSITIONS, BottleneckOutcome, BottleneckStatus, BottleneckType, Language, LANGUAGES, missingBottleneckFields, TranslationKind } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { AppException } from '@api/core/errors/app.exception';
import { Caller } from '@api/core/context/caller';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Clock } from '@api/core/time/clock';
import { RecordedTranslation } from '@api/core/text/text-fields';
import { StoredText } from '@api/core/text/stored-text';
import { FieldError, validationPipe, ValidationException } from '@api/core/validation/validation';
import { Action } from '@api/modules/action/action.entity';
import { ActionLifecycleService } from '@api/modules/action/action-lifecycle.service';
import { CreateActionInput } from '@api/modules/action/dto/create-action.input';
import { UpdateActionInput } from '@api/modules/action/dto/update-action.input';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckLifecycleService } from '@api/modules/bottleneck/bottleneck-lifecycle.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { CreateBottleneckInput } from '@api/modules/bottleneck/dto/create-bottleneck.input';
import { TransitionBottleneckInput } from '@api/modules/bottleneck/dto/transition-bottleneck.input';
import { UpdateBottleneckInput } from '@api/modules/bottleneck/dto/update-bottleneck.input';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';
import { FIELD_BY_KEY, fieldOfHeading, findHeaderRow, linesOf, MAPPED_VALUE_KINDS, normalise, parseDate, parseInteger, parsePercent, proposeValue, ValueKind, Vocabulary } from './import-fields';
import { Cell, cellText, readSheets, Sheet, SheetRow } from './import-sheet';
import { RegisterImport } from './register-import.entity';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** How the sheet is read: per column the field it goes into, per word the code it stands for. */
export interface ImportMapping {
  columns: Array<{ index: number; field: string | null }>;
  values: Array<{ kind: string; value: string; target: string | null }>;
  defaultInstrument: string;
}

export interface ImportColumn {
  index: number;
  heading: string;
  field: string | null;
  example: string | null;
}

export interface ImportValue {
  kind: string;
  value: string;
  count: number;
  target: string | null;
}

interface ReadSheet {
  sheet: Sheet;
  headerIndex: number;
  headings: string[];
  data: SheetRow[];
}

export interface ImportPreview {
  id: string;
  fileName: string;
  agendaCode: string;
  language: Language;
  sheet: string;
  headerRow: number;
  dataRows: number;
  columns: ImportColumn[];
  values: ImportValue[];
  mapping: ImportMapping;
}

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED' | 'SKIPPED';

/** A problem with one row: the row, the column (when one is to blame) and the rule, with its parameters; rendered in the reader's language. */
export interface ImportProblem {
  row: number;
  column: string | null;
  columnIndex: number | null;
  rule: string;
  params: Record<string, string | number>;
}

export interface ImportRowResult {
  sheet: string;
  row: number;
  outcome: ImportOutcome;
  reference: string | null;
  title: string | null;
  actions: number;
  problems: ImportProblem[];
  notes: string[];
}

export interface ImportPlan {
  id: string;
  fileName: string;
  committed: boolean;
  counts: Record<ImportOutcome, number>;
  rows: ImportRowResult[];
}

class DryRunDone extends Error {
  constructor(
    readonly plan: ImportPlan,
    readonly language: Language,
  ) {
    super('dry run');
  }
}

type Values = Map<string, Cell[]>;

/** Input validation as GraphQL does it (class-validator rules of the input class), for rows that never were a GraphQL request. */
async function validated<T>(metatype: Type<T>, value: Record<string, unknown>): Promise<T> {
  return (await validationPipe().transform(value, { type: 'body', metatype, data: 'input' })) as T;
}

const TEXT_KEYS: Record<string, 'title' | 'description' | 'whyToSolve' | 'impact'> = { title: 'title', description: 'description', whyToSolve: 'whyToSolve', impact: 'impact' };

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
    return this.preview(caller, saved.id);
  }

  private async load(caller: Caller, id: string): Promise<{ record: RegisterImport; sheets: Sheet[]; agendaCode: string }> {
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
    const { record, sheets, agendaCode } = await this.load(caller, id);
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
  async dryRun(caller: Caller, id: string, mapping: ImportMapping): Promise<ImportPlan> {
    try {
      await this.run(caller, id, mapping, false);
    } catch (error) {
      if (!(error instanceof DryRunDone)) throw error;
      // The mapping the user confirmed is kept for the next step (the report, the commit).
      await this.dataSource.query('UPDATE register_import SET mapping = $2 WHERE id = $1', [id, JSON.stringify({ ...mapping, language: error.language })]);
      return error.plan;
    }
    throw new Error('a dry run must roll back');
  }

  /** Writes every accepted row in one transaction; refused rows are left out, as the dry run showed. */
  commit(caller: Caller, id: string, mapping: ImportMapping): Promise<ImportPlan> {
    return this.run(caller, id, mapping, true);
  }

  /** The last plan of an import (for the report), by running the dry run again with its stored mapping. */
  async lastPlan(caller: Caller, id: string): Promise<ImportPlan> {
    const preview = await this.preview(caller, id);
    return this.dryRun(caller, id, preview.mapping);
  }

  private async run(caller: Caller, id: string, mapping: ImportMapping, commit: boolean): Promise<ImportPlan> {
    const { record, sheets, agendaCode } = await this.load(caller, id);
    const language = ((record.mapping as { language?: Language } | null)?.language ?? caller.language) as Language;
    const main = this.mainSheet(sheets)!;
    const actionSheet = this.actionSheet(sheets);
    const origin = { importId: record.id, fileName: record.fileName };
    const work: Caller = { ...caller, loaders: new LoaderRegistry(), origin };
    return this.dataSource.transaction(async (tx) => {
      const [locked] = (await tx.query('SELECT committed_at FROM register_import WHERE id = $1 FOR UPDATE', [record.id])) as Array<{ committed_at: Date | null }>;
      if (locked.committed_at) throw new ExchangeException(ExchangeErrorCode.ALREADY_COMMITTED);
      const context = new RunContext(this, work, tx, mapping, main, language, agendaCode);
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

  /** The uploaded file of one of the caller's imports. */
  async content(caller: Caller, id: string): Promise<Buffer> {
    return (await this.load(caller, id)).record.content;
  }

  // Used by RunContext.
  get services() {
    return { bottlenecks: this.bottlenecks, bottleneckLifecycle: this.bottleneckLifecycle, actionLifecycle: this.actionLifecycle, access: this.access, dataSource: this.dataSource };
  }
}

/** Which step leads where: the path of legal transitions from a status to the one a sheet reports. */
function pathTo(from: BottleneckStatus, to: BottleneckStatus, outcome: BottleneckOutcome | null): Array<{ name: string; outcome: BottleneckOutcome | null; needsReason: boolean }> {
  const queue: Array<{ status: BottleneckStatus; path: Array<{ name: string; outcome: BottleneckOutcome | null; needsReason: boolean }> }> = [{ status: from, path: [] }];
  const seen = new Set([from]);
  while (queue.length) {
    const { status, path } = queue.shift()!;
    if (status === to) return path;
    for (const t of BOTTLENECK_TRANSITIONS) {
      if (!t.from.includes(status) || t.name === 'reopen' || seen.has(t.to)) continue;
      if (t.to === 'CLOSED' && (!outcome || !t.outcomes?.includes(outcome))) continue;
      seen.add(t.to);
      queue.push({ status: t.to, path: [...path, { name: t.name, outcome: t.to === 'CLOSED' ? outcome : null, needsReason: !!t.needsReason }] });
    }
  }
  return [];
}

/** One run over the rows of a sheet: the mapping applied, each row through the services in its own savepoint. */
class RunContext {
  private readonly columnOf = new Map<string, number>();
  private readonly values = new Map<string, string | null>();
  private readonly imported = new Map<string, Bottleneck>();
  private readonly firstRowOf = new Map<string, number>();
  private savepoint = 0;

  constructor(
    private readonly service: ImportService,
    private readonly caller: Caller,
    private readonly tx: EntityManager,
    private readonly mapping: ImportMapping,
    private readonly read: ReadSheet,
    private readonly language: Language,
    private readonly agendaCode: string,
    fieldOf?: (index: number) => string | null,
    shared?: RunContext,
  ) {
    const of = fieldOf ?? ((index: number) => mapping.columns.find((c) => c.index === index)?.field ?? null);
    read.headings.forEach((_, index) => {
      const field = of(index);
      if (field && !this.columnOf.has(field)) this.columnOf.set(field, index);
    });
    for (const v of mapping.values) this.values.set(`${v.kind}:${normalise(v.value)}`, v.target);
    if (shared) this.imported = shared.imported;
  }

  forSheet(read: ReadSheet, fieldOf: (index: number) => string | null): RunContext {
    return new RunContext(this.service, this.caller, this.tx, this.mapping, read, this.language, this.agendaCode, fieldOf, this);
  }

  private heading(field: string): string {
    const index = this.columnOf.get(field);
    return index === undefined ? field : this.read.headings[index];
  }

  private problem(row: SheetRow, field: string | null, rule: string, params: Record<string, string | number> = {}): ImportProblem {
    const index = field ? this.columnOf.get(field) : undefined;
    return { row: row.number, column: index === undefined ? null : this.read.headings[index], columnIndex: index ?? null, rule, params };
  }

  private cellsOf(row: SheetRow): Values {
    const values: Values = new Map();
    for (const [field, index] of this.columnOf) values.set(field, [row.cells[index] ?? null]);
    return values;
  }

  private text(values: Values, field: string): string | null {
    const text = cellText(values.get(field)?.[0]);
    return text === '' ? null : text;
  }

  private code(values: Values, field: string, row: SheetRow, problems: ImportProblem[], cell?: Cell): string | null {
    const raw = cellText(cell !== undefined ? cell : values.get(field)?.[0]);
    if (!raw) return null;
    const kind = FIELD_BY_KEY.get(field)!.valueKind as ValueKind;
    const key = `${kind}:${normalise(raw)}`;
    const target = this.values.has(key) ? this.values.get(key)! : MAPPED_VALUE_KINDS.includes(kind) ? null : proposeValue(kind, raw, { themes: [], organisations: [] });
    if (!target) problems.push(this.problem(row, field, 'unknownValue', { value: raw }));
    return target;
  }

  /** A text in its original language with its translations, from one column or from the export's columns per language. */
  private texts(values: Values, key: string, textField: string, row: SheetRow, problems: ImportProblem[]): { language: Language; text: string | null; translations: RecordedTranslation[] } {
    const source = this.code(values, `${key}.sourceLanguage`, row, problems) as Language | null;
    const perLanguage = LANGUAGES.map((l) => ({ language: l, text: this.text(values, `${key}.${l}`), provenance: this.code(values, `${key}.${l}.provenance`, row, problems), outdated: this.code(values, `${key}.${l}.outdated`, row, problems) === 'YES' }));
    const language = source ?? perLanguage.find((p) => p.provenance === 'ORIGINAL')?.language ?? this.language;
    const own = this.text(values, key);
    const original = perLanguage.find((p) => p.language === language)?.text ?? own;
    const translations = perLanguage
      .filter((p) => p.language !== language && p.text && p.provenance !== 'ORIGINAL')
      .map((p) => Object.assign(new RecordedTranslationInput(), { field: textField, language: p.language, text: p.text!, kind: (p.provenance === 'MACHINE' ? 'MACHINE' : 'HUMAN') as TranslationKind, outdated: p.outdated }));
    return { language, text: original, translations };
  }

  private isTotal(row: SheetRow): boolean {
    const first = row.cells.map((c) => cellText(c)).find(Boolean) ?? '';
    return /^(totaal|total|totals|summe|gesamt|insgesamt|aantal)\b/i.test(first);
  }

  private skip(row: SheetRow): ImportRowResult | null {
    if (row.cells.every((c) => c === null)) return this.result(row, 'SKIPPED', null, null, [], ['skippedEmpty']);
    if (this.isTotal(row)) return this.result(row, 'SKIPPED', null, null, [], ['skippedTotal']);
    return null;
  }

  private result(row: SheetRow, outcome: ImportOutcome, reference: string | null, title: string | null, problems: ImportProblem[], notes: string[] = [], actions = 0): ImportRowResult {
    return { sheet: this.read.sheet.name, row: row.number, outcome, reference, title, actions, problems, notes };
  }

  /** Runs `work` in a savepoint: a row whose writes are refused leaves nothing behind. */
  private async inSavepoint<T>(row: SheetRow, work: () => Promise<T>, fieldOfError: (field: string) => string | null): Promise<{ value?: T; problems: ImportProblem[] }> {
    const name = `import_row_${++this.savepoint}`;
    await this.tx.query(`SAVEPOINT ${name}`);
    try {
      const value = await work();
      await this.tx.query(`RELEASE SAVEPOINT ${name}`);
      return { value, problems: [] };
    } catch (error) {
      await this.tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      // Loaders may hold rows written in the rolled-back savepoint.
      this.caller.loaders = new LoaderRegistry();
      if (error instanceof ValidationException) {
        return { problems: error.fields.map((f: FieldError) => this.problem(row, fieldOfError(f.field), f.rule, { ...(f.params as Record<string, string | number>), field: this.heading(fieldOfError(f.field) ?? f.field) })) };
      }
      if (error instanceof AppException) return { problems: [this.problem(row, error.code === 'ILLEGAL_TRANSITION' ? 'status' : null, error.code === 'ILLEGAL_TRANSITION' || error.code === 'FORBIDDEN' ? 'statusNotAllowed' : error.code, { status: String(error.params['status'] ?? '') })] };
      throw error;
    }
  }

  private prime(bottleneck: Bottleneck): Bottleneck {
    this.service.services.bottlenecks.loader(this.caller.loaders).clear(bottleneck.id).prime(bottleneck.id, bottleneck);
    return bottleneck;
  }

  private async findExisting(reference: string | null, externalId: string | null, reporterCode: string | null): Promise<Bottleneck | null> {
    const { bottlenecks, dataSource } = this.service.services;
    if (reference) {
      const imported = this.imported.get(reference);
      if (imported) return imported;
      const found = await bottlenecks.byReference(this.caller, reference);
      if (found) return found;
    }
    if (externalId) {
      const user = this.service.services.access.requireUser(this.caller);
      const code = reporterCode ?? user.organisation?.code;
      const rows: Array<{ id: string }> = await dataSource.query(
        'SELECT b.id FROM bottleneck b JOIN organisation o ON o.id = b.reporting_organisation_id JOIN agenda a ON a.id = b.agenda_id WHERE b.external_id = $1 AND o.code = $2 AND a.code = $3',
        [externalId, code, this.agendaCode],
      );
      if (rows[0]) return bottlenecks.visible(this.caller, rows[0].id);
    }
    return null;
  }

  async bottleneckRow(row: SheetRow): Promise<ImportRowResult> {
    const skipped = this.skip(row);
    if (skipped) return skipped;
    const problems: ImportProblem[] = [];
    const notes: string[] = [];
    const values = this.cellsOf(row);
    const user = this.service.services.access.requireUser(this.caller);
    const reference = this.text(values, 'reference');
    const externalId = this.text(values, 'externalId');
    const texts = Object.fromEntries(Object.entries(TEXT_KEYS).map(([key, field]) => [field, this.texts(values, key, field, row, problems)])) as Record<'title' | 'description' | 'whyToSolve' | 'impact', ReturnType<RunContext['texts']>>;
    const title = texts.title.text;
    if (!title) return this.result(row, 'REFUSED', reference, null, [this.problem(row, 'title', 'titleMissing')]);
    const key = reference ?? externalId;
    if (key) {
      const first = this.firstRowOf.get(key);
      if (first !== undefined) return this.result(row, 'REFUSED', reference, title, [this.problem(row, externalId ? 'externalId' : 'reference', 'duplicateRow', { first })]);
      this.firstRowOf.set(key, row.number);
    }
    const themeCode = this.code(values, 'theme', row, problems);
    const type = this.code(values, 'type', row, problems) as BottleneckType | null;
    const reporterCode = this.code(values, 'reporter', row, problems);
    const statusValue = this.code(values, 'status', row, problems);
    const outcomeValue = this.code(values, 'outcome', row, problems) as BottleneckOutcome | null;
    const months = values.has('expectedDurationMonths') && this.text(values, 'expectedDurationMonths') ? parseInteger(values.get('expectedDurationMonths')![0]) : null;
    if (values.has('expectedDurationMonths') && this.text(values, 'expectedDurationMonths') && months === null) problems.push(this.problem(row, 'expectedDurationMonths', 'notANumber', { value: this.text(values, 'expectedDurationMonths')! }));
    const [statusCode, statusOutcome] = (statusValue ?? 'SUBMITTED').split(':') as [BottleneckStatus, BottleneckOutcome | undefined];
    const outcome = statusOutcome ?? outcomeValue;
    const reasons = this.text(values, 'reasons');
    if (statusCode === 'CLOSED' && !reasons) problems.push(this.problem(row, 'status', 'reasonsRequired'));
    if (!user.roles.includes('secretariat') && reporterCode && reporterCode !== user.organisation?.code) problems.push(this.problem(row, 'reporter', 'ownOrganisation'));
    const actions = this.inlineActions(row, values, problems, externalId ?? reference ?? `row-${row.number}`);
    if (problems.length) return this.result(row, 'REFUSED', reference, title, problems);

    const existing = await this.findExisting(reference, externalId, reporterCode);
    const fieldOfError = (path: string) => {
      const field = path.replace(/^(input|bottleneck)\./, '').split('.')[0];
      if (field === 'translations') return null;
      return { themeCode: 'theme', reportingOrganisationCode: 'reporter', agendaCode: null, language: null, reason: 'reasons', outcome: 'status' }[field] ?? field;
    };
    let outcomeOfRow: ImportOutcome = 'UNCHANGED';
    let targetStatus: BottleneckStatus = statusCode;
    const { value, problems: refused } = await this.inSavepoint(
      row,
      async () => {
        const { bottleneckLifecycle } = this.service.services;
        let bottleneck: Bottleneck;
        if (!existing) {
          const fields = { agendaCode: this.agendaCode, language: texts.title.language, title, type, themeCode, area: this.text(values, 'area'), description: texts.description.text, whyToSolve: texts.whyToSolve.text };
          const recorded = [...texts.title.translations, ...texts.description.translations, ...texts.whyToSolve.translations, ...texts.impact.translations];
          let submit = statusCode !== 'DRAFT';
          const missing = missingBottleneckFields(fields, 'submit');
          if (submit && statusCode === 'SUBMITTED' && missing.length && !missingBottleneckFields(fields, 'draft').length) {
            submit = false;
            targetStatus = 'DRAFT';
            notes.push(`keptAsDraft:${missing.map((f) => fieldOfError(f) ?? f).join(',')}`);
          }
          const input = await validated(CreateBottleneckInput, {
            ...fields,
            reportingOrganisationCode: reporterCode,
            impact: texts.impact.text,
            expectedDurationMonths: months,
            translations: plain(recorded),
            submit,
          });
          const translations = (input.translations ?? []).map((t, i) => Object.assign(t, { outdated: recorded[i].outdated }));
          bottleneck = this.prime(await bottleneckLifecycle.create(this.caller, Object.assign(input, { translations }), this.tx, { reference, externalId }));
          outcomeOfRow = 'CREATED';
        } else {
          bottleneck = existing;
          const change: Record<string, unknown> = {};
          for (const field of ['title', 'description', 'whyToSolve', 'impact'] as const) {
            const next = texts[field];
            const current = existing[field] as StoredText | null;
            if (next.text && (!current || current.text !== next.text)) change[field] = next.text;
          }
          const area = this.text(values, 'area');
          if (this.columnOf.has('area') && area && area !== existing.area) change['area'] = area;
          if (type && type !== existing.type) change['type'] = type;
          if (months !== null && months !== existing.expectedDurationMonths) change['expectedDurationMonths'] = months;
          if (themeCode) {
            const theme = await this.service.services.dataSource.getRepository(Theme).findOneBy({ agendaId: existing.agendaId, code: themeCode });
            if (theme?.id !== existing.themeId) change['themeCode'] = themeCode;
          }
          if (Object.keys(change).length) {
            const input = await validated(UpdateBottleneckInput, { id: existing.id, version: existing.version, language: texts.title.language, ...change });
            bottleneck = this.prime(await bottleneckLifecycle.update(this.caller, input, this.tx));
            outcomeOfRow = 'UPDATED';
          }
        }
        for (const action of actions) {
          const changed = await this.applyAction(bottleneck, [bottleneck.id], action);
          if (changed !== 'UNCHANGED' && outcomeOfRow === 'UNCHANGED') outcomeOfRow = 'UPDATED';
        }
        if (targetStatus === 'SUBMITTED' && bottleneck.status === 'DRAFT') {
          const b = bottleneck;
          const missing = missingBottleneckFields({ agendaCode: this.agendaCode, language: b.title.lang, title: b.title.text, type: b.type, themeCode: b.themeId, area: b.area, description: b.description?.text, whyToSolve: b.whyToSolve?.text }, 'submit');
          if (missing.length) {
            targetStatus = 'DRAFT';
            if (!notes.length) notes.push(`keptAsDraft:${missing.map((f) => fieldOfError(f) ?? f).join(',')}`);
          }
        }
        if (targetStatus !== bottleneck.status && statusValue !== null) {
          const steps = pathTo(bottleneck.status, targetStatus, outcome ?? null);
          if (!steps.length && !(existing && bottleneck.status === 'CLOSED')) throw new ValidationException([{ field: 'input.outcome', rule: 'notAllowed', params: {} }]);
          for (const step of steps) {
            bottleneck = this.prime(
              await bottleneckLifecycle.transition(this.caller, { id: bottleneck.id, version: bottleneck.version, transition: step.name, outcome: step.outcome, reason: step.needsReason ? reasons : null } as TransitionBottleneckInput, this.tx),
            );
          }
          if (steps.length && outcomeOfRow === 'UNCHANGED') outcomeOfRow = 'UPDATED';
        }
        this.imported.set(bottleneck.reference, bottleneck);
        return bottleneck;
      },
      fieldOfError,
    );
    if (!value) return this.result(row, 'REFUSED', reference, title, refused);
    return this.result(row, outcomeOfRow, value.reference, title, [], notes, actions.length);
  }

  /** The actions of a row: one per line of the action cells (a single line of another cell holds for all). */
  private inlineActions(row: SheetRow, values: Values, problems: ImportProblem[], rowKey: string): ActionValues[] {
    const titles = linesOf(values.get('actionTitle')?.[0] ?? null);
    if (!titles.length) return [];
    const fields = ['owner', 'dueDate', 'actionProgress', 'actionStatus', 'instrument', 'priority'];
    const lines = Object.fromEntries(fields.map((f) => [f, linesOf(values.get(f)?.[0] ?? null)]));
    const mismatched = fields.filter((f) => lines[f].length > 1 && lines[f].length !== titles.length);
    if (mismatched.length) {
      problems.push(this.problem(row, mismatched[0], 'linesMismatch', { counts: [titles.length, ...mismatched.map((f) => lines[f].length)].join(', ') }));
      return [];
    }
    const at = (f: string, i: number): Cell => (lines[f].length > 1 ? lines[f][i] : (lines[f][0] ?? null));
    return titles.map((title, i) => this.actionValues(row, problems, { externalId: `${rowKey}/${i + 1}`, title: cellText(title), cells: (f) => at(f, i), translations: [], description: null, language: this.language }));
  }

  private actionValues(
    row: SheetRow,
    problems: ImportProblem[],
    base: { externalId: string; title: string; cells: (field: string) => Cell; translations: RecordedTranslation[]; description: string | null; language: Language },
  ): ActionValues {
    const owner = this.code(new Map(), 'owner', row, problems, base.cells('owner'));
    if (!owner && !cellText(base.cells('owner'))) problems.push(this.problem(row, 'owner', 'required', { field: this.heading('owner') }));
    const dueCell = base.cells('dueDate');
    const dueDate = parseDate(dueCell);
    if (!dueDate) problems.push(cellText(dueCell) ? this.problem(row, 'dueDate', 'notADate', { value: cellText(dueCell) }) : this.problem(row, 'dueDate', 'required', { field: this.heading('dueDate') }));
    const progressCell = base.cells('actionProgress');
    const progress = cellText(progressCell) ? parsePercent(progressCell) : 0;
    if (progress === null) problems.push(this.problem(row, 'actionProgress', 'notAPercentage', { value: cellText(progressCell) }));
    const status = (this.code(new Map(), 'actionStatus', row, problems, base.cells('actionStatus')) as ActionStatus | null) ?? (progress === 100 ? 'DONE' : progress ? 'IN_PROGRESS' : 'PLANNED');
    const instrument = this.code(new Map(), 'instrument', row, problems, base.cells('instrument')) ?? this.mapping.defaultInstrument;
    const priority = this.code(new Map(), 'priority', row, problems, base.cells('priority')) ?? 'NORMAL';
    return { externalId: base.externalId, title: base.title, description: base.description, language: base.language, translations: base.translations, owner, dueDate, progress: status === 'DONE' ? 100 : (progress ?? 0), status, instrument, priority };
  }

  /** Creates the action of a sheet, or finds it again (by the key the import gave it) and brings its content up to date. */
  private async applyAction(bottleneck: Bottleneck, bottleneckIds: string[], action: ActionValues): Promise<ImportOutcome> {
    const { actionLifecycle, dataSource } = this.service.services;
    const existing = await this.tx.getRepository(Action).findOneBy({ agendaId: bottleneck.agendaId, externalId: action.externalId });
    const known = existing ?? (/^[0-9a-f-]{36}$/.test(action.externalId) ? await this.tx.getRepository(Action).findOneBy({ id: action.externalId }) : null);
    if (!known) {
      const input = await validated(CreateActionInput, {
        bottleneckIds,
        language: action.language,
        title: action.title,
        description: action.description,
        ownerOrganisationCode: action.owner,
        dueDate: action.dueDate,
        instrument: action.instrument,
        priority: action.priority,
        translations: plain(action.translations),
      });
      const translations = (input.translations ?? []).map((t, i) => Object.assign(t, { outdated: action.translations[i].outdated }));
      await actionLifecycle.create(this.caller, Object.assign(input, { translations }), this.tx, { externalId: action.externalId, status: action.status, progress: action.progress });
      return 'CREATED';
    }
    const owner = await dataSource.getRepository(Organisation).findOneBy({ id: known.ownerOrganisationId });
    const change: Record<string, unknown> = {};
    if (known.title.text !== action.title) change['title'] = action.title;
    if (action.owner && owner?.code !== action.owner) change['ownerOrganisationCode'] = action.owner;
    if (action.dueDate && known.dueDate !== action.dueDate) change['dueDate'] = action.dueDate;
    if (!Object.keys(change).length) return 'UNCHANGED';
    const input = await validated(UpdateActionInput, { id: known.id, version: known.version, ...change });
    await actionLifecycle.update(this.caller, input, this.tx);
    return 'UPDATED';
  }

  /** A row of the export's sheet of actions: its bottlenecks by reference, its texts in every language. */
  async actionRow(row: SheetRow): Promise<ImportRowResult> {
    const skipped = this.skip(row);
    if (skipped) return skipped;
    const problems: ImportProblem[] = [];
    const values = this.cellsOf(row);
    const title = this.texts(values, 'actionTitle', 'title', row, problems);
    const description = this.texts(values, 'actionDescription', 'description', row, problems);
    const references = (this.text(values, 'bottlenecks') ?? '').split(/[,;\s]+/).filter(Boolean);
    const externalId = this.text(values, 'actionId') ?? `row-${row.number}`;
    if (!title.text) return this.result(row, 'REFUSED', null, null, [this.problem(row, 'actionTitle', 'titleMissing')]);
    const action = this.actionValues(row, problems, {
      externalId,
      title: title.text,
      description: description.text,
      language: title.language,
      translations: [...title.translations, ...description.translations],
      cells: (f) => values.get(f)?.[0] ?? null,
    });
    const bottlenecks: Bottleneck[] = [];
    for (const reference of references) {
      const found = await this.findExisting(reference, null, null);
      if (found) bottlenecks.push(found);
      else problems.push(this.problem(row, 'bottlenecks', 'notFound', { value: reference, field: this.heading('bottlenecks') }));
    }
    if (!bottlenecks.length && !problems.length) problems.push(this.problem(row, 'bottlenecks', 'required', { field: this.heading('bottlenecks') }));
    if (problems.length) return this.result(row, 'REFUSED', references.join(', '), title.text, problems);
    const fieldOfError = (path: string) => ({ title: 'actionTitle', description: 'actionDescription', ownerOrganisationCode: 'owner', bottleneckIds: 'bottlenecks' })[path.replace(/^input\./, '').split('.')[0]] ?? null;
    const { value, problems: refused } = await this.inSavepoint(row, () => this.applyAction(bottlenecks[0], bottlenecks.map((b) => b.id), action), fieldOfError);
    if (!value) return this.result(row, 'REFUSED', references.join(', '), title.text, refused);
    return this.result(row, value, references.join(', '), title.text, [], [], 1);
  }
}

interface ActionValues {
  externalId: string;
  title: string;
  description: string | null;
  language: Language;
  translations: RecordedTranslation[];
  owner: string | null;
  dueDate: string | null;
  progress: number;
  status: ActionStatus;
  instrument: string;
  priority: string;
}

class RecordedTranslationInput implements RecordedTranslation {
  field!: string;
  language!: Language;
  text!: string;
  kind: TranslationKind = 'HUMAN';
  outdated?: boolean;
}


/** Translations as the input class takes them (validation refuses unknown properties; `outdated` is put back after). */
function plain(translations: RecordedTranslation[]): Array<Record<string, unknown>> {
  return translations.map(({ field, language, text, kind }) => ({ field, language, text, kind }));
}
