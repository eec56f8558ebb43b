import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Role } from '@grensportaal/shared-domain';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Logger, LOGGER } from '@api/core/logging/logger';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { AuthErrorCode, AuthException } from './auth.exception';
import { Authenticator } from './authenticator.service';
import { RateLimitService } from './rate-limit.service';

/**
 * Runs before every query and mutation: establishes the caller from the
 * bearer token (once per request) and enforces the operation's declared access
 * (@Public or @Roles). An operation without a declaration is refused. Every
 * refusal is logged with user, operation and reason.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly authentications = new WeakMap<GraphQLContext, ReturnType<Authenticator['authenticate']>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly rateLimit: RateLimitService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // REST routes (/health/*) are public probes; GraphQL is where the data is.
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GraphQLContext>();
    const info = gql.getInfo<GraphQLResolveInfo>();
    const operation = `${info.parentType.name}.${info.fieldName}`;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    try {
      let authentication = this.authentications.get(ctx);
      if (!authentication) {
        authentication = this.authenticator.authenticate(ctx.req.header('authorization'));
        this.authentications.set(ctx, authentication);
      }
      const user = await authentication;
      if (user) {
        ctx.user = user;
        ctx.req.ctx.userId = user.id;
      }
      if (isPublic) return true;
      if (!roles || roles.length === 0) throw new AuthException(AuthErrorCode.FORBIDDEN, { reason: 'no access declaration' });
      if (!user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED, { reason: 'no token' });
      if (!user.organisation) throw new AuthException(AuthErrorCode.ORGANISATION_UNKNOWN);
      if (!roles.some((role) => user.roles.includes(role))) throw new AuthException(AuthErrorCode.FORBIDDEN, { reason: 'role' });
      if (info.operation.operation === 'mutation') await this.rateLimit.consumeMutation(user.id);
      return true;
    } catch (error) {
      if (error instanceof AuthException) {
        ctx.req.ctx.log.warn(
          { userId: ctx.user?.id, operation, code: error.code, reason: error.params['reason'] ?? error.code },
          'access refused',
        );
        // The reason stays in the log; the client gets the code and a translated message.
        delete error.params['reason'];
      } else {
        this.logger.error({ err: error, operation }, 'authentication failed unexpectedly');
      }
      throw error;
    }
  }
}
