import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * At most `limit` GraphQL requests of this process at work at once; the others
 * wait in arrival order before any of their work starts. Without it, under a
 * burst every request holds its place in the database pool's queue once per
 * statement, so a request of nine statements waits nine times behind all the
 * others and the slowest answers take many times the average; with it, a
 * request that has started finishes at the pace of one alone, and the wait is
 * in one fair line (as a load balancer's queue would be). A client that goes
 * away while it waits leaves the line.
 */
export function admissionMiddleware(limit: number): RequestHandler {
  let active = 0;
  const line: Array<() => void> = [];
  const next = (): void => {
    const start = line.shift();
    if (start) start();
    else active -= 1;
  };
  return (req: Request, res: Response, proceed: NextFunction) => {
    if (req.method !== 'POST') return proceed();
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      next();
    };
    const start = (): void => {
      res.once('finish', finish);
      res.once('close', finish);
      proceed();
    };
    if (active < limit) {
      active += 1;
      start();
      return;
    }
    line.push(start);
    res.once('close', () => {
      const waiting = line.indexOf(start);
      if (waiting >= 0) line.splice(waiting, 1);
    });
  };
}
