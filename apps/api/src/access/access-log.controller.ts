import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LANGUAGES } from '../../../../libs/contracts';
import { Can } from '../auth/auth';
import { Uuid } from '../common/params';
import { isoDate, rule } from '../common/schemas';
import { AccessLogService } from './access-log.service';

class AccessLogQueryDto extends createZodDto(
  z
    .object({
      from: isoDate.describe('First day (in Finland) of the period asked about'),
      to: isoDate.describe('Last day of the period asked about'),
      lang: z.enum(LANGUAGES).default('fi').describe('Language of the roles, records, actions and purposes'),
    })
    .strict()
    .refine((q) => q.from <= q.to, rule('date_order', 'must not be before from', ['to'])),
) {}

@ApiTags('access log')
@ApiBearerAuth()
@Controller('clients')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  /** What a client may ask under 703/2023: who has read or changed their data, when, and why. */
  @Get(':id/access-log')
  @Can('client.access_log.read')
  @ApiOperation({ summary: "Who has read or changed a client's data, newest first (703/2023)" })
  log(@Uuid('id', 'client') id: string, @Query() q: AccessLogQueryDto) {
    return this.accessLog.of(id, q.from, q.to, q.lang);
  }
}
