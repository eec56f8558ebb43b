import { ArgumentsHost, Catch, HttpException, Inject } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { Logger, LOGGER } from '../logging/logger';
import { GraphQLContext } from './graphql-context';
import { AppException, ErrorCode } from './app.exception';

/**
 * Turns whatever a resolver throws into a GraphQL error with a stable
 * `extensions.code`. Unknown errors are logged in full and reach the client as
 * INTERNAL_SERVER_ERROR with nothing of their insides. The message is
 * translated later, by the error translation plugin.
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof AppException) {
      return new GraphQLError(exception.code, {
        extensions: { code: exception.code, params: exception.params, ...exception.details },
      });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(ErrorCode.BAD_USER_INPUT, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    const ctx = host.getType<string>() === 'graphql' ? GqlArgumentsHost.create(host).getContext<GraphQLContext>() : undefined;
    const log = ctx?.req?.ctx?.log ?? this.logger;
    log.error({ err: exception }, 'unexpected error in resolver');
    return new GraphQLError(ErrorCode.INTERNAL_SERVER_ERROR, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
}
