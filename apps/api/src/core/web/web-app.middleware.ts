import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

// '/reports/' (with the slash): the report files; the page /reports is the web app's.
const API_PREFIXES = ['/graphql', '/health/', '/events/', '/exports/', '/imports', '/reports/', '/attachments'];

/** The copies the build writes beside each text file (apps/web/build/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built web app at `/`: hashed assets cached for a year, the HTML
 * never cached, and any other GET of a page path answered with index.html so
 * client-side routes survive a reload (history fallback). A text file goes
 * out as its Brotli or gzip copy from the build when the browser accepts one
 * (`Vary: Accept-Encoding` on every answer that could have been either).
 * Returns null when the folder has no build (the API then serves the API only).
 */
export function webAppMiddleware(distDir: string) {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return null;
  const cacheControl = (path: string) => (path.startsWith(join(root, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
  const assets = express.static(root, {
    index: false,
    setHeaders(res, path) {
      res.setHeader('Cache-Control', cacheControl(path));
    },
  });
  // Which precompressed copies exist, read once from the build (it does not change under a running API): never a file lookup per request.
  const copies = new Map<string, Array<(typeof ENCODINGS)[number]>>();
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const encoding = ENCODINGS.find((e) => name.endsWith(e.suffix));
    if (!encoding) continue;
    const original = join(root, name.slice(0, -encoding.suffix.length));
    copies.set(original, [...(copies.get(original) ?? []), encoding].sort((a, b) => ENCODINGS.indexOf(a) - ENCODINGS.indexOf(b)));
  }
  const copiesOf = (file: string) => copies.get(file) ?? [];

  /** Sends `file` as the best copy the request accepts; false when it has none (the caller serves it as it is). */
  const sendCompressed = (req: Request, res: Response, next: NextFunction, file: string): boolean => {
    const available = copiesOf(file);
    if (!available.length) return false;
    res.setHeader('Vary', 'Accept-Encoding');
    // Ours first (Brotli is smaller), among those the browser accepts at all: browsers list gzip before br at equal weight.
    const accepted = new Set(req.acceptsEncodings());
    const encoding = available.find((e) => accepted.has(e.name) || accepted.has('*'));
    if (!encoding) return false;
    res.sendFile(file + encoding.suffix, { headers: { 'Content-Encoding': encoding.name, 'Content-Type': contentType(file), 'Cache-Control': cacheControl(file) } }, (error) => {
      if (error) next(error);
    });
    return true;
  };

  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path === p || req.path.startsWith(p))) {
      next();
      return;
    }
    const file = resolve(root, `.${decodeSafely(req.path)}`);
    if (file.startsWith(root + sep) && extname(file) && sendCompressed(req, res, next, file)) return;
    assets(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      if (extname(req.path) !== '' || !req.accepts('html')) {
        next();
        return;
      }
      if (sendCompressed(req, res, next, index)) return;
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
}

/** The path as a file path, or one that matches no file when it is malformed. */
function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '/\u0000';
  }
}

/** The content types of the files the build writes compressed copies of (apps/web/build/precompress.ts). */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}
