import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { JobQueue } from '@api/core/jobs/job-queue';
import { LOGGER } from '@api/core/logging/logger';
import { Clock } from '@api/core/time/clock';
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

/**
 * The notification jobs, on the portal's job queue: e-mail delivery, the
 * deadline scan and the daily digest. The "stately" queues hold at most one
 * waiting and one running job, and the jobs themselves are idempotent
 * (outbox rows sent under a lock, deadline stages and digests claimed by
 * unique keys), so nothing is sent twice.
 */
@Injectable()
export class JobScheduler implements OnModuleInit {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly queue: JobQueue,
    private readonly outbox: MailOutbox,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A process killed while it runs a job leaves it active, and a stately queue runs nothing else until it expires:
    // the minute jobs take seconds, so theirs expires after two minutes (what they do is claimed row by row, so a
    // slow run overtaken by the next one still sends nothing twice); the digest keeps a quarter of an hour.
    const tick = { policy: 'stately' as const, retryLimit: 3, expireInSeconds: 2 * 60 };
    this.queue.define({
      ...tick,
      name: JOBS.mail,
      cron: { pattern: '* * * * *' },
      pollingIntervalSeconds: 2,
      run: async () => {
        const result = await this.outbox.deliverDue();
        if (result.sent || result.failed) this.logger.info(result, 'e-mails delivered');
      },
    });
    this.queue.define({
      ...tick,
      name: JOBS.deadlines,
      cron: { pattern: '* * * * *' },
      pollingIntervalSeconds: 10,
      run: async () => {
        const reached = await this.deadlines.scan();
        if (reached) this.logger.info({ reached }, 'reminders and escalations written');
      },
    });
    this.queue.define({
      ...tick,
      expireInSeconds: 15 * 60,
      name: JOBS.digest,
      cron: { pattern: '0 7 * * *', tz: 'Europe/Amsterdam' },
      pollingIntervalSeconds: 10,
      run: async () => {
        const written = await this.outbox.queueDigests(this.clock.today(), this.clock.now());
        this.logger.info({ written }, 'daily digests written');
        await this.outbox.deliverDue();
      },
    });
  }

  /** Asks for a delivery round now (after a notification was committed); harmless when one is already waiting. */
  async nudgeMail(): Promise<void> {
    try {
      await this.queue.send(JOBS.mail);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not ask for an e-mail delivery round (the minute job will do it)');
    }
  }
}
