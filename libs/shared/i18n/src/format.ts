import type { Language } from '@grensportaal/shared-domain';

/** The locale behind each interface language: day-month-year everywhere, as readers in these countries expect. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', de: 'de-DE', en: 'en-GB' };

/** The portal's calendar and clock are those of the Netherlands. */
export const TIME_ZONE = 'Europe/Amsterdam';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Formatter {
  language: Language;
  locale: string;
  /** A calendar date (YYYY-MM-DD) or an instant, as a date: "5 June 2026", "5 juni 2026", "5. Juni 2026". */
  date(value: string | Date): string;
  /** An instant with its time of day in Amsterdam. */
  dateTime(value: string | Date): string;
  number(value: number): string;
  /** A file size: "840 kB", "2.4 MB" (decimal units, as file managers show them). */
  bytes(value: number): string;
  /** 0–100 as a percentage. */
  percent(value: number): string;
}

const cache = new Map<Language, Formatter>();

/**
 * Dates, times and numbers in a reader's language, the same for the web app
 * and for what the API writes (e-mails, notifications): one module, so a day
 * is never printed two ways.
 */
export function formatterFor(language: Language): Formatter {
  const known = cache.get(language);
  if (known) return known;
  const locale = LOCALES[language];
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  // A calendar day is shown as that day wherever the reader is: noon UTC lies on the same day in Amsterdam.
  const instant = (value: string | Date) => (value instanceof Date ? value : CALENDAR_DAY.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value));
  const formatter: Formatter = {
    language,
    locale,
    date: (value) => date.format(instant(value)),
    dateTime: (value) => dateTime.format(instant(value)),
    number: (value) => number.format(value),
    percent: (value) => percent.format(value / 100),
    bytes: (value) => (value < 1_000_000 ? kilobytes.format(Math.max(1, Math.round(value / 1000))) : megabytes.format(value / 1_000_000)),
  };
  cache.set(language, formatter);
  return formatter;
}

/** A day in Amsterdam as YYYY-MM-DD. */
export function calendarDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The part of an i18next instance that takes named formats ({{count, number}}, {{dueDate, date}}). */
interface FormatsHost {
  services: { formatter?: { add(name: string, format: (value: unknown, lng: string | undefined) => string): void } };
}

/**
 * Makes `{{value, number}}` and `{{value, date}}` in the locale files print
 * through formatterFor, in the web app and in the API's e-mails alike.
 */
export function addPortalFormats(instance: FormatsHost): void {
  const of = (lng: string | undefined) => formatterFor(lng === 'nl' || lng === 'de' ? lng : 'en');
  instance.services.formatter?.add('number', (value, lng) => of(lng).number(Number(value)));
  instance.services.formatter?.add('date', (value, lng) => of(lng).date(value as string | Date));
}
