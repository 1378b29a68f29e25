import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Config } from './common/config.provider';

/**
 * The headers every answer carries (helmet, not hand-written): a content security policy that lets the
 * web app run only its own scripts, no framing, no MIME sniffing, no referrer, HSTS (browsers heed it
 * behind TLS only), and no `X-Powered-By`. Styles may be inline: the design system (styled-components)
 * writes its styles into the page at run time, and a per-request nonce would need the index templated.
 * API answers are `no-store`: they carry personal data a shared browser must not keep; the web app's
 * files set their own caching after this (static assets for an hour, the index `no-cache`).
 */
export function securityHeaders(app: NestExpressApplication, config: Config): void {
  app.disable('x-powered-by');
  const provider = providerOrigin(config);
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
          connectSrc: ["'self'", ...provider],
          // A decision letter opens as a PDF from a blob the page fetched with its own credentials.
          objectSrc: ["'self'", 'blob:'],
          frameSrc: ["'self'", 'blob:'],
          frameAncestors: ["'none'"],
          formAction: ["'self'", ...provider],
          baseUri: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
}

/** The county's identity provider, which the browser talks to when it signs in with OpenID Connect. */
function providerOrigin(config: Config): string[] {
  if (!config.OIDC_CLIENT_ID) return [];
  try {
    return [new URL(config.AUTH_ISSUER).origin];
  } catch {
    return [];
  }
}
