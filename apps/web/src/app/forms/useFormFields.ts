import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem, FieldProblem } from '@web/app/api-errors';

/** What a form field needs from its form: an id to be linked to, its label, and its error in the words of that label. */
export interface FieldProps {
  id: string;
  label: string;
  error: string | null;
}

/** One line of the error summary: the message and the id of the field it links to (null when the form has no such field). */
export interface SummaryItem {
  id: string | null;
  message: string;
}

export interface FormFields<K extends string = string> {
  /** The problem shown; a new one (each failed attempt) moves focus to the summary again. */
  problem: ApiProblem | null;
  field(key: K): FieldProps;
  /** Every problem, in the order of the form's fields; problems of fields the form does not show come last. */
  summary: SummaryItem[];
}

/**
 * The fields of one form, declared once with their labels: each field's
 * error names the field by the label the user sees next to it (the API's
 * rule and parameters, worded here), and the error summary lists every
 * problem in form order with a link to its field.
 */
export function useFormFields<K extends string>(problem: ApiProblem | null, labels: Record<K, string>): FormFields<K> {
  const { t, i18n } = useTranslation('errors');
  const prefix = useId();
  const idOf = (key: string) => `${prefix}-${key.replace(/\W/g, '-')}`;
  const message = (found: FieldProblem, label: string | undefined) =>
    label && found.rule && i18n.exists(`errors:validation.${found.rule}`) ? t(`errors:validation.${found.rule}`, { ...found.params, field: label }) : found.message;
  const problems = problem?.fields ?? {};
  const keys = Object.keys(labels) as K[];
  const summary: SummaryItem[] = [
    ...keys.filter((key) => problems[key]).map((key) => ({ id: idOf(key), message: message(problems[key], labels[key]) })),
    ...Object.entries(problems)
      .filter(([key]) => !(key in labels))
      .map(([, found]) => ({ id: null, message: message(found, undefined) })),
  ];
  return {
    problem,
    field: (key: K) => ({ id: idOf(key), label: labels[key], error: problems[key] ? message(problems[key], labels[key]) : null }),
    summary,
  };
}
