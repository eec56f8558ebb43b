/**
 * The error codes of the core a client can rely on (`extensions.code`); each
 * module adds its own enum (AuthErrorCode, AgendaErrorCode, …). Every code has
 * a message per language in libs/shared/i18n/locales/<lang>/errors.json (a
 * unit test holds them together).
 */
export enum ErrorCode {
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_REQUEST = 'BAD_REQUEST',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  BAD_CURSOR = 'BAD_CURSOR',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  ROUTE_NOT_FOUND = 'ROUTE_NOT_FOUND',
  UNREADABLE_BODY = 'UNREADABLE_BODY',
  INVALID_GRAPHQL_REQUEST = 'INVALID_GRAPHQL_REQUEST',
}

export type ErrorParams = Record<string, string | number | boolean | null>;

/**
 * Base of every module's own exception. It carries a code and the parameters
 * of its message; the API's one error formatter turns it into an error in the
 * caller's language (GraphQL and REST alike). Never put stack traces, SQL or
 * personal data in `params`.
 */
export class AppException<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    readonly params: ErrorParams = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

/** The database or another service the API needs is not reachable right now: try again shortly. */
export class ServiceUnavailableException extends AppException<ErrorCode.SERVICE_UNAVAILABLE> {
  constructor(readonly service: 'database' | 'identityProvider' | 'other' = 'database') {
    super(ErrorCode.SERVICE_UNAVAILABLE);
  }
}
