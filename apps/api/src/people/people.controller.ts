import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadsClientData } from '../access/client-data';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { Uuid } from '../common/params';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { HandOverDto, HandOverManyDto, LeavingDayDto } from './people.dto';
import { Returns } from '../common/responses';
import { Handover, HandoverRecord, LeavingDay, OwnWorker, UserDisabled } from './people.responses';
import { PeopleService } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post('clients/own-worker')
  @Can('client.hand_over')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({
    summary: 'Hand clients over to one own worker together: all or none, each client with its own history row',
  })
  @Returns([Handover])
  handOverMany(@CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: HandOverManyDto) {
    return this.people.handOverMany(dto.clientIds, user, key, dto);
  }

  @Get('own-workers')
  @Can('client.hand_over')
  @ApiOperation({
    summary: 'The own workers of the teams one leads: caseloads, leaving days, and whether they may get clients',
  })
  @Returns([OwnWorker])
  ownWorkers(@CurrentUser() user: AuthUser) {
    return this.people.ownWorkers(user);
  }

  @Post('users/:id/leaving-day')
  @Can('user.disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set (or clear) the day a worker leaves: their clients show as to be handed over' })
  @Returns(LeavingDay)
  setLeavingDay(@Uuid('id', 'user') id: string, @CurrentUser() user: AuthUser, @Body() dto: LeavingDayDto) {
    return this.people.setLeavingDay(id, user, dto.leavingOn);
  }

  @Post('clients/:id/own-worker')
  @Can('client.hand_over')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({
    summary: "Hand a client over to another own worker: every right to act on the client's services moves",
  })
  @Returns(Handover)
  handOver(
    @Uuid('id', 'client') id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: HandOverDto,
  ) {
    return this.people.handOver(id, user, key, dto);
  }

  @Get('clients/:id/own-worker/history')
  @Can('client.hand_over')
  @ReadsClientData('client')
  @ApiOperation({ summary: "The client's own workers over time, with who handed the client over, when and why" })
  @Returns([HandoverRecord])
  handovers(@Uuid('id', 'client') id: string, @CurrentUser() user: AuthUser) {
    return this.people.handovers(id, user);
  }

  @Post('users/:id/disable')
  @Can('user.disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'A worker who leaves: refused (409, with the clients) while anyone’s own worker' })
  @Returns(UserDisabled)
  disable(@Uuid('id', 'user') id: string, @CurrentUser() user: AuthUser) {
    return this.people.disable(id, user);
  }
}
