import { z } from 'zod';
import { CONTRACT_ACTIONS } from '../../../../libs/contracts/actions';
import { CONTRACT_UNITS } from '../../../../libs/contracts/contract-commands';
import { Shapes } from '../common/responses';

const { date, timestamp } = Shapes;

const example = {
  id: '6e1a3c5f-8d2b-4a7e-b9c1-4d6f8a2c5e19',
  supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
  supplierName: 'Perhepalvelu Esimerkki Oy',
  serviceCode: 'home_help',
  procurementDecision: 'HANK 2026/14 § 12',
  unit: 'hour',
  unitPriceCents: 6200,
  prices: [{ fromOn: '2027-01-01', unitPriceCents: 6400 }],
  validFrom: '2025-01-01',
  validTo: '2027-12-31',
  status: 'active',
  suspendedOn: null,
  endedOn: null,
  lastDay: '2027-12-31',
  inForceToday: true,
  cancellationTerms: { freeCancellationHours: 24, lateCancellationChargePercent: 100 },
  orderEmail: 'tilaukset@perhepalvelu.example',
  orderAnswerWorkingDays: 3,
  allowedActions: ['renew', 'reprice', 'suspend', 'end'],
};

export const Contract = z
  .object({
    id: z.uuid(),
    supplierId: z.uuid(),
    supplierName: z.string(),
    serviceCode: z.string(),
    procurementDecision: z.string().nullable().describe('None for a contract loaded before contracts were kept here'),
    unit: z.enum(CONTRACT_UNITS),
    unitPriceCents: z.number().int().describe('The price today (the newest price from today or before)'),
    prices: z
      .array(z.object({ fromOn: date, unitPriceCents: z.number().int() }))
      .describe('Prices agreed from a day on, replacing the contract’s own from that day'),
    validFrom: date,
    validTo: date,
    status: z.enum(['active', 'suspended', 'terminated']),
    suspendedOn: date.nullable(),
    endedOn: date
      .nullable()
      .describe('The last day of an ended contract; none when a supervision case ended it at once'),
    lastDay: date
      .nullable()
      .describe(
        'The last day new orders and commitments may fall on, as the contract stands; none when a supervision case ended it at once',
      ),
    inForceToday: z.boolean().describe('Offered to the teams for new orders today'),
    cancellationTerms: z.record(z.string(), z.unknown()),
    orderEmail: z.string().nullable(),
    orderAnswerWorkingDays: z.number().int().nullable(),
    allowedActions: z
      .array(z.enum(CONTRACT_ACTIONS))
      .describe(
        'The changes the caller may make to the contract now, by its status and validity and the caller’s permission: a screen offers exactly these',
      ),
  })
  .meta({ id: 'Contract', example });

export const ContractChange = z
  .object({
    kind: z.enum(['created', 'renewed', 'repriced', 'suspended', 'resumed', 'ended']),
    by: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('None when a process did it'),
    reason: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()),
    at: timestamp,
  })
  .meta({ id: 'ContractChange' });

export const ContractDetail = Contract.extend({
  history: z.array(ContractChange).describe('Oldest first'),
  runningCommitments: z
    .number()
    .int()
    .describe('Open payment commitments made under the contract: they keep their price and end as committed'),
  runningPastLastDay: z
    .number()
    .int()
    .describe('Of those, the ones committed past the contract’s last day: the teams re-arrange them'),
}).meta({ id: 'ContractDetail', example: { ...example, history: [], runningCommitments: 0, runningPastLastDay: 0 } });
