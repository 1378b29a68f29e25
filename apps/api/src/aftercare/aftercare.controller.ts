import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ReadsClientData } from '../access/client-data';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Uuid } from '../common/params';
import { Returns } from '../common/responses';
import { CostToldDto, NoticeAddressDto, RecordAftercareDto, ServiceElsewhereDto } from './aftercare.dto';
import { Aftercare, CostTold, County, NoticeAddress, PlanSent, ServiceElsewhere } from './aftercare.responses';
import { AftercareService } from './aftercare.service';

/** Child welfare's aftercare across counties (seed 003): the young person's counties, contacts, services and plan. */
@ApiTags('aftercare')
@ApiBearerAuth()
@Controller()
export class AftercareController {
  constructor(private readonly aftercare: AftercareService) {}

  @Get('counties')
  @Can('county.read')
  @ApiOperation({ summary: 'The wellbeing services counties, this one first; notice addresses to one who sets them' })
  @Returns([County])
  counties(@CurrentUser() user: AuthUser) {
    return this.aftercare.counties(user);
  }

  @Put('counties/:code/notice-address')
  @Can('county.change')
  @ApiOperation({ summary: "Where a county's aftercare notices are posted (decisions, starts, monthly use, ends)" })
  @Returns(NoticeAddress)
  setNoticeAddress(@Param('code') code: string, @Body() dto: NoticeAddressDto) {
    return this.aftercare.setNoticeAddress(code, dto.noticeUrl);
  }

  @Get('clients/:id/aftercare')
  @Can('aftercare.read')
  @ReadsClientData('aftercare')
  @ApiOperation({
    summary: "A young person's aftercare: the counties, whom they contact, the services here and elsewhere",
  })
  @Returns(Aftercare)
  read(@Uuid('id', 'client') id: string, @CurrentUser() user: AuthUser) {
    return this.aftercare.read(id, user);
  }

  @Put('clients/:id/aftercare')
  @Can('aftercare.record')
  @ApiOperation({
    summary: "Record a young person's aftercare: from when, who placed them, where they live, the plan, the contacts",
  })
  @Returns(Aftercare)
  record(@Uuid('id', 'client') id: string, @CurrentUser() user: AuthUser, @Body() dto: RecordAftercareDto) {
    return this.aftercare.record(id, user, dto);
  }

  @Post('clients/:id/aftercare/services-elsewhere')
  @Can('aftercare.record')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'A service the county the young person lives in arranges for them, as it told' })
  @Returns(ServiceElsewhere)
  addServiceElsewhere(
    @Uuid('id', 'client') id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: ServiceElsewhereDto,
  ) {
    return this.aftercare.addServiceElsewhere(id, user, key, dto);
  }

  @Put('clients/:id/aftercare/services-elsewhere/:serviceId/costs')
  @Can('aftercare.record')
  @ApiOperation({ summary: "A month's cost of a service elsewhere, as the other county told it" })
  @Returns(CostTold)
  recordCost(
    @Uuid('id', 'client') id: string,
    @Uuid('serviceId', 'service elsewhere') serviceId: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: CostToldDto,
  ) {
    return this.aftercare.recordCost(id, serviceId, user, dto);
  }

  @Get('clients/:id/aftercare/plan.pdf')
  @Can('aftercare.read')
  @ReadsClientData('client_plan')
  @ApiOperation({ summary: "The young person's client plan as a PDF, in their language, as it stands now" })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The client plan',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async plan(@Uuid('id', 'client') id: string, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    const pdf = await this.aftercare.plan(id, user);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', 'inline; filename="client-plan.pdf"');
    res.send(pdf);
  }

  @Post('clients/:id/aftercare/plan/send')
  @Can('aftercare.record')
  @HttpCode(202)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Send the client plan to the other county concerned, as a delivery to its notice address' })
  @Returns(PlanSent)
  sendPlan(@Uuid('id', 'client') id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string) {
    return this.aftercare.sendPlan(id, user, key);
  }
}
