import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The headers every answer carries (helmet, not hand-written): a content security policy that lets the
 * web app run only its own scripts, no framing, no MIME sniffing, no referrer, HSTS (browsers heed it
 * behind TLS only), and no `X-Powered-By`. Styles may be inline: the design system (styled-components)
 * writes its styles into the page at run time, and a per-request nonce would need the index templated.
 * API answers are `no-store`: they carry personal data a shared browser must not keep; the web app's
 * files set their own caching after this (static assets for an hour, the index `no-cache`).
 */
export function securityHeaders(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  // An answer no one may keep needs no validator: no ETag, and no hash of every body to make one. A function
  // rather than `false`: Express gives the web app's index (res.sendFile) an ETag only while the setting is on.
  app.set('etag', () => undefined);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          // The browser talks to the API alone: the sign-in with the county's provider is redirects, and the
          // API exchanges the code.
          connectSrc: ["'self'"],
          // A decision letter opens as a PDF from a blob the page fetched with its own credentials.
          objectSrc: ["'self'", 'blob:'],
          frameSrc: ["'self'", 'blob:'],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // The same as frame-ancestors 'none', for browsers that know only the older header.
      frameguard: { action: 'deny' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
