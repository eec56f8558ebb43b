import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Language } from '@grensportaal/shared-domain';
import { formatterFor } from '@grensportaal/shared-i18n';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { I18nService } from '@api/core/i18n/i18n.service';
import { nameIn } from '@api/core/i18n/localized-names.model';
import { ConnectionShape } from '@api/core/pagination/connection';
import { Clock } from '@api/core/time/clock';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { Action } from '@api/modules/action/action.entity';
import { ActionService } from '@api/modules/action/action.service';
import { ActionOrder } from '@api/modules/action/dto/actions.args';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { AssignmentOrder } from '@api/modules/assignment/dto/assignments.args';
import { AttachmentService } from '@api/modules/attachment/attachment.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckLinksService } from '@api/modules/bottleneck/bottleneck-links.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { BottleneckOrder } from '@api/modules/bottleneck/dto/bottlenecks.args';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { ThemeService } from '@api/modules/theme/theme.service';
import { BRIDGE_FOR_EU_COLUMNS } from './bridge-for-eu';
import { ExportKind, StartExportInput } from './dto/start-export.input';
import { CellValue, ColumnSpec, expandColumns, ExportColumn, jsonRecord, Labels, LanguageMode } from './export-columns';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';
import { ExportRecord } from './export-record.entity';
import { CsvWriter, ExportFormat, ExportWriter, JsonWriter, XlsxWriter } from './export-writers';
import { ACTION_COLUMNS, ActionRecord, ASSIGNMENT_COLUMNS, AssignmentRecord, BOTTLENECK_COLUMNS, BottleneckRecord } from './register-columns';

/** Rows read per statement; each page gets fresh loaders, so memory does not grow with the export (100 measured best in time and memory, see npm run bench). */
const PAGE = 100;

/** The export's parameters as recorded (and replayed by the download). */
type ExportParameters = Omit<StartExportInput, 'kind' | 'format' | 'language'>;

const MIME: Record<ExportFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
  JSON: 'application/json; charset=utf-8',
};
const EXTENSION: Record<ExportFormat, string> = { XLSX: 'xlsx', CSV: 'csv', JSON: 'json' };

