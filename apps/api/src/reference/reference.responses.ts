import { z } from 'zod';
import { Shapes } from '../common/responses';

const { date } = Shapes;

export const SupplierOffer = z
  .object({
    supplierId: z.uuid(),
    supplierName: z.string(),
    contractId: z.uuid(),
    unit: z.string(),
    unitPriceCents: z.number().int(),
    validFrom: date,
    validTo: date,
    scorecard: z.object({
      answers: z.number().int(),
      nps: z.number().nullable().describe('Withheld (null) under the number of answers shown'),
      openCases: z.number().int(),
    }),
  })
  .meta({
    id: 'SupplierOffer',
    example: {
      supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
      supplierName: 'Perhepalvelu Esimerkki Oy',
      contractId: '6e1a3c5f-8d2b-4a7e-b9c1-4d6f8a2c5e19',
      unit: 'hour',
      unitPriceCents: 6200,
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      scorecard: { answers: 12, nps: 33.3, openCases: 0 },
    },
  });

export const CostCentre = z
  .object({ code: z.string(), nameFi: z.string(), nameSv: z.string() })
  .meta({ id: 'CostCentre', example: { code: '4410', nameFi: 'Lastensuojelu', nameSv: 'Barnskydd' } });
