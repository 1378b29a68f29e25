import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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

const period = {
  from: isoDate.describe('First day (in Finland) of the period asked about'),
  to: isoDate.describe('Last day of the period asked about'),
};

class AccessLogQueryDto extends createZodDto(
  z
    .object({
      ...period,
      lang: z.enum(LANGUAGES).default('fi').describe('Language of the roles, records, actions and purposes'),
    })
    .strict()
    .refine((q) => q.from <= q.to, rule('date_order', 'must not be before from', ['to'])),
) {}

class AccessLogPdfQueryDto extends createZodDto(
  z
    .object({
      ...period,
      lang: z.enum(LANGUAGES).optional().describe("Language of the report; the client's own by default"),
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

  /** The same log printed for the client: their answer on paper, in their language. Printing it is logged too. */
  @Get(':id/access-log.pdf')
  @Can('client.access_log.read')
  @ReadsClientData('client')
  @ApiOperation({ summary: "A client's access log for a period as a printable PDF, in the client's language" })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The access log',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(
    @Uuid('id', 'client') id: string,
    @CurrentUser() user: AuthUser,
    @Query() q: AccessLogPdfQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.policy.assert(user, 'client', id);
    const pdf = await this.accessLog.printed(user, id, q.from, q.to, q.lang);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `attachment; filename="access-log-${q.from}-${q.to}.pdf"`);
    res.send(pdf);
  }
}
