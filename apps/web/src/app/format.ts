import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@grensportaal/shared-domain';

/** The locale behind each interface language: day-month-year everywhere, as readers in these countries expect. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', de: 'de-DE', en: 'en-GB' };

/** Dates, times and numbers through Intl in the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const locale = LOCALES[language];
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      language,
      locale,
      /** A calendar date (YYYY-MM-DD) or an instant. */
      date: (value: string) => date.format(/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)),
      dateTime: (value: string) => dateTime.format(new Date(value)),
      number: (value: number) => number.format(value),
      percent: (value: number) => percent.format(value / 100),
    };
  }, [language]);
}

/** Today in Amsterdam as YYYY-MM-DD (the portal's calendar). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The date `days` after today (YYYY-MM-DD). */
export function todayPlus(days: number): string {
  const [y, m, d] = today().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
