import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Uuid } from '../common/params';
import { ReadsClientData } from '../access/client-data';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import {
  CaseListQueryDto,
  ClarificationAnswerDto,
  ClarificationDto,
  CloseCaseDto,
  CorrectiveActionDto,
  OutcomeDto,
  PlannedSupervisionDto,
  PlannedVisitFindingsDto,
  PlannedVisitQueryDto,
  ProcurementDto,
  ScorecardQueryDto,
  StatementDto,
} from './supervision.dto';
import { PlannedSupervisionService } from './planned-supervision.service';
import { SupervisionService } from './supervision.service';
import { Returns } from '../common/responses';
import {
  PlannedSupervision,
  PlannedSupervisionStopped,
  PlannedVisit,
  SupplierPlannedSupervision,
  FeedbackWordsAbout,
  Scorecard,
  SupervisionCase,
  SupervisionCaseSummary,
  SupplierRunningArrangement,
} from './supervision.responses';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller()
export class SupervisionController {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly planned: PlannedSupervisionService,
  ) {}

  @Get('supervision/cases')
  @Can('supervision.case.read')
  @ApiOperation({ summary: 'Reactive supervision cases; a supplier sees its own' })
  @Returns([SupervisionCaseSummary])
  cases(@CurrentUser() user: AuthUser, @Query() q: CaseListQueryDto) {
    return this.supervision.cases(user, q);
  }

  @Get('supervision/cases/:id')
  @Can('supervision.case.read')
  // The findings drawn from families' feedback: each reader's read is one of their feedback, for supervision.
  @ReadsClientData('feedback')
  @Returns(SupervisionCase)
  case(@Uuid('id', 'case') id: string, @CurrentUser() user: AuthUser) {
    return this.supervision.case(id, user);
  }

  @Post('supervision/cases/:id/close')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assessed: nothing to act on' })
  @Returns(SupervisionCase)
  close(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: CloseCaseDto,
  ) {
    return this.supervision.step(
      id,
      u,
      key,
      'closeWithoutAction',
      {},
      { kind: 'reason', body: { reason: dto.reason }, field: 'reasonTextId' },
    );
  }

  @Post('supervision/cases/:id/clarification')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the supplier for a clarification by a deadline (reminder, then escalation)' })
  @Returns(SupervisionCase)
  clarification(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: ClarificationDto,
  ) {
    return this.supervision.requestClarification(id, u, key, dto);
  }

  @Post('supervision/cases/:id/clarification/answer')
  @Can('supervision.clarification.answer')
  @HttpCode(200)
  @Returns(SupervisionCase)
  answer(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: ClarificationAnswerDto,
  ) {
    return this.supervision.step(
      id,
      u,
      key,
      'answerClarification',
      {},
      { kind: 'answer', body: { answer: dto.answer }, field: 'answerTextId' },
    );
  }

  @Post('supervision/cases/:id/procurement')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bring procurement into the case' })
  @Returns(SupervisionCase)
  procurement(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: ProcurementDto,
  ) {
    return this.supervision.step(
      id,
      u,
      key,
      'involveProcurement',
      {},
      { kind: 'note', body: { note: dto.note }, field: 'noteTextId' },
    );
  }

  @Post('supervision/cases/:id/statement')
  @Can('supervision.statement.add')
  @HttpCode(200)
  @ApiOperation({ summary: "Add to the assessment: the family's responsible worker, or the team" })
  @Returns(SupervisionCase)
  statement(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: StatementDto,
  ) {
    return this.supervision.step(
      id,
      u,
      key,
      'addStatement',
      {},
      { kind: 'statement', body: { statement: dto.statement }, field: 'noteTextId' },
    );
  }

  @Post('supervision/cases/:id/corrective-action')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @ApiOperation({ summary: 'Require a corrective action plan with a due date and a follow-up check' })
  @Returns(SupervisionCase)
  corrective(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: CorrectiveActionDto,
  ) {
    return this.supervision.requireCorrectiveAction(id, u, key, dto);
  }

  @Post('supervision/cases/:id/outcome')
  @Can('supervision.case.assess')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolved, or (procurement) a sanction or the end of the contract for a service' })
  @Returns(SupervisionCase)
  outcome(
    @Uuid('id', 'case') id: string,
    @CurrentUser() u: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: OutcomeDto,
  ) {
    return this.supervision.step(
      id,
      u,
      key,
      'decideOutcome',
      { outcome: dto.outcome, serviceCode: dto.serviceCode },
      { kind: 'reason', body: { reason: dto.reason }, field: 'reasonTextId' },
    );
  }

  @Get('suppliers/:supplierId/scorecard')
  @Can('supplier.scorecard.read')
  @ApiOperation({
    summary:
      "The supplier's picture: NPS and item means by service and quarter, cases, contracts, running services (counts); a supplier reads its own",
  })
  @Returns(Scorecard)
  scorecard(
    @Uuid('supplierId', 'supplier') supplierId: string,
    @CurrentUser() u: AuthUser,
    @Query() q: ScorecardQueryDto,
  ) {
    return this.supervision.scorecard(supplierId, u, q.serviceCode);
  }

  @Get('suppliers/:supplierId/feedback-words')
  @Can('supplier.feedback_words.read')
  @ReadsClientData('feedback')
  @ApiOperation({
    summary: 'What the families and own workers wrote about the supplier, newest first, never who or about whom',
  })
  @Returns([FeedbackWordsAbout])
  feedbackWords(
    @Uuid('supplierId', 'supplier') supplierId: string,
    @CurrentUser() u: AuthUser,
    @Query() q: ScorecardQueryDto,
  ) {
    return this.supervision.feedbackWords(supplierId, u, q.serviceCode);
  }

  @Get('suppliers/:supplierId/running-arrangements')
  @Can('supplier.running.read')
  @ReadsClientData('arrangement')
  @ApiOperation({ summary: "The supplier's running services, to re-arrange when its contract ends" })
  @Returns([SupplierRunningArrangement])
  running(
    @Uuid('supplierId', 'supplier') supplierId: string,
    @CurrentUser() u: AuthUser,
    @Query() q: ScorecardQueryDto,
  ) {
    return this.supervision.runningArrangements(supplierId, u, q.serviceCode);
  }

  @Put('suppliers/:supplierId/planned-supervision')
  @Can('planned_supervision.manage')
  @ApiOperation({ summary: 'Visit the supplier on a schedule (a Temporal Schedule); replaces the interval if set' })
  @Returns(PlannedSupervision)
  plan(
    @Uuid('supplierId', 'supplier') supplierId: string,
    @Body() dto: PlannedSupervisionDto,
    @CurrentUser() u: AuthUser,
  ) {
    return this.planned.plan(supplierId, dto.every, u);
  }

  @Get('planned-supervision')
  @Can('planned_supervision.read')
  @ApiOperation({
    summary:
      'Every supplier bought from and (not for procurement) every own-production unit, its self-monitoring, with its planned supervision (or none) and its visits due',
  })
  @Returns([SupplierPlannedSupervision])
  plans(@CurrentUser() u: AuthUser) {
    return this.planned.plans(u);
  }

  @Get('suppliers/:supplierId/planned-supervision')
  @Can('planned_supervision.read')
  @Returns(PlannedSupervision)
  planOf(@Uuid('supplierId', 'supplier') supplierId: string, @CurrentUser() u: AuthUser) {
    return this.planned.describeFor(supplierId, u);
  }

  @Delete('suppliers/:supplierId/planned-supervision')
  @Can('planned_supervision.manage')
  @Returns(PlannedSupervisionStopped)
  stopPlan(@Uuid('supplierId', 'supplier') supplierId: string, @CurrentUser() u: AuthUser) {
    return this.planned.stop(supplierId, u);
  }

  @Get('planned-visits')
  @Can('planned_supervision.read')
  @ApiOperation({ summary: 'Planned supervision visits, due and done' })
  @Returns([PlannedVisit])
  visits(@Query() q: PlannedVisitQueryDto, @CurrentUser() u: AuthUser) {
    return this.planned.visits(q, u);
  }

  @Post('planned-visits/:id/findings')
  @Can('planned_visit.record')
  @HttpCode(200)
  @ApiOperation({ summary: "Record a visit's findings; a concern opens or joins the supplier's case" })
  @Returns(PlannedVisit)
  findings(@Uuid('id', 'planned visit') id: string, @CurrentUser() u: AuthUser, @Body() dto: PlannedVisitFindingsDto) {
    return this.planned.recordFindings(id, u, dto);
  }
}
