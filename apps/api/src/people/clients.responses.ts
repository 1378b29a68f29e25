import { z } from 'zod';
import { CLIENT_ACTIONS, LANGUAGES, LEGAL_BASES } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date } = Shapes;
const CLIENT_ID = '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14';
const WORKER_ID = '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d';

export const Client = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    dateOfBirth: date,
    municipalityCode: z.string(),
    language: z.enum(LANGUAGES),
    legalBasis: z.enum(LEGAL_BASES),
    ownWorkerId: z.uuid(),
    ownWorkerName: z.string(),
    ownWorkerLeavingOn: date.nullable().describe('The day the own worker leaves, as their team lead set it'),
    ownWorkerDisabled: z.boolean().describe('The own worker has left: the client waits to be handed over'),
    address: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    specialSupportNeeds: z
      .boolean()
      .describe('Special support needs under the Social Welfare Act (SHL 3 §), as the client information system says'),
    allowedActions: z.array(z.enum(CLIENT_ACTIONS)).describe('What the caller may do with the client'),
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
      ownWorkerName: 'Aino Virtanen',
      ownWorkerLeavingOn: null,
      ownWorkerDisabled: false,
      address: 'Esimerkkitie 1, 02400 Kirkkonummi',
      contactName: 'Maija Esimerkki',
      contactPhone: '040 123 4567',
      specialSupportNeeds: false,
      allowedActions: [],
    },
  });

export const FoundClient = z
  .object({ id: z.uuid(), fullName: z.string(), dateOfBirth: date, language: z.enum(LANGUAGES) })
  .meta({
    id: 'FoundClient',
    example: { id: CLIENT_ID, fullName: 'Aino Esimerkki', dateOfBirth: '2018-03-14', language: 'fi' },
  });
