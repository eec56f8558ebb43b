import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { ContextRequest } from '@api/core/logging/request-context';
import { Caller } from './caller';

/** The authenticated Caller of a @Roles(...) REST route (the access guard has established it). */
export const RequestCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<ContextRequest>().caller;
  if (!caller?.user) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
  return caller;
});
