import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { AuthErrorCode, AuthException } from './auth.exception';
import { CurrentUser as CurrentUserModel } from './current-user';

/** The signed-in user of a @Roles(...) operation (the guard has established it). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentUserModel => {
  const user = GqlExecutionContext.create(context).getContext<GraphQLContext>().user;
  if (!user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
  return user;
});
