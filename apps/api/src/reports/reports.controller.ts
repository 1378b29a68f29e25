import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { CaseloadsQueryDto, FiguresQueryDto, PurchasesQueryDto, UnitFiguresQueryDto } from './reports.dto';
import { Returns } from '../common/responses';
import { DomainError, ErrorCode } from '../common/domain-error';
import { permits } from '../access/permissions';
import { Caseload, Figures, Municipality, Purchases, UnitFigures } from './reports.responses';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('figures')
  @Can('report.figures.read')
  @ApiOperation({
    summary:
      'Access time against target, decisions, appeals, unmet needs, satisfaction against the NPS target, overdue reassessments; in total and by month',
  })
  @Returns(Figures)
  figures(@CurrentUser() user: AuthUser, @Query() q: FiguresQueryDto) {
    return this.reports.figures(user, q);
  }

  @Get('purchases')
  @Can('report.purchases.read')
  @ApiOperation({
    summary: "Purchases from suppliers per service in a year and by month, against the county's baseline and target",
  })
  @Returns(Purchases)
  purchases(@CurrentUser() user: AuthUser, @Query() q: PurchasesQueryDto) {
    // A small municipality's month of a rare service can be one family's: by municipality it is the team
    // lead's figure (who sees the clients anyway), never procurement's.
    if (q.municipalityCode && !permits(user.role, 'report.figures.read')) {
      throw new DomainError(ErrorCode.Forbidden, 'purchases by municipality are for those who read the figures');
    }
    return this.reports.purchases(q.year, q.municipalityCode ?? null);
  }

  @Get('units')
  @Can('report.units.read')
  @ApiOperation({
    summary: "The own-production units' year beside the suppliers': hours delivered against capacity, access time, NPS",
  })
  @Returns(UnitFigures)
  units(@Query() q: UnitFiguresQueryDto) {
    return this.reports.unitFigures(q.year);
  }

  @Get('caseloads')
  @Can('report.caseloads.read')
  @ApiOperation({ summary: "Own workers' clients and running services against the caseload norms" })
  @Returns([Caseload])
  caseloads(@CurrentUser() user: AuthUser, @Query() q: CaseloadsQueryDto) {
    return this.reports.caseloads(user, q.municipalityCode ?? null);
  }

  @Get('municipalities')
  @Can('report.figures.read')
  @ApiOperation({ summary: "The county's municipalities, by which the figures are broken down" })
  @Returns([Municipality])
  municipalities() {
    return this.reports.municipalities();
  }
}
