import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadsClientData } from '../access/client-data';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Returns } from '../common/responses';
import { AttentionQueryDto } from './attention.dto';
import { Attention } from './attention.responses';
import { AttentionService } from './attention.service';

@ApiTags('running services')
@ApiBearerAuth()
@Controller('attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Get()
  @Can('running.list')
  @ReadsClientData('arrangement')
  @ApiOperation({
    summary:
      'What needs acting on now, of the arrangements the caller reaches: stopped services, continuation decisions ' +
      'due, evaluations overdue, proposals past their access-time target, changes waiting, unmet needs still ' +
      'open; and the parked messages',
  })
  @Returns(Attention)
  get(@CurrentUser() user: AuthUser, @Query() q: AttentionQueryDto) {
    return this.attention.now(user, q.limit);
  }
}
