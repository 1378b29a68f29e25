import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CostToldSchema,
  RecordAftercareSchema,
  ServiceElsewhereSchema,
} from '../../../../libs/contracts/aftercare-commands';
import { isHttpsUrl } from '../../../../libs/contracts/supplier-commands';
import { rule } from '../common/schemas';

export class RecordAftercareDto extends createZodDto(RecordAftercareSchema) {}
export class ServiceElsewhereDto extends createZodDto(ServiceElsewhereSchema) {}
export class CostToldDto extends createZodDto(CostToldSchema) {}

export class NoticeAddressDto extends createZodDto(
  z
    .object({
      noticeUrl: z
        .string()
        .trim()
        .max(2_000)
        .refine(isHttpsUrl, rule('https_url', 'must be an https address'))
        .nullable()
        .describe("Where the county's aftercare notices are posted; null: they wait until one is set"),
    })
    .strict(),
) {}
