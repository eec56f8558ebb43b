import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Language, negotiateLanguage } from '@grensportaal/shared-domain';
import { Logger } from 'pino';
import type { Caller } from '@api/core/context/caller';
import { closeSqlWindow, openSqlWindow, SqlWindow } from '@api/database/sql-counter';

/** What the API knows about a request, attached by `requestContextMiddleware`. */
export interface RequestContext {
  id: string;
  language: Language;
  log: Logger;
  /** Set once the GraphQL operation is resolved, for the request log line. */
  operationName?: string;
  userId?: string;
  /** The SQL counters when the request began (for the benchmark's x-sql-statements header). */
  sql: SqlWindow;
}

/** `caller` is set by the access guard on REST routes (GraphQL has its context). */
export type ContextRequest = Request & { ctx: RequestContext; caller?: Caller };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (honouring a sane incoming `x-request-id`), the
 * caller's language, a child logger, and writes exactly one log line when the
 * response is finished.
 */
export function requestContextMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const ctx: RequestContext = {
      id,
      language: negotiateLanguage(req.header('accept-language')),
      log: logger.child({ reqId: id }),
      sql: openSqlWindow(),
    };
    (req as ContextRequest).ctx = ctx;
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    // Captured now: routers mounted on a path rewrite req.path while handling.
    const path = req.path;
    res.on('close', () => closeSqlWindow(ctx.sql));
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(ms * 10) / 10,
        operation: ctx.operationName,
        userId: ctx.userId,
      };
      if (path.startsWith('/health/')) ctx.log.debug(line, 'request');
      else ctx.log.info(line, 'request');
    });
    next();
  };
}
