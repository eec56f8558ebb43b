import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { LOGGER } from '@api/core/logging/logger';
import { JobScheduler } from './job-scheduler.service';
import { NOTIFICATION_CHANNEL } from './notification.service';

type Listener = () => void;
interface Subscription {
  listener: Listener;
  /** Ends the subscriber's stream (the process is shutting down). */
  end: () => void;
}

/**
 * Hears, through PostgreSQL LISTEN, of every notification committed by any API
 * process, and wakes the open streams of its recipients in this process (and
 * asks for an e-mail round). One connection per process; it reconnects after
 * losing the database, and streams catch up by reading, never by replaying.
 */
@Injectable()
export class NotificationHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private readonly listeners = new Map<string, Set<Subscription>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly scheduler: JobScheduler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  /** Calls `listener` whenever `userId` gets a notification, `end` when the process stops serving; returns the unsubscribe. */
  subscribe(userId: string, listener: Listener, end: () => void): () => void {
    let set = this.listeners.get(userId);
    if (!set) {
      set = new Set();
      this.listeners.set(userId, set);
    }
    const subscription = { listener, end };
    set.add(subscription);
    return () => {
      set.delete(subscription);
      if (!set.size) this.listeners.delete(userId);
    };
  }

  /** Ends every open stream of this process (at the end of the shutdown drain: browsers reconnect elsewhere). */
  endStreams(): void {
    for (const set of [...this.listeners.values()]) for (const subscription of [...set]) subscription.end();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.database.url, application_name: 'grensportaal-notifications', keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel !== NOTIFICATION_CHANNEL) return;
      void this.scheduler.nudgeMail();
      for (const userId of (message.payload ?? '').split(',')) for (const subscription of this.listeners.get(userId) ?? []) subscription.listener();
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'notification listener lost the database; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'notification listener could not connect; retrying');
      this.reconnect(client);
    }
  }

  private reconnect(client: Client): void {
    if (this.client === client) this.client = undefined;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, 2000);
    this.retry.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
