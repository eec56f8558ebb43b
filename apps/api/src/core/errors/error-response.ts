import type { Response } from 'express';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ContextRequest } from '@api/core/logging/request-context';
import { ErrorParams } from './app.exception';
import { formatError } from './error-format';
import { isTransient, RETRY_AFTER_S } from './error-status';

/**
 * Sends an error outside GraphQL execution (REST routes, request bodies,
 * query limits) in the same shape GraphQL errors have:
 * `{ errors: [{ message, extensions: { code, requestId, … } }] }`.
 */
export function sendError(
  i18n: I18nService,
  req: ContextRequest,
  res: Response,
  status: number,
  code: string,
  params: ErrorParams = {},
  details: Record<string, unknown> = {},
  production = process.env['NODE_ENV'] === 'production',
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const formatted = formatError(i18n, { message: code, extensions: { code, params, ...details } }, { language: req.ctx.language, requestId: req.ctx.id, production, onUnknownCode: (unknown) => req.ctx.log.error({ code: unknown }, 'error code without a message: reported as INTERNAL_SERVER_ERROR') });
  if (isTransient(code)) res.setHeader('Retry-After', String(RETRY_AFTER_S));
  res.status(status).json({ errors: [formatted] });
}
