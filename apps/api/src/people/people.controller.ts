import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadsClientData } from '../access/client-data';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { Uuid } from '../common/params';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { HandOverDto } from './people.dto';
import { Returns } from '../common/responses';
import { Handover, HandoverRecord, UserDisabled } from './people.responses';
import { PeopleService } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

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
