import express, { NextFunction, Request, Response } from 'express';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ContextRequest } from '@api/core/logging/request-context';

/** Largest request body the API accepts; GraphQL documents and variables are far smaller. */
export const MAX_BODY = '1mb';

export function jsonBody() {
  return express.json({ limit: MAX_BODY });
}

/**
 * A body that is too large or not JSON gets a GraphQL-shaped, typed,
 * translated error instead of an HTML error page.
 */
export function bodyErrorHandler(i18n: I18nService) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    const type = (error as { type?: string } | null)?.type;
    if (type !== 'entity.too.large' && type !== 'entity.parse.failed' && type !== 'encoding.unsupported' && type !== 'charset.unsupported') {
      next(error);
      return;
    }
    const ctx = (req as ContextRequest).ctx;
    const code = type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const message = i18n.t(ctx.language, `errors:${code}`, { detail: type, max: MAX_BODY, requestId: ctx.id });
    ctx.log.warn({ code, type }, 'request body refused');
    res.status(type === 'entity.too.large' ? 413 : 400).json({ errors: [{ message, extensions: { code, requestId: ctx.id } }] });
  };
}
