import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { I18nService } from '@api/core/i18n/i18n.service';
import { Logger, LOGGER } from '@api/core/logging/logger';
import { ContextRequest } from '@api/core/logging/request-context';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { AppException, ErrorCode } from './app.exception';
import { classifyError } from './error-classification';
import { sendError } from './error-response';
import { httpStatusOf } from './error-status';

/** Nest's own HTTP errors (an unknown route, a bad parameter) by their status. */
const HTTP_CODES: Record<number, string> = { 400: ErrorCode.BAD_REQUEST, 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: ErrorCode.ROUTE_NOT_FOUND, 413: ErrorCode.PAYLOAD_TOO_LARGE };

/**
 * The one exception filter, for GraphQL resolvers and REST routes alike:
 * whatever is thrown becomes an error with a stable `extensions.code`. An
 * AppException keeps its code; a database that is out of reach becomes
 * SERVICE_UNAVAILABLE; a value the database cannot take becomes
 * BAD_USER_INPUT; anything else is logged in full and reaches the client as
 * INTERNAL_SERVER_ERROR with nothing of its insides. GraphQL errors are
 * translated later, by the error translation plugin; REST errors here, in the
 * same shape.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'graphql') return this.graphql(exception, GqlArgumentsHost.create(host).getContext<GraphQLContext>());
    const http = host.switchToHttp();
    this.rest(exception, http.getRequest<ContextRequest>(), http.getResponse<Response>());
  }

  private typed(exception: unknown, log: Logger): AppException {
    const known = classifyError(exception);
    if (known) {
      if (known.code === ErrorCode.SERVICE_UNAVAILABLE && !(exception instanceof AppException)) log.warn({ err: exception }, 'the database is out of reach');
      return known;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new AppException(HTTP_CODES[exception.getStatus()] ?? ErrorCode.BAD_REQUEST, { detail: exception.message });
    }
    log.error({ err: exception }, 'unexpected error');
    return new AppException(ErrorCode.INTERNAL_SERVER_ERROR);
  }

  private graphql(exception: unknown, ctx: GraphQLContext | undefined): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    const error = this.typed(exception, ctx?.req?.ctx?.log ?? this.logger);
    if (error.code === ErrorCode.BAD_USER_INPUT && !('fields' in error.details)) error.details['fields'] = [];
    return new GraphQLError(error.code, { extensions: { code: error.code, params: error.params, ...error.details } });
  }

  private rest(exception: unknown, req: ContextRequest, res: Response): void {
    const error = this.typed(exception, req.ctx?.log ?? this.logger);
    sendError(this.i18n, req, res, httpStatusOf(error.code), error.code, error.params, error.details, this.config.nodeEnv === 'production');
  }
}
