import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@grensportaal/shared-domain';
import { calendarDay, formatterFor, type Formatter } from '@grensportaal/shared-i18n';

/** Dates, times and numbers in the interface language, exactly as the API prints them in e-mails. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return formatterFor(language);
}

/** Today in Amsterdam as YYYY-MM-DD (the portal's calendar). */
export function today(): string {
  return calendarDay(new Date());
}

/** The date `days` after today (YYYY-MM-DD). */
export function todayPlus(days: number): string {
  const [y, m, d] = today().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
