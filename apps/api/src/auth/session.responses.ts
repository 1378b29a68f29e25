import { z } from 'zod';

export const SessionFacts = z
  .object({
    csrfToken: z.string().describe('Send it as X-CSRF-Token with every request that changes something'),
    idleSeconds: z.number().int().describe('The session ends after this long unused'),
    warningSeconds: z.number().int().describe('The web app warns this long before that'),
    idleLeft: z.number().int().describe('Seconds left before the session ends unused'),
    maxLeft: z.number().int().describe("Seconds left before the session ends regardless (the day's limit)"),
  })
  .meta({
    id: 'SessionFacts',
    example: { csrfToken: 'q3…', idleSeconds: 1800, warningSeconds: 60, idleLeft: 1800, maxLeft: 36000 },
  });

export const SignedOut = z
  .object({
    signOutUrl: z
      .string()
      .nullable()
      .describe('Where the browser goes next to sign out at the identity provider too; null when it signed in here'),
    closeBrowser: z
      .boolean()
      .describe(
        "True when the county's identity provider is in use but gave no way to sign out there (none offered, or not reachable): it may remember the person until the browser closes",
      ),
  })
  .meta({ id: 'SignedOut', example: { signOutUrl: null, closeBrowser: false } });
