import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class AttentionQueryDto extends createZodDto(
  z
    .object({
      limit: z.coerce.number().int().min(1).max(500).default(100).describe('Rows of each category, most late first'),
    })
    .strict(),
) {}
