import { z } from 'zod';
import { ROLES } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

export const CaseAttachment = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    uploadedByRole: z.enum(ROLES).describe('Who attached it, by role: the supplier, the team or procurement'),
    uploadedAt: Shapes.timestamp,
  })
  .meta({
    id: 'CaseAttachment',
    example: {
      id: '5c1e7a3b-2d4f-4a6b-8c9d-0e1f2a3b4c5d',
      caseId: '7d2b4f6a-1c3e-4b5d-9f7a-2c4e6a8b0d1f',
      fileName: 'selvitys.pdf',
      sizeBytes: 182344,
      uploadedByRole: 'supplier',
      uploadedAt: '2026-12-03T10:00:00.000Z',
    },
  });
