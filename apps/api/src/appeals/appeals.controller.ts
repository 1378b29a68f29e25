import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadsClientData } from '../access/client-data';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { DomainError } from '../common/domain-error';
import { ArrangementId, Uuid } from '../common/params';
import { Returns } from '../common/responses';
import { CourtAppealDto, CourtOutcomeDto, RectificationOutcomeDto, RectificationRequestDto } from './appeals.dto';
import { RectificationRequest } from './appeals.responses';
import { AppealsService } from './appeals.service';

/** Requests for rectification (oikaisuvaatimus, begäran om omprövning) and appeals to the court. */
@ApiTags('appeals')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Post('arrangements/:id/decisions/:seq/rectification-requests')
  @Can('appeal.record')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key records the request once' })
  @ApiOperation({
    summary: "Record a client's request for rectification of a decision; whether it came in time is worked out",
  })
  @Returns(RectificationRequest, { status: 201, description: 'Recorded' })
  record(
    @ArrangementId() id: string,
    @Param('seq') seq: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: RectificationRequestDto,
  ) {
    if (!/^\d{1,9}$/.test(seq)) throw DomainError.invalidField('seq', 'format', "must be a decision's number");
    return this.appeals.record(user, id, Number(seq), key, dto);
  }

  @Get('arrangements/:id/rectification-requests')
  @Can('appeal.read')
  @ReadsClientData('arrangement')
  @ApiOperation({ summary: "The requests for rectification of an arrangement's decisions, and what became of them" })
  @Returns([RectificationRequest])
  list(@ArrangementId() id: string, @CurrentUser() user: AuthUser) {
    return this.appeals.list(user, id);
  }

  @Post('rectification-requests/:id/outcome')
  @Can('appeal.record')
  @HttpCode(200)
  @ApiOperation({ summary: "The individual affairs section's answer: upheld, changed, or dismissed as late" })
  @Returns(RectificationRequest)
  outcome(
    @Uuid('id', 'rectification request') id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: RectificationOutcomeDto,
  ) {
    return this.appeals.outcome(user, id, dto);
  }

  @Post('rectification-requests/:id/court-appeal')
  @Can('appeal.record')
  @HttpCode(200)
  @ApiOperation({ summary: "An appeal to the administrative court against the section's decision" })
  @Returns(RectificationRequest)
  court(@Uuid('id', 'rectification request') id: string, @CurrentUser() user: AuthUser, @Body() dto: CourtAppealDto) {
    return this.appeals.courtAppeal(user, id, dto);
  }

  @Post('rectification-requests/:id/court-appeal/outcome')
  @Can('appeal.record')
  @HttpCode(200)
  @ApiOperation({ summary: "The administrative court's decision" })
  @Returns(RectificationRequest)
  courtOutcome(
    @Uuid('id', 'rectification request') id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: CourtOutcomeDto,
  ) {
    return this.appeals.courtOutcome(user, id, dto);
  }
}
