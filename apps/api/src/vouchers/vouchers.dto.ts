import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SetVoucherValueSchema, VoucherProviderSchema } from '../../../../libs/contracts/voucher-commands';
import { isoDate } from '../common/schemas';

export class VoucherQueryDto extends createZodDto(
  z
    .object({
      serviceCode: z.string().min(1).max(64),
      on: isoDate.optional().describe('The day the value and the providers are read for; default: today'),
    })
    .strict(),
) {}

export class SetVoucherValueDto extends createZodDto(SetVoucherValueSchema) {}
export class VoucherProviderDto extends createZodDto(VoucherProviderSchema) {}
