import { z } from 'zod';
import { ROLES } from '../../../../libs/contracts';

export const SignInConfig = z
  .object({
    development: z.boolean().describe('The development list of people is offered'),
    provider: z.boolean().describe("Signing in with the county's identity provider is offered (GET /auth/oidc/start)"),
  })
  .meta({ id: 'SignInConfig', example: { development: true, provider: false } });

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
