import { z } from 'zod';
import { LANGUAGES, LEGAL_BASES, PROFESSIONS, ROLES } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date } = Shapes;
const CLIENT_ID = '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14';
const WORKER_ID = '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d';

export const Me = z
  .object({
    userId: z.uuid(),
    role: z.enum(ROLES),
    teamId: z.string().nullable(),
    teams: z.array(z.string()).describe('The teams whose records you reach: your own, and those you lead'),
    profession: z.enum(PROFESSIONS).nullable(),
    supplierId: z.uuid().nullable(),
    username: z.string().nullable(),
    name: z.string().nullable(),
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
      username: 'sanna',
      name: 'Sanna Sosiaalityöntekijä',
    },
  });

export const Client = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    dateOfBirth: date,
    municipalityCode: z.string(),
    language: z.enum(LANGUAGES),
    legalBasis: z.enum(LEGAL_BASES),
    ownWorkerId: z.uuid(),
    address: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
  })
  .meta({
    id: 'Client',
    example: {
      id: CLIENT_ID,
      fullName: 'Aino Esimerkki',
      dateOfBirth: '2018-03-14',
      municipalityCode: '257',
      language: 'fi',
      legalBasis: 'LsL',
      ownWorkerId: WORKER_ID,
      address: 'Esimerkkitie 1, 02400 Kirkkonummi',
      contactName: 'Maija Esimerkki',
      contactPhone: '040 123 4567',
    },
  });

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
