import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_LANGUAGE } from '@grensportaal/shared-domain';
import { formatError } from '@api/core/errors/error-format';
import { isTransient, RETRY_AFTER_S } from '@api/core/errors/error-status';
import { I18nService } from '../i18n/i18n.service';
import { GraphQLContext } from './graphql-context';

/**
 * Translates every GraphQL error into the caller's language (see
 * formatError), and answers HTTP 503 with `Retry-After` when the API could
 * not reach what it needs (the database), so clients and load balancers can
 * tell "try again shortly" from "this is wrong".
 */
export function errorTranslationPlugin(i18n: I18nService, production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.req.ctx.operationName = operationName ?? '(anonymous)';
        },
        // Errors that reach the response without a code were not thrown by our code (e.g. a value the schema cannot
        // serialise): the client sees INTERNAL_SERVER_ERROR, so the log must say what happened.
        async didEncounterErrors({ contextValue, errors, response }) {
          for (const error of errors) {
            if (!error.extensions?.['code']) contextValue?.req?.ctx?.log?.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
          // Set here: the status is fixed before the response is sent.
          if (errors.some((e) => isTransient(String(e.extensions?.['code'])))) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_S));
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const language = contextValue?.language ?? DEFAULT_LANGUAGE;
          const requestId = contextValue?.req?.ctx?.id ?? '';
          const log = contextValue?.req?.ctx?.log;
          const onUnknownCode = (code: string) => log?.error({ code }, 'error code without a message: reported as INTERNAL_SERVER_ERROR');
          const errors = response.body.singleResult.errors.map((e) => ({ ...e, ...formatError(i18n, e, { language, requestId, production, onUnknownCode }) }));
          response.body.singleResult.errors = errors;
        },
      };
    },
  };
}
