/**
 * The error codes a client can rely on (`extensions.code`). Each has a message
 * per language in libs/shared/i18n/locales/<lang>/errors.json.
 */
export enum ErrorCode {
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/**
 * Base of every module's own exception. It carries a code and the parameters
 * of its message; the GraphQL layer turns it into an error in the caller's
 * language. Never put stack traces, SQL or personal data in `params`.
 */
export class AppException extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number | boolean | null> = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}
