import { z } from 'zod';
import { OWN_WORKER_ACTIONS, PROFESSIONS } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date, timestamp } = Shapes;
const CLIENT_ID = '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14';
const WORKER_ID = '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d';

export const Handover = z
  .object({
    clientId: z.uuid(),
    ownWorkerId: z.uuid(),
    handedOverOn: date,
    arrangements: z.array(z.uuid()).describe('The open arrangements whose process was told'),
  })
  .meta({
    id: 'Handover',
    example: { clientId: CLIENT_ID, ownWorkerId: WORKER_ID, handedOverOn: '2026-11-27', arrangements: [] },
  });

export const HandoverRecord = z
  .object({
    id: z.uuid(),
    fromWorkerId: z.uuid(),
    fromWorker: z.string(),
    toWorkerId: z.uuid(),
    toWorker: z.string(),
    handedOverOn: date,
    reason: z.string(),
    handedOverBy: z.uuid(),
    recordedAt: timestamp,
  })
  .meta({ id: 'HandoverRecord' });

export const UserDisabled = z
  .object({ userId: z.uuid(), disabled: z.literal(true) })
  .meta({ id: 'UserDisabled', example: { userId: WORKER_ID, disabled: true } });

export const OwnWorker = z
  .object({
    id: z.uuid(),
    name: z.string(),
    teamId: z.string().nullable(),
    profession: z.enum(PROFESSIONS).nullable(),
    clients: z.number().int().describe('How many clients the worker is own worker of now'),
    leavingOn: date.nullable().describe('The day the worker leaves, as their team lead set it'),
    disabled: z.boolean(),
    allowedActions: z.array(z.enum(OWN_WORKER_ACTIONS)),
  })
  .meta({
    id: 'OwnWorker',
    example: {
      id: WORKER_ID,
      name: 'Aino Virtanen',
      teamId: 'fsw-espoo',
      profession: 'social_worker',
      clients: 24,
      leavingOn: null,
      disabled: false,
      allowedActions: ['receiveClients', 'setLeavingDay'],
    },
  });

export const LeavingDay = z
  .object({ userId: z.uuid(), leavingOn: date.nullable() })
  .meta({ id: 'LeavingDay', example: { userId: WORKER_ID, leavingOn: '2027-01-31' } });
