import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Role } from '@grensportaal/shared-domain';
import { classifyError } from '@api/core/errors/error-classification';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Logger, LOGGER } from '@api/core/logging/logger';
import { ContextRequest } from '@api/core/logging/request-context';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { AuthErrorCode, AuthException } from './auth.exception';
import { Authenticator } from './authenticator.service';
import { CurrentUser } from './current-user';
import { RateLimitService } from './rate-limit.service';

interface Declaration {
  isPublic: boolean;
  roles: Role[] | undefined;
}

/**
 * Runs before every GraphQL operation and every HTTP route: establishes the
 * caller from the bearer token (once per request) and enforces the declared
 * access (@Public or @Roles, on the method or its class). Anything without a
 * declaration is refused: deny by default, for GraphQL and REST alike.
 * Changes (mutations, and HTTP methods other than GET and HEAD) count against
 * the caller's rate limit. Every refusal is logged with user, operation and
 * reason.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly authentications = new WeakMap<object, Promise<CurrentUser | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly rateLimit: RateLimitService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const declaration: Declaration = {
      isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
    };
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const ctx = gql.getContext<GraphQLContext>();
      const info = gql.getInfo<GraphQLResolveInfo>();
      const user = await this.check(ctx.req, ctx, declaration, `${info.parentType.name}.${info.fieldName}`, info.operation.operation === 'mutation');
      if (user) ctx.user = user;
      return true;
    }
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<ContextRequest>();
      const user = await this.check(req, req, declaration, `${req.method} ${req.route?.path ?? req.path}`, req.method !== 'GET' && req.method !== 'HEAD');
      req.caller = { user: user ?? undefined, language: req.ctx.language, loaders: new LoaderRegistry() };
      return true;
    }
    throw new AuthException(AuthErrorCode.FORBIDDEN);
  }

  /** Authenticates (once per `key`: a GraphQL request has many guarded fields) and applies the declaration. */
  private async check(req: ContextRequest, key: object, declaration: Declaration, operation: string, isChange: boolean): Promise<CurrentUser | null> {
    try {
      let authentication = this.authentications.get(key);
      if (!authentication) {
        authentication = this.authenticator.authenticate(req.header('authorization'));
        this.authentications.set(key, authentication);
      }
      const user = await authentication;
      if (user) req.ctx.userId = user.id;
      if (declaration.isPublic) return user;
      if (!declaration.roles || declaration.roles.length === 0) throw new AuthException(AuthErrorCode.FORBIDDEN, { reason: 'no access declaration' });
      if (!user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED, { reason: 'no token' });
      if (!user.organisation) throw new AuthException(AuthErrorCode.ORGANISATION_UNKNOWN);
      if (!declaration.roles.some((role) => user.roles.includes(role))) throw new AuthException(AuthErrorCode.FORBIDDEN, { reason: 'role' });
      if (isChange) await this.rateLimit.consumeMutation(user.id);
      return user;
    } catch (error) {
      if (error instanceof AuthException) {
        req.ctx.log.warn({ userId: req.ctx.userId, operation, code: error.code, reason: error.params['reason'] ?? error.code }, 'access refused');
        // The reason stays in the log; the client gets the code and a translated message.
        delete error.params['reason'];
        throw error;
      }
      const typed = classifyError(error);
      if (typed) throw typed;
      this.logger.error({ err: error, operation }, 'authentication failed unexpectedly');
      throw error;
    }
  }
}
