import express, { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@api/core/errors/app.exception';
import { sendError } from '@api/core/errors/error-response';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ContextRequest } from '@api/core/logging/request-context';

/** Largest request body the API accepts; GraphQL documents and variables are far smaller. */
export const MAX_BODY = '1mb';

export function jsonBody() {
  return express.json({ limit: MAX_BODY });
}

/**
 * A body that cannot be read (too large, not JSON, an encoding or charset we
 * do not take, a compressed body that does not decompress) gets the API's
 * error shape, typed and translated, instead of an HTML page or Nest's own.
 */
export function bodyErrorHandler(i18n: I18nService) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    const e = error as { type?: string; status?: number; statusCode?: number } | null;
    const status = e?.status ?? e?.statusCode;
    // body-parser marks its own errors with an HTTP status below 500 (and usually a type).
    if (!e || typeof status !== 'number' || status >= 500) {
      next(error);
      return;
    }
    const ctx = (req as ContextRequest).ctx;
    const tooLarge = e.type === 'entity.too.large' || status === 413;
    const code = tooLarge ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.UNREADABLE_BODY;
    ctx.log.warn({ code, type: e.type ?? null }, 'request body refused');
    sendError(i18n, req as ContextRequest, res, tooLarge ? 413 : 400, code, tooLarge ? { max: MAX_BODY } : {});
  };
}
