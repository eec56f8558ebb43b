import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

export const LOGGER = Symbol('LOGGER');

/**
 * One structured JSON logger for the process. Tokens, cookies and personal
 * content never reach it: request logs carry ids, paths and operation names only.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'grensportaal-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ['authorization', '*.authorization', 'headers.authorization', 'headers.cookie', 'password', '*.password', 'token', '*.token'],
      censor: '[redacted]',
    },
  });
}
