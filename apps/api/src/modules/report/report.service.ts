import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { Language } from '@grensportaal/shared-domain';
import { formatterFor } from '@grensportaal/shared-i18n';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { Caller } from '@api/core/context/caller';
import { I18nService } from '@api/core/i18n/i18n.service';
import { JobQueue } from '@api/core/jobs/job-queue';
import { LOGGER } from '@api/core/logging/logger';
import { ValidationException } from '@api/core/validation/validation';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Conference } from './conference.entity';
import { ConferenceService } from './conference.service';
import { packBlocks } from './conference-pack';
import { GenerateReportInput } from './dto/report.input';
import { GeneratedReport } from './generated-report.entity';
import { readPackData } from './pack-data';
import type { ReportDocument } from './report-document';
import { ReportErrorCode, ReportException } from './report.exception';
import { Writer } from './report-parts';
import { renderOffThread } from './report-render';
import { inSnapshot } from './report-sql';
import { readYearlyData } from './yearly-data';
import { yearlyBlocks } from './yearly-report';

export const REPORT_JOB = 'report-generate';
export type ReportFormat = 'docx' | 'pdf';
/** The longest a report may take; one still running after that was interrupted. */
const STALE_AFTER_S = 30 * 60;
const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Reports written from the record: asked for by anyone for what they may
 * read (drafts are never in a report), generated as a job (pg-boss; in
 * this process when it runs no scheduler), stored with the state of the
 * register they were written from, and downloadable by whoever may read
 * every agenda in them.
 */
