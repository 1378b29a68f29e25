import { createHmac } from 'node:crypto';

/** The key development and the tests hash with; production must set FAMILY_IDENTITY_SECRET (config.ts). */
export const DEVELOPMENT_IDENTITY_SECRET = 'development-only-family-identity-secret';

/**
 * A personal identity code as the register keeps it: its HMAC-SHA256 with the deployment's key, never the
 * code itself. A keyed hash, not a plain one: the codes are few enough (dates and a 3-digit number) that
 * anyone could hash them all and read a plain hash back. Written in capitals, so `010180-900a` is the same.
 */
export function identityHash(code: string, secret: string | undefined): string {
  return createHmac('sha256', secret ?? DEVELOPMENT_IDENTITY_SECRET)
    .update(code.trim().toUpperCase())
    .digest('hex');
}
