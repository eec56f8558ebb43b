import type { NextFunction, Request, Response } from 'express';
import { HealthService } from './health.service';

/** While the process drains for shutdown, every response asks its client to reconnect (to another process). */
export function drainingMiddleware(health: HealthService) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (health.isDraining) res.setHeader('Connection', 'close');
    next();
  };
}
