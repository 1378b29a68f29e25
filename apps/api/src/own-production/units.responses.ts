import { z } from 'zod';

export const UnitCapacity = z
  .object({
    supplierId: z.uuid().describe("The own-production unit's supplier record"),
    unitName: z.string(),
    serviceCode: z.string(),
    hoursPerMonth: z.number().int().describe('What the unit can provide of the service, in hours a month'),
    hoursTakenOn: z
      .number()
      .int()
      .describe('The hours a month of the services the unit has accepted and not ended (arranged to running)'),
  })
  .meta({
    id: 'UnitCapacity',
    example: {
      supplierId: '00000000-0000-4000-8000-000003000009',
      unitName: 'LUVN kotipalvelu / hemservice',
      serviceCode: 'home_help',
      hoursPerMonth: 120,
      hoursTakenOn: 40,
    },
  });

export const UnitWorker = z
  .object({ id: z.uuid(), name: z.string() })
  .meta({ id: 'UnitWorker', example: { id: '00000000-0000-4000-8000-000001000062', name: 'Leena Nurmi' } });
