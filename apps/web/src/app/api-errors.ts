import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** What the API said went wrong, ready for the form that sent the request. */
export interface ApiProblem {
  code: string;
  /** Already translated by the API, in the interface language. */
  message: string;
  /** Field path without the argument (title, translations.0.text) → the rule it broke and the API's translated message. */
  fields: Record<string, FieldProblem>;
  /** For CONFLICT: the fields someone else changed, and the version now stored. */
  changedFields: string[];
  currentVersion: number | null;
}

/** One field's problem: the rule and its parameters let the form word it with the field's own label. */
export interface FieldProblem {
  rule: string;
  params: Record<string, unknown>;
  message: string;
}

interface WireFieldProblem {
  field: string;
  rule?: string;
  params?: Record<string, unknown>;
  message?: string;
}

interface WireError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The API's errors, whether they came as a GraphQL result, in the body of a non-2xx response, or as a REST route's parsed error body. */
function wireErrors(error: unknown): WireError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as WireError[];
  // The parsed body of a REST route's error response (an upload).
  if (error && typeof error === 'object' && Array.isArray((error as { errors?: unknown }).errors)) return (error as { errors: WireError[] }).errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: WireError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** The codes of the API's errors in a failed request (none for a network failure). */
export function errorCodes(error: unknown): string[] {
  return wireErrors(error).map((e) => String(e.extensions?.['code'] ?? ''));
}

/** Reads an Apollo error; network failures become NETWORK with the given translated message. */
export function apiProblem(error: unknown, networkMessage: string): ApiProblem {
  const first = wireErrors(error)[0];
  if (!first) return { code: 'NETWORK', message: networkMessage, fields: {}, changedFields: [], currentVersion: null };
  const extensions = first.extensions ?? {};
  const fields: Record<string, FieldProblem> = {};
  for (const f of (extensions['fields'] as WireFieldProblem[] | undefined) ?? []) {
    const path = f.field.replace(/^(input|filter)\./, '');
    fields[path] ??= { rule: f.rule ?? '', params: f.params ?? {}, message: f.message ?? first.message };
  }
  return {
    code: typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR',
    message: first.message ?? networkMessage,
    fields,
    changedFields: Array.isArray(extensions['changedFields']) ? (extensions['changedFields'] as string[]) : [],
    currentVersion: typeof extensions['currentVersion'] === 'number' ? extensions['currentVersion'] : null,
  };
}

/** A problem found in the browser before anything was sent, worded by the same rules as the API's. */
export function formProblem(errors: ReadonlyArray<{ field: string; rule: string; params?: Record<string, unknown> }>): ApiProblem | null {
  if (errors.length === 0) return null;
  return {
    code: 'BAD_USER_INPUT',
    message: '',
    fields: Object.fromEntries(errors.map((e) => [e.field, { rule: e.rule, params: e.params ?? {}, message: '' }])),
    changedFields: [],
    currentVersion: null,
  };
}
