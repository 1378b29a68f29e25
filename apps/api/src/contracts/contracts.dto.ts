import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CONTRACT_STATUSES,
  ContractReasonSchema,
  CreateContractSchema,
  EndContractSchema,
  RenewContractSchema,
  RepriceContractSchema,
} from '../../../../libs/contracts/contract-commands';

export class ContractListQueryDto extends createZodDto(
  z
    .object({
      supplierId: z.uuid().optional(),
      serviceCode: z.string().min(1).max(64).optional(),
      status: z.enum(CONTRACT_STATUSES).optional(),
      endingWithinDays: z.coerce
        .number()
        .int()
        .min(0)
        .max(3_650)
        .optional()
        .describe('Only contracts not ended whose validity ends within this many days from today'),
    })
    .strict(),
) {}

export class EndingQueryDto extends createZodDto(
  z.object({ withinDays: z.coerce.number().int().min(0).max(3_650).default(90) }).strict(),
) {}

/** The commands' bodies are the shared schemas of libs/contracts, which the web's forms validate with too. */
export class CreateContractDto extends createZodDto(CreateContractSchema) {}
export class RenewContractDto extends createZodDto(RenewContractSchema) {}
export class RepriceContractDto extends createZodDto(RepriceContractSchema) {}
export class ContractReasonDto extends createZodDto(ContractReasonSchema) {}
export class EndContractDto extends createZodDto(EndContractSchema) {}
