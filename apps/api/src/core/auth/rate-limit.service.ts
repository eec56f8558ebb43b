import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AuthErrorCode, AuthException } from './auth.exception';

/**
 * A fixed one-minute window per user, counted in PostgreSQL so the limit holds
 * across all API processes.
 */
@Injectable()
export class RateLimitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async consumeMutation(userId: string): Promise<void> {
    const rows: Array<{ hits: number; retry_after: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket (key, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
       RETURNING hits, ceil(extract(epoch FROM date_trunc('minute', now()) + interval '1 minute' - now()))::int AS retry_after`,
      [`mutation:${userId}`],
    );
    if (Math.random() < 0.01) {
      void this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '10 minutes'`).catch(() => undefined);
    }
    const { hits, retry_after } = rows[0];
    if (hits > this.config.limits.mutationsPerMinute) {
      throw new AuthException(AuthErrorCode.TOO_MANY_REQUESTS, { limit: this.config.limits.mutationsPerMinute, retryAfter: retry_after });
    }
  }
}
