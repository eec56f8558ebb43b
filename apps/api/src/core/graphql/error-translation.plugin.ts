import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { DEFAULT_LANGUAGE, Language } from '@grensportaal/shared-domain';
import { I18nService } from '../i18n/i18n.service';
import { GraphQLContext } from './graphql-context';
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

/**
 * The one place where error codes become messages: in the caller's language,
 * with the request id for support, and without stack traces or internals.
 */
export function errorTranslationPlugin(i18n: I18nService): ApolloServerPlugin<GraphQLContext> {
  const translate = (error: GraphQLFormattedError, language: Language, requestId: string): GraphQLFormattedError => {
    const extensions = { ...(error.extensions ?? {}) } as Record<string, unknown>;
    delete extensions['stacktrace'];
    delete extensions['exception'];
    let code = typeof extensions['code'] === 'string' ? (extensions['code'] as string) : ErrorCode.INTERNAL_SERVER_ERROR;
    const params = (extensions['params'] as Record<string, unknown> | undefined) ?? {};
    let key = code;
    let detail: string | undefined;
    if (/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(error.message)) {
      code = 'QUERY_TOO_LARGE';
      key = code;
    } else if (!('params' in extensions) && PROTOCOL_CODES[code]) {
      key = PROTOCOL_CODES[code];
      detail = error.message;
    } else if (!i18n.exists(language, `errors:${code}`)) {
      code = ErrorCode.INTERNAL_SERVER_ERROR;
      key = code;
    }
    const shown: Record<string, unknown> = { ...params };
    if (code === 'ILLEGAL_TRANSITION') {
      // Statuses and steps by their names in the caller's language.
      const set = String(params['statusSet'] ?? 'bottleneckStatus');
      shown['status'] = i18n.t(language, `register:${set}.${String(params['status'])}`);
      shown['transition'] = i18n.t(language, `register:transition.${String(params['transition'])}`);
      const allowed = String(params['allowed'] ?? '').split(',').filter(Boolean);
      shown['allowed'] = allowed.length ? allowed.map((t) => i18n.t(language, `register:transition.${t}`)).join(', ') : i18n.t(language, 'register:none');
    }
    const message = i18n.t(language, `errors:${key}`, { ...shown, detail, requestId });
    if (Array.isArray(extensions['fields'])) {
      // Field errors: each names its field (in the caller's language) and the rule it broke.
      extensions['fields'] = (extensions['fields'] as Array<{ field: string; rule: string; params?: Record<string, unknown> }>).map((f) => {
        const name = f.field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? f.field;
        const label = i18n.exists(language, `errors:fields.${name}`) ? i18n.t(language, `errors:fields.${name}`) : name;
        const ruleKey = i18n.exists(language, `errors:validation.${f.rule}`) ? f.rule : 'nestedValidation';
        return { ...f, message: i18n.t(language, `errors:validation.${ruleKey}`, { ...(f.params ?? {}), field: label }) };
      });
    }
    return { ...error, message, extensions: { ...extensions, code, requestId } };
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.req.ctx.operationName = operationName ?? '(anonymous)';
        },
        // Errors that reach the response without a code were not thrown by our code (e.g. a value the schema cannot
        // serialise): the client sees INTERNAL_SERVER_ERROR, so the log must say what happened.
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (!error.extensions?.['code']) contextValue?.req?.ctx?.log?.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const language = contextValue?.language ?? DEFAULT_LANGUAGE;
          const requestId = contextValue?.req?.ctx?.id ?? '';
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => translate(e, language, requestId));
        },
      };
    },
  };
}
