import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LANGUAGES } from '../../../../libs/contracts';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Uuid } from '../common/params';
import { isoDate, rule } from '../common/schemas';
import { Returns } from '../common/responses';
import { AccessLogEntry } from './access-log.responses';
import { AccessLogService } from './access-log.service';
import { ReadsClientData } from './client-data';
import { RecordPolicy } from './record-policy';

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
  constructor(
    private readonly accessLog: AccessLogService,
    private readonly policy: RecordPolicy,
  ) {}

  /** What a client may ask under 703/2023: who has read or changed their data, when, and why. */
  @Get(':id/access-log')
  @Can('client.access_log.read')
  @ReadsClientData('client')
  @ApiOperation({ summary: "Who has read or changed a client's data, newest first (703/2023)" })
  @Returns([AccessLogEntry])
  async log(@Uuid('id', 'client') id: string, @CurrentUser() user: AuthUser, @Query() q: AccessLogQueryDto) {
    await this.policy.assert(user, 'client', id);
    return this.accessLog.of(user, id, q.from, q.to, q.lang);
  }
}
