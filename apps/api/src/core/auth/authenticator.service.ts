import { Injectable } from '@nestjs/common';
import { UserService } from '@api/modules/user/user.service';
import { AuthErrorCode, AuthException } from './auth.exception';
import { CurrentUser } from './current-user';
import { TokenVerifier } from './token-verifier.service';

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*)$/i;

/** From an Authorization header to the current user, or a typed refusal. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly users: UserService,
  ) {}

  async authenticate(authorization: string | undefined): Promise<CurrentUser | null> {
    if (authorization === undefined || authorization === '') return null;
    const match = BEARER.exec(authorization.trim());
    if (!match) throw new AuthException(AuthErrorCode.UNAUTHENTICATED, { reason: 'malformed Authorization header' });
    const claims = await this.verifier.verify(match[1]);
    return this.users.fromClaims(this.verifier.issuer, claims);
  }
}
