import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';

/** The portal's notion of "now" and "today" (Europe/Amsterdam). Tests and drills can shift it with CLOCK_OFFSET_S. */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    return new Date(Date.now() + this.config.clockOffsetS * 1000);
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

export function toLocalDate(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
