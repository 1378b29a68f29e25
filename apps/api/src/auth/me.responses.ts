import { z } from 'zod';
import { PROFESSIONS, ROLES } from '../../../../libs/contracts';
import { ME_ACTIONS, PAGES } from '../access/menu';

const WORKER_ID = '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d';

export const Me = z
  .object({
    userId: z.uuid(),
    role: z.enum(ROLES),
    teamId: z.string().nullable(),
    teams: z.array(z.string()).describe('The teams whose records you reach: your own, and those you lead'),
    profession: z.enum(PROFESSIONS).nullable(),
    supplierId: z.uuid().nullable(),
    unitLead: z
      .boolean()
      .describe(
        "An own-production unit's lead, who answers its orders and its self-monitoring; false for everyone else",
      ),
    username: z.string().nullable(),
    name: z.string().nullable(),
    pages: z
      .array(z.enum(PAGES))
      .describe("The pages of your menu, in order; the first is where you start (the web app's routes name them)"),
    allowedActions: z
      .array(z.enum(ME_ACTIONS))
      .describe('What else you may do: readSelfMonitoring, the self-monitoring findings (all units, or your own)'),
  })
  .meta({
    id: 'Me',
    example: {
      userId: WORKER_ID,
      role: 'own_worker',
      teamId: 'cw-lohja',
      teams: ['cw-lohja'],
      profession: 'social_worker',
      supplierId: null,
      unitLead: false,
      username: 'sanna',
      name: 'Sanna Sosiaalityöntekijä',
      pages: ['myClients', 'running', 'catalogue'],
      allowedActions: [],
    },
  });
