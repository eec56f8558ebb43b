import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

// '/reports/' (with the slash): the report files; the page /reports is the web app's.
const API_PREFIXES = ['/graphql', '/health/', '/events/', '/exports/', '/imports', '/reports/', '/attachments'];

/**
 * Serves the built web app at `/`: hashed assets cached for a year, the HTML
 * never cached, and any other GET of a page path answered with index.html so
 * client-side routes survive a reload (history fallback).
 * Returns null when the folder has no build (the API then serves the API only).
 */
export function webAppMiddleware(distDir: string) {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return null;
  const assets = express.static(root, {
    index: false,
    setHeaders(res, path) {
      res.setHeader('Cache-Control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path === p || req.path.startsWith(p))) {
      next();
      return;
    }
    assets(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      if (extname(req.path) !== '' || !req.accepts('html')) {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
}
