import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ReadsClientData } from '../access/client-data';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { ArrangementId } from '../common/params';
import { ArrangementListService } from './arrangement-list.service';
import {
  AnswerDto,
  ArrangementListQueryDto,
  ChangeDto,
  ChooseWayDto,
  ContinuationDto,
  CreateArrangementDto,
  DecisionDto,
  EmptyDto,
  EvaluationDto,
  StepDto,
  OrderResponseDto,
  PaymentCommitmentDto,
  ProposalDto,
  QuestionDto,
  QueueQueryDto,
  ReasonDto,
  StartDto,
  TerminationDto,
} from './arrangements.dto';
import { Arrangement, CommandResult, ListedArrangement, QueuePage, TimelineEvent } from './arrangements.responses';
import { ArrangementReads } from './arrangement-reads.service';
import { ArrangementsService } from './arrangements.service';
import { ProposalsService } from './proposals.service';
import { Returns } from '../common/responses';
import { IdempotencyKey } from './idempotency-key';
import { QueueService } from './queue.service';

const Id = ArrangementId;

@ApiTags('arrangements')
@ApiBearerAuth()
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Repeat a request with the same key and it has effect once',
})
@Controller('arrangements')
export class ArrangementsController {
  constructor(
    private readonly arrangements: ArrangementsService,
    private readonly proposals: ProposalsService,
    private readonly reads: ArrangementReads,
    private readonly lists: ArrangementListService,
  ) {}

  @Get()
  @Can('arrangement.list')
  @ReadsClientData('arrangement')
  @ApiOperation({
    summary:
      "The arrangements you handle, newest first: your clients' with what each waits for from you, your " +
      "team's, or your orders and services as a supplier",
  })
  @Returns([ListedArrangement])
  list(@CurrentUser() user: AuthUser, @Query() q: ArrangementListQueryDto) {
    return this.lists.list(user, q);
  }

  @Post()
  @Can('arrangement.create')
  @ApiOperation({ summary: "Draft a service proposal for one of your clients (starts the arrangement's process)" })
  @Returns(
    Arrangement,
    { status: 201, description: 'Drafted, and its process started' },
    {
      status: 202,
      description:
        'Drafted and saved, but the process service did not answer: the process starts when it does (the same ' +
        'request again with the same Idempotency-Key shows it)',
    },
  )
  async create(
    @CurrentUser() user: AuthUser,
    @IdempotencyKey(true) key: string | undefined,
    @Body() dto: CreateArrangementDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { started, arrangement } = await this.proposals.create(user, key, dto);
    res.status(started ? HttpStatus.CREATED : HttpStatus.ACCEPTED);
    return arrangement;
  }

  @Get(':id')
  @Can('arrangement.read')
  @ReadsClientData('arrangement')
  @Returns(Arrangement)
  detail(@Id() id: string, @CurrentUser() user: AuthUser) {
    return this.reads.detail(id, user);
  }

  @Get(':id/timeline')
  @Can('arrangement.read')
  @ReadsClientData('timeline')
  @ApiOperation({ summary: 'Every step: who, when, what' })
  @Returns([TimelineEvent])
  timeline(@Id() id: string, @CurrentUser() user: AuthUser) {
    return this.reads.timeline(id, user);
  }

  @Put(':id/proposal')
  @Can('proposal.edit')
  @ApiOperation({ summary: 'Save a new version of the draft (or of a returned proposal)' })
  @Returns(CommandResult)
  saveDraft(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: ProposalDto) {
    return this.arrangements.saveDraft(id, user, key, dto);
  }

