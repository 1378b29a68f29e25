import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadsClientData } from '../access/client-data';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { ArrangementId, Uuid } from '../common/params';
import { RunningListQueryDto, UseQueryDto, VisitCorrectionDto, VisitDto } from './running.dto';
import { Returns } from '../common/responses';
import { MonthUse, RunningService as RunningServiceShape, Visit } from './running.responses';
import { RunningService } from './running.service';

const Id = ArrangementId;

@ApiTags('running services')
@ApiBearerAuth()
@Controller()
export class RunningController {
  constructor(private readonly running: RunningService) {}

  @Post('arrangements/:id/visits')
  @Can('visit.record')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key records the visit once' })
  @ApiOperation({ summary: 'Record a visit delivered, or cancelled by the client or the supplier' })
  @Returns(Visit, { status: 201, description: 'Recorded (once for each Idempotency-Key)' })
  visit(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: VisitDto) {
    return this.running.recordVisit(id, user, key, dto);
  }

  @Post('arrangements/:id/visits/:visitId/correction')
  @Can('visit.record')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key corrects the visit once' })
  @ApiOperation({
    summary: "Correct a visit recorded wrongly (the own worker's): edit its values or cancel the record, with why",
  })
  @Returns(Visit, { status: 200, description: 'The visit as it now is, with its corrections' })
  correct(
    @Id() id: string,
    @Uuid('visitId', 'visit') visitId: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: VisitCorrectionDto,
  ) {
    return this.running.correctVisit(id, visitId, user, key, dto);
  }

  @Get('arrangements/:id/visits')
  @Can('arrangement.read')
  @ReadsClientData('visit')
  @Returns([Visit])
  visits(@Id() id: string, @CurrentUser() user: AuthUser) {
    return this.running.visits(id, user);
  }

  @Get('arrangements/:id/use')
  @Can('arrangement.read')
  @ReadsClientData('visit')
  @ApiOperation({ summary: "A month's use against the payment commitment" })
  @Returns(MonthUse)
  use(@Id() id: string, @CurrentUser() user: AuthUser, @Query() q: UseQueryDto) {
    return this.running.use(id, user, q);
  }

  @Get('running-services')
  @Can('running.list')
  @ReadsClientData('arrangement')
  @ApiOperation({ summary: 'Running services that need acting on: evaluations and continuation decisions due' })
  @Returns([RunningServiceShape])
  list(@CurrentUser() user: AuthUser, @Query() q: RunningListQueryDto) {
    return this.running.list(user, q);
  }
}
