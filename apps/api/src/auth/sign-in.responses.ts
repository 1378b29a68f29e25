import { z } from 'zod';
import { ROLES } from '../../../../libs/contracts';

export const SignInConfig = z
  .object({
    development: z.boolean().describe('The development list of people is offered'),
    oidc: z.object({ issuer: z.string(), clientId: z.string() }).nullable(),
  })
  .meta({ id: 'SignInConfig', example: { development: true, oidc: null } });

export const SignInUser = z
  .object({
    username: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    teamId: z.string().nullable(),
    supplierName: z.string().nullable(),
  })
  .meta({
    id: 'SignInUser',
    example: {
      username: 'sanna',
      name: 'Sanna Sosiaalityöntekijä',
      role: 'own_worker',
      teamId: 'cw-lohja',
      supplierName: null,
    },
  });

export const SignedIn = z.object({ token: z.string() }).meta({ id: 'SignedIn', example: { token: 'eyJhbGciOi…' } });
