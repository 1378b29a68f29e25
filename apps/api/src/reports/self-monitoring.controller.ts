import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Returns } from '../common/responses';
import { SelfMonitoringReportService } from './self-monitoring.service';

export class SelfMonitoringQueryDto extends createZodDto(
  z
    .object({
      year: z.coerce.number().int().min(2020).max(2100).describe("The county's calendar year reported on"),
    })
    .strict(),
) {}

const count = z.number().int();

export const SelfMonitoringReport = z
  .object({
    year: z.number().int(),
    units: z.array(
      z.object({
        supplierId: z.uuid().describe("The unit's record in the register of suppliers"),
        unitName: z.string(),
        quarters: z.array(
          z.object({
            quarter: z.string().describe('YYYY-Qn, Q1 January–March'),
            feedback: count.describe('Bad feedback on the unit’s services answered in the quarter'),
            plannedVisit: count.describe('Concerns of the planned self-monitoring visits made in the quarter'),
            total: count,
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'SelfMonitoringReport',
    example: {
      year: 2026,
      units: [
        {
          supplierId: '7d2f4a86-1c3e-4b5a-9d7f-2e4c6a8b1d35',
          unitName: 'LUVN kotipalvelu / hemservice',
          quarters: [
            { quarter: '2026-Q1', feedback: 0, plannedVisit: 0, total: 0 },
            { quarter: '2026-Q2', feedback: 1, plannedVisit: 0, total: 1 },
            { quarter: '2026-Q3', feedback: 0, plannedVisit: 1, total: 1 },
            { quarter: '2026-Q4', feedback: 2, plannedVisit: 0, total: 2 },
          ],
        },
      ],
    },
  });

/** The self-monitoring plan's findings, per own-production unit and quarter (issue 26). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class SelfMonitoringReportController {
  constructor(private readonly report: SelfMonitoringReportService) {}

  @Get('self-monitoring')
  @Can('report.self_monitoring.read')
  @ApiOperation({
    summary:
      "Self-monitoring findings per own-production unit and quarter, by source; a unit's lead reads their unit's",
  })
  @Returns(SelfMonitoringReport)
  findings(@CurrentUser() user: AuthUser, @Query() q: SelfMonitoringQueryDto) {
    return this.report.findings(user, q.year);
  }
}