@Injectable()
export class ReportService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  /** Reports this process writes without a scheduler, one after the other (as the job queue does: one report's memory at a time); shutting down waits for them. */
  private inProcess: Promise<void> = Promise.resolve();

  constructor(
    private readonly writes: RegisterWrites,
    private readonly agendas: AgendaService,
    private readonly conferences: ConferenceService,
    private readonly i18n: I18nService,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ id?: string }>({ name: REPORT_JOB, policy: 'standard', retryLimit: 1, expireInSeconds: STALE_AFTER_S, pollingIntervalSeconds: 1, run: async ({ id }) => void (id && (await this.run(id))) });
  }

  /** A report whose process went away while writing it stays "running" forever otherwise: past the job's time limit it is marked failed, so its requester asks again. */
  async onApplicationBootstrap(): Promise<void> {
    const before = new Date(this.writes.clock.now().getTime() - STALE_AFTER_S * 1000);
    await this.writes.dataSource.query(`UPDATE generated_report SET status = 'FAILED', error = 'interrupted', finished_at = $2 WHERE status = 'RUNNING' AND requested_at < $1`, [before, this.writes.clock.now()]);
  }

  async generate(caller: Caller, input: GenerateReportInput): Promise<GeneratedReport> {
    const user = this.writes.user(caller);
    const language: Language = input.language ?? caller.language;
    let agendaId: string | null = null;
    let agendaIds: string[];
    let conferenceId: string | null = null;
    if (input.kind === 'CONFERENCE_PACK') {
      if (!input.conferenceId) throw new ValidationException([{ field: 'input.conferenceId', rule: 'required', params: {} }]);
      const conference = await this.conferences.visible(caller, input.conferenceId);
      if (!conference) throw new ValidationException([{ field: 'input.conferenceId', rule: 'notFound', params: { value: input.conferenceId } }]);
      conferenceId = conference.id;
      agendaId = conference.agendaId;
      agendaIds = [conference.agendaId];
    } else {
      if (!input.year) throw new ValidationException([{ field: 'input.year', rule: 'required', params: {} }]);
      if (input.agendaCode) {
        const agenda = await this.agendas.byCode(caller, input.agendaCode);
        if (!agenda) throw new ValidationException([{ field: 'input.agendaCode', rule: 'notFound', params: { value: input.agendaCode } }]);
        agendaId = agenda.id;
        agendaIds = [agenda.id];
      } else {
        agendaIds = (await this.agendas.list(caller)).map((a) => a.id);
      }
    }
    const repo = this.writes.dataSource.getRepository(GeneratedReport);
    const report = await repo.save(
      repo.create({
        kind: input.kind,
        agendaId,
        agendaIds,
        year: input.kind === 'YEARLY' ? input.year! : null,
        conferenceId,
        language,
        status: 'QUEUED',
        progress: 0,
        requestedById: user.id,
        requestedByName: user.name,
        requestedAt: this.writes.clock.now(),
      }),
    );
    if (!(await this.queue.send(REPORT_JOB, { id: report.id }).catch(() => false))) {
      this.inProcess = this.inProcess.then(() => this.run(report.id)).catch((error: unknown) => this.logger.error({ err: error, report: report.id }, 'report could not be started'));
    }
    return report;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.inProcess;
  }

  /** Writes a queued report; a report already claimed (by another process, or a retry) is left alone. */
  async run(id: string): Promise<void> {
    const ds = this.writes.dataSource;
    const [claimed] = (await ds.query(`UPDATE generated_report SET status = 'RUNNING', progress = 5 WHERE id = $1 AND status = 'QUEUED' RETURNING id`, [id])) as [Array<{ id: string }>, number];
    if (!claimed.length) return;
    const report = (await ds.getRepository(GeneratedReport).findOneBy({ id }))!;
    const progress = (value: number) => ds.query('UPDATE generated_report SET progress = $2 WHERE id = $1', [id, Math.round(value)]);
    try {
      const started = Date.now();
      const stateAt = this.writes.clock.now();
      const { document, lastHistoryId } = await this.write(report, stateAt, progress);
      await progress(70);
      const { docx, pdf } = await renderOffThread(document, () => void progress(85));
      await ds.query(
        `UPDATE generated_report SET status = 'DONE', progress = 100, finished_at = $2, state_at = $3, last_history_id = $4, docx = $5, pdf = $6, docx_size = $7, pdf_size = $8 WHERE id = $1`,
        [id, this.writes.clock.now(), stateAt, lastHistoryId, docx, pdf, docx.length, pdf.length],
      );
      this.logger.info({ report: id, kind: report.kind, ms: Date.now() - started, docx: docx.length, pdf: pdf.length }, 'report generated');
    } catch (error) {
      this.logger.error({ err: error, report: id }, 'report generation failed');
      await ds.query(`UPDATE generated_report SET status = 'FAILED', finished_at = $2, error = $3 WHERE id = $1`, [id, this.writes.clock.now(), String((error as Error)?.message ?? error)]);
    }
  }

  private async write(report: GeneratedReport, stateAt: Date, progress: (value: number) => Promise<unknown>): Promise<{ document: ReportDocument; lastHistoryId: string | null }> {
    const language = report.language;
    const t = this.i18n.fixed(language);
    const format = formatterFor(language);
    const w: Writer = { t, format, publicUrl: this.config.publicUrl };
    const step = (part: number, of: number) => void progress(30 + (part / of) * 35);
    const today = this.writes.clock.today();
    return inSnapshot(this.writes.dataSource.manager, async (tx, lastHistoryId) => {
      const colophon = t('report:colophon', { date: format.dateTime(stateAt), entry: lastHistoryId ?? '0', name: report.requestedByName });
      if (report.kind === 'CONFERENCE_PACK') {
        const conference = (await tx.getRepository(Conference).findOneBy({ id: report.conferenceId! }))!;
        const data = await readPackData(tx, conference, today, language);
        await progress(30);
        const title = t('report:pack.title', { agenda: data.agenda.name });
        const subtitle = t('report:pack.subtitle', { date: format.date(conference.date), place: conference.place });
        return { lastHistoryId, document: { title, subtitle, language, colophon, blocks: packBlocks(w, data, step) } };
      }
      const year = report.year!;
      const data = await readYearlyData(tx, report.agendaIds, year, stateAt, language);
      await progress(30);
      const title = t('report:yearly.title', { year });
      const subtitle = report.agendaId ? data.agendas[0]?.name ?? '' : t('report:yearly.programme', { agendas: data.agendas.map((a) => a.name).join(' · ') });
      return { lastHistoryId, document: { title, subtitle, language, colophon, blocks: yearlyBlocks(w, data, step) } };
    });
  }

  /** Whether the caller may read every agenda in the report. */
  private async readable(caller: Caller, report: GeneratedReport): Promise<boolean> {
    const scope = await this.writes.access.agendaScope(caller);
    return scope.all || report.agendaIds.every((id) => scope.agendaIds.has(id));
  }

  async visible(caller: Caller, id: string): Promise<GeneratedReport | null> {
    const report = await this.writes.dataSource.getRepository(GeneratedReport).findOneBy({ id });
    return report && (await this.readable(caller, report)) ? report : null;
  }

  /** The reports the caller may read, latest first: of one agenda (its yearly reports and conference packs), or all. */
  async list(caller: Caller, agendaCode: string | null, limit = 50): Promise<GeneratedReport[]> {
    const scope = await this.writes.access.agendaScope(caller);
    const agenda = agendaCode ? await this.agendas.byCode(caller, agendaCode) : null;
    if (agendaCode && !agenda) return [];
    const query = this.writes.dataSource.getRepository(GeneratedReport).createQueryBuilder('r').orderBy('r.requested_at', 'DESC').limit(limit);
    if (agenda) query.andWhere('r.agenda_id = :agenda', { agenda: agenda.id });
    if (!scope.all) query.andWhere('r.agenda_ids <@ :ids::uuid[]', { ids: [...scope.agendaIds] });
    return query.getMany();
  }

  /** The finished file, for a caller who may read every agenda in it. */
  async file(caller: Caller, id: string, format: ReportFormat): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
    const report = await this.visible(caller, id);
    if (!report || report.status !== 'DONE') throw new ReportException(ReportErrorCode.REPORT_NOT_FOUND);
    const [row]: Array<{ bytes: Buffer }> = await this.writes.dataSource.query(`SELECT ${format === 'pdf' ? 'pdf' : 'docx'} AS bytes FROM generated_report WHERE id = $1`, [id]);
    const t = this.i18n.fixed(report.language);
    const agenda = report.agendaId ? (await this.agendas.loader(caller.loaders).load(report.agendaId))?.code : null;
    const conference = report.conferenceId ? await this.writes.dataSource.getRepository(Conference).findOneBy({ id: report.conferenceId }) : null;
    const what = report.kind === 'YEARLY' ? `${t('report:file.yearly')}-${report.year}` : `${t('report:file.pack')}-${conference?.date ?? ''}`;
    const fileName = `Grensportaal-${what}-${agenda ?? t('report:file.programme')}-${report.language}.${format}`.replace(/[^A-Za-z0-9._-]+/g, '-');
    return { bytes: row.bytes, fileName, contentType: CONTENT_TYPES[format] };
  }
}
