import { z } from 'zod';
import { SUPPLIER_ACTIONS, SUPPLIER_DIRECTORY_ACTIONS } from '../../../../libs/contracts/actions';
import { Shapes } from '../common/responses';

const { timestamp } = Shapes;

const SUPPLIER_ID = '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42';
const allowedActions = z
  .array(z.enum(SUPPLIER_ACTIONS))
  .describe('What the caller may do with the record: edit it, make a contract with the supplier');

export const SupplierListed = z
  .object({
    id: z.uuid(),
    name: z.string(),
    businessId: z.string(),
    ownProduction: z.boolean().describe("The county's own production, arranged as a supplier"),
    contractsInForce: z.number().int().describe('Contracts the teams may order under today'),
    openCases: z.number().int().describe('Supervision cases not closed'),
    runningServices: z.number().int().describe('Services bought from the supplier that are running: a count only'),
    allowedActions,
  })
  .meta({ id: 'SupplierListed' });

export const SupplierDirectory = z
  .object({
    suppliers: z.array(SupplierListed).describe('Every supplier, by name'),
    allowedActions: z.array(z.enum(SUPPLIER_DIRECTORY_ACTIONS)).describe('Whether the caller may add a supplier'),
  })
  .meta({
    id: 'SupplierDirectory',
    example: {
      suppliers: [
        {
          id: SUPPLIER_ID,
          name: 'Perhepalvelu Esimerkki Oy',
          businessId: '0737546-2',
          ownProduction: false,
          contractsInForce: 2,
          openCases: 1,
          runningServices: 14,
          allowedActions: ['edit', 'addContract'],
        },
      ],
      allowedActions: ['create'],
    },
  });

export const SupplierChange = z
  .object({
    kind: z.enum(['created', 'changed']),
    by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    at: timestamp,
    fields: z
      .array(z.enum(['name', 'businessId', 'orderEmail', 'webhookUrl', 'webhookSecret']))
      .describe('The fields the change set or changed (the secret only as changed, never its value)'),
  })
  .meta({ id: 'SupplierChange' });

export const SupplierRecord = z
  .object({
    id: z.uuid(),
    name: z.string(),
    businessId: z.string(),
    ownProduction: z.boolean(),
    orderEmail: z
      .string()
      .nullable()
      .describe('Where orders go when the contract names no address of its own; none for one not yet recorded'),
    webhookUrl: z.string().nullable(),
    webhookSecretSet: z.boolean().describe('Whether a webhook secret is kept: the secret itself is never shown'),
    history: z.array(SupplierChange).describe('Who changed the record and when, oldest first'),
    allowedActions,
  })
  .meta({
    id: 'SupplierRecord',
    example: {
      id: SUPPLIER_ID,
      name: 'Perhepalvelu Esimerkki Oy',
      businessId: '0737546-2',
      ownProduction: false,
      orderEmail: 'tilaukset@perhepalvelu.example',
      webhookUrl: 'https://perhepalvelu.example/luvn-tilaukset',
      webhookSecretSet: true,
      history: [
        {
          kind: 'created',
          by: { id: '5b1c7e2a-3d4f-4a6b-9c8d-7e6f5a4b3c21', name: 'Petra Holm' },
          at: '2026-11-20T10:00:00.000Z',
          fields: ['name', 'businessId', 'orderEmail', 'webhookUrl', 'webhookSecret'],
        },
      ],
      allowedActions: ['edit', 'addContract'],
    },
  });
