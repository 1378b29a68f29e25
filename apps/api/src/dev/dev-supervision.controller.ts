import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Uuid } from '../common/params';
import { Returns } from '../common/responses';
import { isoDuration } from '../common/schemas';
import { PlannedSupervisionService } from '../supervision/planned-supervision.service';
import { clarificationSchema, correctiveActionSchema, plannedSupervisionSchema } from '../supervision/supervision.dto';
import { PlannedSupervision, SupervisionCase } from '../supervision/supervision.responses';
import { SupervisionService } from '../supervision/supervision.service';

/** Any ISO 8601 duration, seconds too: the tests see a reminder, an escalation and a visit in seconds. */
const anyDuration = isoDuration('P14D or PT2S');
class DevClarificationDto extends createZodDto(clarificationSchema(anyDuration)) {}
class DevCorrectiveActionDto extends createZodDto(correctiveActionSchema(anyDuration)) {}
class DevPlannedSupervisionDto extends createZodDto(plannedSupervisionSchema(anyDuration)) {}

/**
 * The development API's supervision steps: as the public routes of the same names, with the same
 * permissions and effects, but their deadlines, follow-ups and visit intervals may be seconds.
 * Registered only with DEV_API=on (see dev-api.ts).
 */
@ApiExcludeController()
@Controller('dev-api')
export class DevSupervisionController {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly planned: PlannedSupervisionService,
  ) {}

  @Post('supervision/cases/:id/clarification')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @Returns(SupervisionCase)
  clarification(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: DevClarificationDto,
  ) {
    return this.supervision.requestClarification(id, u, key, dto);
  }

  @Post('supervision/cases/:id/corrective-action')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @Returns(SupervisionCase)
  corrective(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: DevCorrectiveActionDto,
  ) {
    return this.supervision.requireCorrectiveAction(id, u, key, dto);
  }

  @Put('suppliers/:supplierId/planned-supervision')
  @Can('planned_supervision.manage')
  @Returns(PlannedSupervision)
  plan(
    @Uuid('supplierId', 'supplier') supplierId: string,
    @Body() dto: DevPlannedSupervisionDto,
    @CurrentUser() u: AuthUser,
  ) {
    return this.planned.plan(supplierId, dto.every, u);
  }
}
