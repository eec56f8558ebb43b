import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { LOGGER } from '@api/core/logging/logger';
import { closeSqlWindow, openSqlWindow } from '@api/database/sql-counter';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** stately: at most one waiting and one running (ticks); standard: every job sent runs. */
  policy: 'stately' | 'standard';
  pollingIntervalSeconds: number;
  expireInSeconds: number;
  retryLimit: number;
  /** A cron schedule (and its time zone) for jobs that run by the clock. */
  cron?: { pattern: string; tz?: string };
  run: (data: T) => Promise<void>;
}

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
 * The portal's one pg-boss, in PostgreSQL: modules define their jobs while
 * the application is set up (onModuleInit at the latest), and the queue
 * starts them when the application has booted — when the scheduler is
 * enabled in this process (SCHEDULER_ENABLED). Every API process may run
 * it: pg-boss fires each cron tick once across all of them and hands each
 * job to one worker.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;
  private readonly jobs: JobDefinition[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get enabled(): boolean {
    return this.config.schedulerEnabled;
  }

  define<T extends object>(job: JobDefinition<T>): void {
    this.jobs.push(job as unknown as JobDefinition);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled || !this.jobs.length) return;
    const boss = new PgBoss({ connectionString: this.config.database.url, schema: 'pgboss', max: 3, application_name: 'grensportaal-jobs' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job scheduler error'));
    await boss.start();
    for (const job of this.jobs) {
      const queue = { name: job.name, policy: job.policy, retryLimit: job.retryLimit, retryDelay: 30, retryBackoff: true, expireInSeconds: job.expireInSeconds };
      await boss.createQueue(job.name, queue);
      // createQueue leaves an existing queue as it was: a changed setting (a shorter expiry) reaches it this way.
      await boss.updateQueue(job.name, queue);
      if (job.cron) await boss.schedule(job.name, job.cron.pattern, {}, job.cron.tz ? { tz: job.cron.tz } : {});
      await boss.work<object>(job.name, { pollingIntervalSeconds: job.pollingIntervalSeconds, batchSize: 1 }, async ([item]) => background(() => job.run(item?.data ?? {})));
    }
    this.boss = boss;
    this.logger.info({ jobs: this.jobs.map((j) => j.name) }, 'job scheduler started');
  }

  /** Asks for a run of `name` now; false when this process runs no scheduler (the caller then does the work itself or leaves it to the next tick). */
  async send(name: string, data: object = {}): Promise<boolean> {
    if (!this.boss) return false;
    await this.boss.send(name, data);
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
