import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where the build puts the web app: dist/web, beside dist/apps. */
export const WEB_ROOT = join(__dirname, '..', '..', '..', 'web');

/**
 * Serves the web app from the API's own origin (no CORS): its files as they are, and its index for any
 * page a browser navigates to (an Accept of text/html), so that a reload on a client-side route works.
 * The API's own answers are untouched: fetch and curl do not ask for HTML.
 */
export function serveWebApp(app: NestExpressApplication): boolean {
  const index = join(WEB_ROOT, 'index.html');
  if (!existsSync(index)) {
    new Logger('web').warn(`no web app at ${WEB_ROOT}: run the build (npm start does) to serve it`);
    return false;
  }
  const files = express.static(WEB_ROOT, { index: false, maxAge: '1h', immutable: false });
  // Every file of the web app has an extension and almost no API route's path does (a report as .csv or
  // .pdf falls through when no file matches): an API request skips the file lookup (a stat of the disk for
  // each GET, a tenth of an arrangement read's CPU).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!/\.[^/]+$/.test(req.path)) return next();
    // The app's files keep an hour (serve-static says so only where no Cache-Control is set yet); a request
    // no file answers goes on to the API as no-store.
    res.removeHeader('Cache-Control');
    files(req, res, (err?: unknown) => {
      res.setHeader('Cache-Control', 'no-store');
      next(err);
    });
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const page = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    // The API's own pages: its documentation, and the sign-in's redirects through the identity provider.
    if (
      !page ||
      req.path.startsWith('/docs') ||
      req.path.startsWith('/auth/') ||
      req.path.startsWith('/family/auth/')
    ) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
