import { Language } from '@grensportaal/shared-domain';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ErrorCode } from './app.exception';

/** Codes graphql-js and Apollo produce themselves; their English text becomes the `detail`. */
const PROTOCOL_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'INVALID_VARIABLES',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
};

/** Protocol codes that are reported under the code clients know them by. */
const SAME_AS: Record<string, string> = {
  OPERATION_RESOLUTION_FAILURE: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
};

/** "Did you mean …?" suggestions name parts of the schema; with introspection off they must not enumerate it. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export interface RawError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface FormatOptions {
  language: Language;
  requestId: string;
  /** Production: no schema suggestions in messages. */
  production: boolean;
  /** Called for a code that has no message (it is then reported as INTERNAL_SERVER_ERROR). */
  onUnknownCode?: (code: string) => void;
}

/**
 * The one place where error codes become messages, for GraphQL and REST
 * alike: in the caller's language, with the request id for support, field
 * errors naming their field and rule, and nothing of the server's insides.
 */
export function formatError(i18n: I18nService, error: RawError, options: FormatOptions): { message: string; extensions: Record<string, unknown> } {
  const { language, requestId } = options;
  const extensions = { ...(error.extensions ?? {}) } as Record<string, unknown>;
  delete extensions['stacktrace'];
  delete extensions['exception'];
  delete extensions['http'];
  let code = typeof extensions['code'] === 'string' ? (extensions['code'] as string) : ErrorCode.INTERNAL_SERVER_ERROR;
  const params = (extensions['params'] as Record<string, unknown> | undefined) ?? {};
  let key = code;
  let detail: string | undefined = typeof params['detail'] === 'string' ? (params['detail'] as string) : undefined;
  if (/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(error.message)) {
    code = 'QUERY_TOO_LARGE';
    key = code;
  } else if (!('params' in extensions) && PROTOCOL_CODES[code]) {
    key = PROTOCOL_CODES[code];
    detail = error.message;
    code = SAME_AS[code] ?? code;
  } else if (!i18n.exists(language, `errors:${code}`)) {
    options.onUnknownCode?.(code);
    code = ErrorCode.INTERNAL_SERVER_ERROR;
    key = code;
  }
  if (detail !== undefined && options.production) detail = detail.replace(SUGGESTION, '');
  const shown: Record<string, unknown> = { ...params, detail };
  if (code === ErrorCode.ILLEGAL_TRANSITION) {
    // Statuses and steps by their names in the caller's language.
    const set = String(params['statusSet'] ?? 'bottleneckStatus');
    shown['status'] = i18n.t(language, `register:${set}.${String(params['status'])}`);
    shown['transition'] = i18n.t(language, `register:transition.${String(params['transition'])}`);
    const allowed = String(params['allowed'] ?? '').split(',').filter(Boolean);
    shown['allowed'] = allowed.length ? allowed.map((t) => i18n.t(language, `register:transition.${t}`)).join(', ') : i18n.t(language, 'register:none');
  }
  const message = i18n.t(language, `errors:${key}`, { ...shown, requestId });
  if (Array.isArray(extensions['fields'])) {
    // Field errors: each names its field (in the caller's language) and the rule it broke.
    extensions['fields'] = (extensions['fields'] as Array<{ field: string; rule: string; params?: Record<string, unknown> }>).map((f) => {
      const name = f.field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? f.field;
      const label = i18n.exists(language, `errors:fields.${name}`) ? i18n.t(language, `errors:fields.${name}`) : name;
      const ruleKey = i18n.exists(language, `errors:validation.${f.rule}`) ? f.rule : 'nestedValidation';
      return { ...f, message: i18n.t(language, `errors:validation.${ruleKey}`, { ...(f.params ?? {}), field: label }) };
    });
  }
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) delete extensions['params'];
  return { message, extensions: { ...extensions, code, requestId } };
}
