import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';

/**
 * The portal's notion of "now" and "today" (Europe/Amsterdam). Every time the
 * portal stores comes from here, never from the database's now(), so drills
 * can shift it (CLOCK_OFFSET_S) and the demo seed can replay the past (`at`).
 */
@Injectable()
export class Clock {
  private readonly pinned = new AsyncLocalStorage<Date>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    const pinned = this.pinned.getStore();
    if (pinned) return new Date(pinned);
    return new Date(Date.now() + this.config.clockOffsetS * 1000);
  }

  /** Runs `work` as if it happened at `instant` (only that work sees the pinned time). */
  at<T>(instant: Date, work: () => Promise<T>): Promise<T> {
    return this.pinned.run(instant, work);
  }

  /** Today's date in Amsterdam, as YYYY-MM-DD. */
  today(): string {
    return toLocalDate(this.now());
  }

  /** The date `days` after today (Amsterdam). */
  todayPlus(days: number): string {
    const [y, m, d] = this.today().split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  }
}

/** One formatter per time zone: making an Intl formatter costs far more (time and native memory) than using one. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

export function toLocalDate(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, format);
  }
  return format.format(instant);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
