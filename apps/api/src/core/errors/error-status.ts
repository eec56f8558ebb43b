/** Seconds a client is told to wait (`Retry-After`) when the API is briefly unavailable. */
export const RETRY_AFTER_S = 5;

/** The HTTP status of a response whose (first) error has this code; everything else is a 400 or, unknown, a 500. */
const STATUS: Record<string, number> = {
  INTERNAL_SERVER_ERROR: 500,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ORGANISATION_UNKNOWN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  REPORT_NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_UPLOAD_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  ATTACHMENT_INFECTED: 422,
  ATTACHMENT_HELD: 409,
  ATTACHMENT_NOT_SCANNED: 403,
  ATTACHMENT_PURGED: 410,
  ATTACHMENT_NOT_REMOVED: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  IDENTITY_PROVIDER_UNAVAILABLE: 503,
};

export function httpStatusOf(code: string): number {
  return STATUS[code] ?? 400;
}

/** Codes after which the same request may well succeed a moment later. */
export function isTransient(code: string): boolean {
  return code === 'SERVICE_UNAVAILABLE' || code === 'IDENTITY_PROVIDER_UNAVAILABLE';
}
