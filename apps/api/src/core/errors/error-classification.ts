import { AppException, ErrorCode, ServiceUnavailableException } from './app.exception';

/** SQLSTATE classes and codes that mean the database cannot serve right now (not that the request is wrong). */
const UNAVAILABLE_SQLSTATES = /^(08|53|57P0[1-3]|58)/;
/** SQLSTATEs of a value PostgreSQL cannot take (text that is no uuid, a NUL byte, a lone surrogate in JSON, numbers out of range). */
const BAD_VALUE_SQLSTATES = new Set(['22P02', '22021', '22P05', '22001', '22003', '22007', '22008', '2201B', '54000', '22023', '22025']);
/** What node-postgres and Node say when the connection is refused, lost or cannot be had in time. */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down)|Connection is not established|Cannot use a pool after calling end/i;

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether the error means the database is out of reach (stopped, restarting, network lost, pool exhausted). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = codeOf(error);
  if (code && (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
  const cause = (error as { driverError?: unknown; cause?: unknown }).driverError ?? (error as { cause?: unknown }).cause;
  return CONNECTION_MESSAGES.test(error.message) || (cause instanceof Error && cause !== error && isDatabaseUnavailable(cause));
}

/**
 * Gives an error that was not raised as an AppException its typed meaning,
 * where it has one: the database out of reach becomes SERVICE_UNAVAILABLE; a
 * value the database cannot take becomes BAD_USER_INPUT. Anything else stays
 * unknown (null) and is reported as INTERNAL_SERVER_ERROR, logged in full.
 */
export function classifyError(error: unknown): AppException | null {
  if (error instanceof AppException) return error;
  if (isDatabaseUnavailable(error)) return new ServiceUnavailableException('database');
  const code = codeOf(error);
  if (code && BAD_VALUE_SQLSTATES.has(code)) return new AppException(ErrorCode.BAD_USER_INPUT, {}, { fields: [] });
  return null;
}
