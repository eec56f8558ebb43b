import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { LOGGER } from '@api/core/logging/logger';
import { Clock } from '@api/core/time/clock';
import { closeSqlWindow, openSqlWindow } from '@api/database/sql-counter';
import { DeadlineService } from './deadline.service';
import { MailOutbox } from './mail-outbox.service';

export const JOBS = {
  /** Sends the e-mails that are due (every minute, and at once after a notification). */
  mail: 'mail-deliver',
  /** Reminders and escalations (every minute). */
  deadlines: 'deadlines-scan',
  /** The daily digest, at 07:00 in Amsterdam. */
  digest: 'digest-daily',
} as const;

/** A job's SQL overlaps requests like another request's would: their statement counts say `overlapped` rather than include it. */
async function background(work: () => Promise<void>): Promise<void> {
  const window = openSqlWindow();
  try {
    await work();
  } finally {
    closeSqlWindow(window);
  }
}

/**
 * The portal's jobs, run by pg-boss in PostgreSQL. Every API process may run
 * the scheduler: pg-boss fires each cron tick once across all of them, the
 * "stately" queues hold at most one waiting and one running job, and the jobs
 * themselves are idempotent (outbox rows sent under a lock, deadline stages
 * and digests claimed by unique keys), so nothing is sent twice.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly outbox: MailOutbox,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedulerEnabled) return;
    const boss = new PgBoss({ connectionString: this.config.database.url, schema: 'pgboss', max: 3, application_name: 'grensportaal-jobs' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job scheduler error'));
    await boss.start();
    for (const name of Object.values(JOBS)) await boss.createQueue(name, { name, policy: 'stately', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 });
    await boss.schedule(JOBS.mail, '* * * * *');
    await boss.schedule(JOBS.deadlines, '* * * * *');
    await boss.schedule(JOBS.digest, '0 7 * * *', {}, { tz: 'Europe/Amsterdam' });
    await boss.work(JOBS.mail, { pollingIntervalSeconds: 2 }, () =>
      background(async () => {
        const result = await this.outbox.deliverDue();
        if (result.sent || result.failed) this.logger.info(result, 'e-mails delivered');
      }),
    );
    await boss.work(JOBS.deadlines, { pollingIntervalSeconds: 10 }, () =>
      background(async () => {
        const reached = await this.deadlines.scan();
        if (reached) this.logger.info({ reached }, 'reminders and escalations written');
      }),
    );
    await boss.work(JOBS.digest, { pollingIntervalSeconds: 10 }, () =>
      background(async () => {
        const written = await this.outbox.queueDigests(this.clock.today(), this.clock.now());
        this.logger.info({ written }, 'daily digests written');
        await this.outbox.deliverDue();
      }),
    );
    this.boss = boss;
    this.logger.info({ jobs: Object.values(JOBS) }, 'job scheduler started');
  }

  /** Asks for a delivery round now (after a notification was committed); harmless when one is already waiting. */
  async nudgeMail(): Promise<void> {
    if (!this.boss) return;
    try {
      await this.boss.send(JOBS.mail, {});
    } catch (error) {
      this.logger.warn({ err: error }, 'could not ask for an e-mail delivery round (the minute job will do it)');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
