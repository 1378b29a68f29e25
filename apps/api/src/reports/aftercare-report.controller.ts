import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { PROFESSIONS } from '../../../../libs/contracts';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Returns, Shapes } from '../common/responses';
import { AftercareReportService } from './aftercare-report.service';

const AftercareFigures = z
  .object({
    on: Shapes.date.describe('The day the young people in aftercare are counted on'),
    responsibleWorkers: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        profession: z.enum(PROFESSIONS).nullable(),
        teamId: z.string().nullable(),
        youngPeople: z.number().int().describe('Young people placed from here whose responsible worker they are'),
        norm: z
          .number()
          .int()
          .nullable()
          .describe("The county's aftercare caseload norm for the profession; null until it sets one"),
        overNorm: z.boolean(),
      }),
    ),
    counties: z.array(
      z.object({
        countyCode: z.string(),
        name: Shapes.localized,
        placedFromHere: z.number().int().describe('Young people placed from here who live in that county'),
        placedHere: z.number().int().describe('Young people that county placed who live here'),
      }),
    ),
    costs: z.array(
      z.object({
        countyCode: z.string(),
        year: z.number().int(),
        paidByThemCents: z.number().describe('What this county arranged for young people they placed'),
        paidByUsCents: z.number().describe('What they told the services they arrange for ours cost'),
      }),
    ),
  })
  .meta({
    id: 'AftercareFigures',
    example: {
      on: '2026-12-06',
      responsibleWorkers: [
        {
          userId: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d',
          name: 'Sanna Sosiaalityöntekijä',
          profession: 'social_worker',
          teamId: 'cw-lohja',
          youngPeople: 31,
          norm: null,
          overNorm: false,
        },
      ],
      counties: [],
      costs: [],
    },
  });

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class AftercareReportController {
  constructor(private readonly report: AftercareReportService) {}

  @Get('aftercare')
  @Can('report.aftercare.read')
  @ApiOperation({
    summary:
      "Aftercare's figures: young people per responsible worker against the county's norm, across counties, costs",
  })
  @Returns(AftercareFigures)
  figures(@CurrentUser() user: AuthUser) {
    return this.report.report(user);
  }
}
