import { AppException } from '@api/core/errors/app.exception';

export enum AuthErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  ORGANISATION_UNKNOWN = 'ORGANISATION_UNKNOWN',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  IDENTITY_PROVIDER_UNAVAILABLE = 'IDENTITY_PROVIDER_UNAVAILABLE',
}

export class AuthException extends AppException<AuthErrorCode> {
  constructor(code: AuthErrorCode, params: Record<string, string | number | boolean | null> = {}) {
    super(code, params);
  }
}
