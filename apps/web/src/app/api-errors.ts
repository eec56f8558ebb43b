import { CombinedGraphQLErrors } from '@apollo/client';

/** What the API said went wrong, ready for the form that sent the request. */
export interface ApiProblem {
  code: string;
  /** Already translated by the API, in the interface language. */
  message: string;
  /** Field path without the argument (title, translations.0.text) → translated message. */
  fields: Record<string, string>;
  /** For CONFLICT: the fields someone else changed, and the version now stored. */
  changedFields: string[];
  currentVersion: number | null;
}

interface FieldProblem {
  field: string;
  message?: string;
}

/** Reads an Apollo error; network failures become NETWORK with the given translated message. */
export function apiProblem(error: unknown, networkMessage: string): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const fields: Record<string, string> = {};
    for (const f of (extensions['fields'] as FieldProblem[] | undefined) ?? []) {
      const path = f.field.replace(/^(input|filter)\./, '');
      fields[path] ??= f.message ?? first.message;
    }
    return {
      code: typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR',
      message: first?.message ?? networkMessage,
      fields,
      changedFields: Array.isArray(extensions['changedFields']) ? (extensions['changedFields'] as string[]) : [],
      currentVersion: typeof extensions['currentVersion'] === 'number' ? extensions['currentVersion'] : null,
    };
  }
  return { code: 'NETWORK', message: networkMessage, fields: {}, changedFields: [], currentVersion: null };
}