  @Post(':id/consultation')
  @Can('proposal.edit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the arranging team for a consultation while preparing' })
  @Returns(CommandResult)
  consult(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: QuestionDto) {
    return this.arrangements.requestConsultation(id, user, key, dto.question);
  }

  @Post(':id/consultation/answer')
  @Can('consultation.answer')
  @HttpCode(200)
  @Returns(CommandResult)
  answer(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: AnswerDto) {
    return this.arrangements.answerConsultation(id, user, key, dto.answer);
  }

  @Post(':id/submit')
  @Can('proposal.edit')
  @HttpCode(200)
  @ApiOperation({ summary: "Send the proposal to the arranging team's queue" })
  @Returns(CommandResult)
  submit(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() _: EmptyDto) {
    return this.arrangements.submit(id, user, key);
  }

  @Post(':id/withdraw')
  @Can('proposal.edit')
  @HttpCode(200)
  @Returns(CommandResult)
  withdraw(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: ReasonDto) {
    return this.arrangements.withdraw(id, user, key, dto.reason);
  }

  @Post(':id/claim')
  @Can('queue.work')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the proposal from the queue; only one team member can hold it' })
  @Returns(CommandResult)
  claim(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() _: EmptyDto) {
    return this.arrangements.claim(id, user, key);
  }

  @Post(':id/release')
  @Can('queue.work')
  @HttpCode(200)
  @Returns(CommandResult)
  release(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() _: EmptyDto) {
    return this.arrangements.release(id, user, key);
  }

  @Post(':id/return')
  @Can('queue.work')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return the proposal to the own worker for completion' })
  @Returns(CommandResult)
  returnForCompletion(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: ReasonDto,
  ) {
    return this.arrangements.returnForCompletion(id, user, key, dto.reason);
  }

  @Post(':id/way')
  @Can('queue.work')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Choose the way of arranging; a purchase orders from a contracted supplier, own production from a unit of the county',
  })
  @Returns(CommandResult)
  chooseWay(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: ChooseWayDto) {
    return this.arrangements.chooseWay(id, user, key, dto.way, dto.supplierId);
  }

  @Post(':id/order-response')
  @Can('order.respond')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The supplier or own-production unit accepts the order (a unit naming its worker) or declines it (a unit: no_capacity)',
  })
  @Returns(CommandResult)
  respond(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: OrderResponseDto,
  ) {
    return this.arrangements.respondToOrder(id, user, key, dto);
  }

  @Post(':id/decision')
  @Can('decision.make')
  @HttpCode(200)
  @ApiOperation({ summary: 'Grant (period from the catalogue) or deny (appealable, with reasons)' })
  @Returns(CommandResult)
  decide(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: DecisionDto) {
    return this.arrangements.decide(id, user, key, dto);
  }

  @Post(':id/unmet-need')
  @Can('queue.work')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the need cannot be met for lack of resources' })
  @Returns(CommandResult)
  unmetNeed(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: ReasonDto) {
    return this.arrangements.recordUnmetNeed(id, user, key, dto.reason);
  }

  @Post(':id/reopen')
  @Can('queue.work')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take an unmet need back into handling when resources appear' })
  @Returns(CommandResult)
  reopen(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() _: EmptyDto) {
    return this.arrangements.reopen(id, user, key);
  }

  @Post(':id/payment-commitment')
  @Can('queue.work')
  @HttpCode(200)
  @Returns(CommandResult)
  commit(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: PaymentCommitmentDto,
  ) {
    return this.arrangements.commitPayment(id, user, key, dto.costCentreCode);
  }

  @Post(':id/evaluations')
  @Can('evaluation.record')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an evaluation meeting; the next one is scheduled at the service’s interval' })
  @Returns(CommandResult)
  evaluate(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: EvaluationDto) {
    return this.arrangements.recordEvaluation(id, user, key, dto);
  }

  @Post(':id/continuation')
  @Can('continuation.decide')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide, after reassessing with the family, whether the service continues for another period',
  })
  @Returns(CommandResult)
  continuation(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: ContinuationDto,
  ) {
    return this.arrangements.decideContinuation(id, user, key, dto);
  }

  @Post(':id/termination')
  @Can('service.end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the service early, with a reason; closes the commitment and asks for feedback' })
  @Returns(CommandResult)
  terminate(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: TerminationDto,
  ) {
    return this.arrangements.terminate(id, user, key, dto);
  }

  @Post(':id/change')
  @Can('change.request')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask for a change of intensity or supplier; the team decides it and commits payment' })
  @Returns(CommandResult)
  change(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: ChangeDto) {
    return this.arrangements.requestChange(id, user, key, dto);
  }

  @Post(':id/change/decision')
  @Can('queue.work')
  @HttpCode(200)
  @Returns(CommandResult)
  changeDecision(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: DecisionDto,
  ) {
    return this.arrangements.decideChange(id, user, key, dto);
  }

  @Post(':id/change/payment-commitment')
  @Can('queue.work')
  @HttpCode(200)
  @Returns(CommandResult)
  changeCommitment(
    @Id() id: string,
    @CurrentUser() user: AuthUser,
    @IdempotencyKey() key: string,
    @Body() dto: PaymentCommitmentDto,
  ) {
    return this.arrangements.commitChange(id, user, key, dto.costCentreCode);
  }

  @Post(':id/start')
  @Can('service.start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the starting negotiation and goals; the service becomes active' })
  @Returns(CommandResult)
  start(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: StartDto) {
    return this.arrangements.start(id, user, key, dto);
  }

  @Post(':id/steps')
  @Can('evaluation.record')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Record one of the card's required steps done (the introductory visit, the goals and meetings agreed, an interim negotiation)",
  })
  @Returns(CommandResult)
  recordStep(@Id() id: string, @CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: StepDto) {
    return this.arrangements.recordStep(id, user, key, dto);
  }
}

@ApiTags('queues')
@ApiBearerAuth()
@Controller('teams')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Get(':teamId/queue')
  @Can('queue.read')
  @ReadsClientData('arrangement')
  @ApiOperation({ summary: "The arranging team's handling queue, earliest due first" })
  @Returns(QueuePage)
  page(@Param('teamId') teamId: string, @CurrentUser() user: AuthUser, @Query() query: QueueQueryDto) {
    return this.queue.page(teamId, user, query);
  }
}
