import type { TFunction } from 'i18next';
import { paths } from '@grensportaal/shared-domain';
import type { Formatter } from '@grensportaal/shared-i18n';
import type { Run } from './report-document';
import type { ReportText } from './report-sql';

/** What every report builder writes with: the reader's translations and formats, and the portal's address for links. */
export interface Writer {
  t: TFunction;
  format: Formatter;
  publicUrl: string;
}

/** A bottleneck's reference, linked to its page in the portal. */
export function referenceRun(w: Writer, reference: string): Run {
  return reference ? { text: reference, link: `${w.publicUrl}${paths.bottleneck(reference)}` } : { text: '–' };
}

/** A list of the portal with filters, e.g. the bottlenecks of an agenda in a status. */
export function listLink(w: Writer, query: Record<string, string>): string {
  return `${w.publicUrl}${paths.bottlenecks(query)}`;
}

/** A figure, linked to the list behind it. */
export function figureRun(w: Writer, value: number, query: Record<string, string>): Run {
  return { text: w.format.number(value), link: listLink(w, query) };
}

/** A text of the register; one that exists only in another language is marked as such (and tagged with its language). */
export function textRuns(w: Writer, value: ReportText | null): Run[] {
  if (!value) return [{ text: '–' }];
  if (!value.onlyIn) return [{ text: value.text }];
  return [
    { text: value.text, lang: value.onlyIn },
    { text: ` (${w.t('report:onlyIn', { language: w.t(`common:languageName.${value.onlyIn}`) })})`, italic: true },
  ];
}

export const cell = (value: string): Run[] => [{ text: value }];
