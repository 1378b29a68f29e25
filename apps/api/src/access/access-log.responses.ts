import { z } from 'zod';
import { Shapes } from '../common/responses';

export const AccessLogEntry = z
  .object({
    at: Shapes.timestamp,
    userId: z.uuid(),
    name: z.string().nullable(),
    role: z.string(),
    teamId: z.string().nullable(),
    supplierId: z.uuid().nullable(),
    record: z.string(),
    recordId: z.string().nullable(),
    action: z.string(),
    purpose: z.string(),
    roleText: z.string(),
    recordText: z.string(),
    actionText: z.string(),
    purposeText: z.string(),
  })
  .meta({
    id: 'AccessLogEntry',
    example: {
      at: '2026-11-27T09:30:00.000Z',
      userId: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d',
      name: 'Sanna Sosiaalityöntekijä',
      role: 'own_worker',
      teamId: 'cw-lohja',
      supplierId: null,
      record: 'arrangement',
      recordId: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60',
      action: 'read',
      purpose: 'client_matter',
      roleText: 'omatyöntekijä',
      recordText: 'palvelun järjestäminen',
      actionText: 'luki',
      purposeText: 'asiakasasian käsittely',
    },
  });