/**
 * Takes the register out: exactly a list with its filters and sort (through
 * the list's own service, so under the list's authorization), or one
 * bottleneck with its actions and questions, or the BRIDGEforEU files. Every
 * export is recorded before it starts and when it ends.
 */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly i18n: I18nService,
    private readonly clock: Clock,
    private readonly bottlenecks: BottleneckService,
    private readonly links: BottleneckLinksService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly themes: ThemeService,
    private readonly attachments: AttachmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records an export (READY) with the number of rows it will hold; the download writes it. */
  async start(caller: Caller, input: StartExportInput): Promise<ExportRecord> {
    const user = this.access.requireUser(caller);
    const { kind, format, language, ...parameters } = input;
    const total = await this.count(caller, kind, parameters);
    const repository = this.dataSource.getRepository(ExportRecord);
    return repository.save(
      repository.create({
        userId: user.id,
        organisationId: user.organisation?.id ?? null,
        kind: kind.toLowerCase(),
        format,
        language: input.allLanguages ? 'all' : (language ?? caller.language),
        filters: JSON.parse(JSON.stringify(parameters)) as Record<string, unknown>,
        total,
        rowsWritten: 0,
        status: 'READY',
        startedAt: this.clock.now(),
        finishedAt: null,
      }),
    );
  }

  /** The caller's own export, for its progress. */
  async progress(caller: Caller, id: string): Promise<ExportRecord | null> {
    return this.dataSource.getRepository(ExportRecord).findOneBy({ id, userId: this.access.requireUser(caller).id });
  }

  /** Claims a READY export of the caller for download (once), or refuses. */
  async claim(caller: Caller, id: string): Promise<{ record: ExportRecord; fileName: string; contentType: string }> {
    const [rows] = (await this.dataSource.query(`UPDATE export_record SET status = 'RUNNING' WHERE id = $1 AND user_id = $2 AND status = 'READY' RETURNING id`, [
      id,
      this.access.requireUser(caller).id,
    ])) as [Array<{ id: string }>, number];
    if (rows.length !== 1) throw new ExchangeException(ExchangeErrorCode.EXPORT_NOT_FOUND);
    const record = (await this.dataSource.getRepository(ExportRecord).findOneBy({ id }))!;
    const format = record.format as ExportFormat;
    const stamp = this.clock.now().toISOString().slice(0, 16).replace(/[-:T]/g, '');
    const subject = record.kind === 'bottleneck' ? String(record.filters['reference']) : record.kind;
    return { record, fileName: `grensportaal-${subject}-${record.language}-${stamp}.${EXTENSION[format]}`, contentType: MIME[format] };
  }

  /**
   * Writes the claimed export to `out`, page by page. `cancelled` is asked
   * after every page: when the client went away the export stops and is
   * recorded as cancelled.
   */
  async write(caller: Caller, record: ExportRecord, out: Writable, cancelled: () => boolean): Promise<void> {
    const parameters = record.filters as ExportParameters;
    const language: Language = record.language === 'all' ? caller.language : (record.language as Language);
    const mode: LanguageMode = record.language === 'all' ? 'all' : language;
    const labels: Labels = { t: this.i18n.fixed(language), language, publicUrl: this.config.publicUrl };
    const format = record.format as ExportFormat;
    const kind = record.kind.toUpperCase() as ExportKind;
    const user = this.access.requireUser(caller);
    const writer: ExportWriter =
      format === 'XLSX'
        ? new XlsxWriter(out, language)
        : format === 'CSV'
          ? new CsvWriter(out, language, (parameters.separator ?? (language === 'en' ? 'COMMA' : 'SEMICOLON')) === 'COMMA' ? ',' : ';')
          : new JsonWriter(out, { kind: record.kind, language: record.language, exportedBy: user.name, organisation: user.organisation?.code ?? null, exportedAt: this.clock.now().toISOString(), filters: parameters, total: record.total });
    let written = 0;
    const progress = async (n: number) => {
      written += n;
      await this.dataSource.query('UPDATE export_record SET rows_written = $2 WHERE id = $1', [record.id, written]);
    };
    const { t } = labels;
    try {
      await writer.about(t('exchange:sheets.about'), await this.aboutLines(caller, record, labels));
      const section = async <R>(key: string, specs: ColumnSpec<R>[], pages: AsyncGenerator<R[]>) => {
        const columns = expandColumns(specs, mode, labels);
        await writer.begin({ key, title: t(`exchange:sheets.${key}`), columns: columns as ExportColumn<unknown>[] });
        for await (const page of pages) {
          for (const row of page) await writer.row(cellsOf(columns, row, labels), () => jsonRecord(columns, row));
          await progress(page.length);
          if (cancelled()) throw new ExportCancelled();
        }
        await writer.end();
      };
      if (kind === 'BOTTLENECKS' || kind === 'BOTTLENECK') {
        await section('bottlenecks', BOTTLENECK_COLUMNS, this.bottleneckPages(caller, parameters));
        await section('actions', ACTION_COLUMNS, this.actionsOfBottlenecks(caller, parameters));
        if (kind === 'BOTTLENECK') await section('assignments', ASSIGNMENT_COLUMNS, this.assignmentsOfBottlenecks(caller, parameters));
      } else if (kind === 'BRIDGEFOREU') {
        await section('bridgeforeu', BRIDGE_FOR_EU_COLUMNS, this.bottleneckPages(caller, parameters));
      } else if (kind === 'ACTIONS') {
        await section('actions', ACTION_COLUMNS, this.actionPages(caller, parameters));
      } else {
        await section('assignments', ASSIGNMENT_COLUMNS, this.assignmentPages(caller, parameters));
      }
      await writer.finish();
      await this.finish(record.id, 'DONE', written);
    } catch (error) {
      await this.finish(record.id, error instanceof ExportCancelled ? 'CANCELLED' : 'FAILED', written);
      if (!(error instanceof ExportCancelled)) throw error;
    }
  }

  private async finish(id: string, status: 'DONE' | 'CANCELLED' | 'FAILED', written: number): Promise<void> {
    await this.dataSource.query('UPDATE export_record SET status = $2, rows_written = $3, finished_at = $4 WHERE id = $1', [id, status, written, this.clock.now()]);
  }

  private async aboutLines(caller: Caller, record: ExportRecord, { t, language }: Labels): Promise<Array<[string, string]>> {
    const user = this.access.requireUser(caller);
    const organisation = user.organisation ? await this.organisations.findByCode(user.organisation.code) : null;
    const filters = Object.entries(record.filters).filter(([k, v]) => v !== null && v !== undefined && k !== 'allLanguages' && k !== 'separator');
    const lines: Array<[string, string]> = [
      [t('exchange:about.what'), t(`exchange:what.${record.kind}`) + (record.filters['reference'] ? ` (${String(record.filters['reference'])})` : '')],
      [t('exchange:about.exportedBy'), user.name],
      [t('exchange:about.organisation'), organisation ? nameIn(organisation, language) : ''],
      [t('exchange:about.exportedAt'), formatterFor(language).dateTime(this.clock.now())],
      [t('exchange:about.filters'), filters.length ? filters.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ') : t('exchange:about.noFilters')],
      [t('exchange:about.language'), record.language === 'all' ? t('exchange:about.allLanguages') : t(`common:languageName.${record.language}`)],
      [t('exchange:about.rows'), String(record.total)],
      [t('exchange:about.source'), t('exchange:about.sourceText')],
    ];
    if (record.kind === 'bridgeforeu') lines.push(['BRIDGEforEU', t('exchange:about.bridgeNote')]);
    return lines;
  }

  // ---------------------------------------------------------------- reading

  private bottleneckArgs(parameters: ExportParameters) {
    return { filter: parameters.bottleneckFilter ?? {}, orderBy: parameters.bottleneckOrder ?? BottleneckOrder.UPDATED_DESC };
  }

  private async count(caller: Caller, kind: ExportKind, parameters: ExportParameters): Promise<number> {
    const fresh = { ...caller, loaders: new LoaderRegistry() };
    if (kind === 'BOTTLENECK') {
      const bottleneck = parameters.reference ? await this.bottlenecks.byReference(fresh, parameters.reference) : null;
      if (!bottleneck) throw new ItemNotFoundException('Bottleneck');
      return 1;
    }
    if (kind === 'ACTIONS') return (await this.actions.list(fresh, { filter: parameters.actionFilter ?? {}, orderBy: parameters.actionOrder ?? ActionOrder.DUE_DATE_ASC, first: 1 }, true)).totalCount;
    if (kind === 'ASSIGNMENTS') return (await this.assignments.list(fresh, { filter: parameters.assignmentFilter ?? {}, orderBy: parameters.assignmentOrder ?? AssignmentOrder.DUE_DATE_ASC, first: 1 }, true)).totalCount;
    const want = { withCount: true, lean: true, organisation: false, theme: false, stats: false };
    return (await this.bottlenecks.list(fresh, { ...this.bottleneckArgs(parameters), first: 1 }, want)).totalCount;
  }

  /** The bottlenecks of the export, a page at a time, each page read with fresh loaders. */
  private async *bottleneckItems(caller: Caller, parameters: ExportParameters): AsyncGenerator<{ page: Caller; items: Bottleneck[] }> {
    if (parameters.reference) {
      const page = { ...caller, loaders: new LoaderRegistry() };
      const bottleneck = await this.bottlenecks.byReference(page, parameters.reference);
      if (bottleneck) yield { page, items: [bottleneck] };
      return;
    }
    const want = { withCount: false, lean: false, organisation: true, theme: true, stats: true };
    yield* prefetched(caller, (page, after) => this.bottlenecks.list(page, { ...this.bottleneckArgs(parameters), first: PAGE, after }, want));
  }

  private async *bottleneckPages(caller: Caller, parameters: ExportParameters): AsyncGenerator<BottleneckRecord[]> {
    for await (const { page, items } of this.bottleneckItems(caller, parameters)) {
      yield Promise.all(
        items.map(async (bottleneck): Promise<BottleneckRecord> => {
          const [agenda, theme, reporter, stats, duplicate, links, documents] = await Promise.all([
            this.bottlenecks.agendaOf(page, bottleneck),
            bottleneck.themeId ? this.themes.loader(page.loaders).load(bottleneck.themeId) : null,
            this.organisations.loader(page.loaders).load(bottleneck.reportingOrganisationId),
            this.bottlenecks.statsLoader(page.loaders).load(bottleneck.id),
            bottleneck.duplicateOfId ? this.bottlenecks.visible(page, bottleneck.duplicateOfId) : null,
            this.links.of(page, bottleneck.id),
            this.attachments.of(page.loaders, 'BOTTLENECK', bottleneck.id),
          ]);
          return {
            bottleneck,
            agenda,
            theme,
            reporter: reporter!,
            actionCount: stats.actionCount,
            progress: stats.progressAverage,
            duplicateOf: duplicate?.reference ?? null,
            sameObstacle: links.filter((l) => l.link.type === 'SAME_OBSTACLE_OTHER_BORDER').map((l) => l.other.reference),
            documents,
          };
        }),
      );
    }
  }

  private async actionRecords(page: Caller, actions: Action[]): Promise<ActionRecord[]> {
    return Promise.all(
      actions.map(async (action) => {
        const ids = await this.actions.bottleneckIds(page.loaders, action.id);
        const addressed = await Promise.all(ids.map((id) => this.bottlenecks.visible(page, id)));
        return {
          action,
          owner: (await this.organisations.loader(page.loaders).load(action.ownerOrganisationId))!,
          bottlenecks: addressed.flatMap((b) => (b ? [b.reference] : [])).sort(),
          overdue: this.actions.isOverdue(action),
          documents: await this.attachments.of(page.loaders, 'ACTION', action.id),
        };
      }),
    );
  }

  /** The actions of the exported bottlenecks, each once (an action may serve several). */
  private async *actionsOfBottlenecks(caller: Caller, parameters: ExportParameters): AsyncGenerator<ActionRecord[]> {
    const seen = new Set<string>();
    for await (const { page, items } of this.bottleneckItems(caller, parameters)) {
      const lists = await Promise.all(items.map((b) => this.actions.ofBottleneck(page.loaders, b.id)));
      const fresh = lists.flat().filter((a) => !seen.has(a.id) && seen.add(a.id));
      yield this.actionRecords(page, fresh);
    }
  }

  private async *actionPages(caller: Caller, parameters: ExportParameters): AsyncGenerator<ActionRecord[]> {
    const pages = prefetched(caller, (page, after) => this.actions.list(page, { filter: parameters.actionFilter ?? {}, orderBy: parameters.actionOrder ?? ActionOrder.DUE_DATE_ASC, first: PAGE, after }, false));
    for await (const { page, items } of pages) yield this.actionRecords(page, items);
  }

  private async assignmentRecords(page: Caller, assignments: Assignment[]): Promise<AssignmentRecord[]> {
    const records = await Promise.all(
      assignments.map(async (assignment) => {
        // An agenda's export holds the questions about its bottlenecks; those about consultations belong to no agenda.
        const bottleneck = assignment.bottleneckId ? await this.bottlenecks.visible(page, assignment.bottleneckId) : null;
        if (!bottleneck) return null;
        const answers = await this.assignments.answers(page.loaders, assignment.id);
        const [ministry, documents] = await Promise.all([this.organisations.loader(page.loaders).load(assignment.ministryId), this.attachments.of(page.loaders, 'ASSIGNMENT', assignment.id)]);
        return { assignment, bottleneck: bottleneck.reference, ministry: ministry!, answer: answers.at(-1) ?? null, documents };
      }),
    );
    return records.filter((r): r is AssignmentRecord => r !== null);
  }

  private async *assignmentsOfBottlenecks(caller: Caller, parameters: ExportParameters): AsyncGenerator<AssignmentRecord[]> {
    for await (const { page, items } of this.bottleneckItems(caller, parameters)) {
      const lists = await Promise.all(items.map((b) => this.assignments.of(page.loaders, 'bottleneckId', b.id)));
      yield this.assignmentRecords(page, lists.flat());
    }
  }

  private async *assignmentPages(caller: Caller, parameters: ExportParameters): AsyncGenerator<AssignmentRecord[]> {
    const pages = prefetched(caller, (page, after) => this.assignments.list(page, { filter: parameters.assignmentFilter ?? {}, orderBy: parameters.assignmentOrder ?? AssignmentOrder.DUE_DATE_ASC, first: PAGE, after }, false));
    for await (const { page, items } of pages) yield this.assignmentRecords(page, items);
  }
}

class ExportCancelled extends Error {}

/**
 * The pages of a list, each read with fresh loaders (so memory does not grow
 * with the export); the next page is asked for while the current one is
 * being written.
 */
async function* prefetched<T>(caller: Caller, read: (page: Caller, after: string | null) => Promise<ConnectionShape<T>>): AsyncGenerator<{ page: Caller; items: T[] }> {
  const fetch = (after: string | null) => {
    const page = { ...caller, loaders: new LoaderRegistry() };
    return read(page, after).then((connection) => ({ page, connection }));
  };
  let next: Promise<{ page: Caller; connection: ConnectionShape<T> }> | null = fetch(null);
  while (next) {
    const { page, connection }: { page: Caller; connection: ConnectionShape<T> } = await next;
    next = connection.pageInfo.hasNextPage ? fetch(connection.pageInfo.endCursor) : null;
    // A page asked for ahead is not left unhandled when the export stops early.
    next?.catch(() => undefined);
    yield { page, items: connection.edges.map((e) => e.node) };
  }
}

function cellsOf<R>(columns: ExportColumn<R>[], row: R, labels: Labels): CellValue[] {
  return columns.map((c) => c.cell(row, labels));
}
