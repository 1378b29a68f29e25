import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SURVEY_POINTS, type SurveyPoint } from '../../../../libs/domain/family-survey';
import { clientPlanPdf } from '../../../../libs/letters/client-plan';
import { decisionLetter } from '../../../../libs/letters/letter-store';
import { ReadsClientData } from '../access/client-data';
import { CurrentFamily, FamilyRoute } from '../auth/auth';
import { DomainError } from '../common/domain-error';
import { ArrangementId, Uuid } from '../common/params';
import { Returns } from '../common/responses';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import { FamilyOnline } from './family-online';
import { FamilyReach } from './family-reach';
import type { FamilySession } from './family-sessions';
import { FamilyRectificationDto, FamilySurveyDto } from './family.dto';
import { FamilyClient, FamilyClientMatters, FamilyRectificationSent, FamilySurveyAnswered } from './family.responses';

function decisionSeq(seq: string): number {
  if (!/^\d{1,9}$/.test(seq)) throw DomainError.invalidField('seq', 'format', "must be a decision's number");
  return Number(seq);
}

const REACH = 'the clients the person is the guardian of, and themselves from 15 (apps/api/src/family/family-reach.ts)';

/**
 * The family's own view: the children (and self) a person signed in through the identification broker may
 * see, their decisions with letters, and whom to contact. Every read is in the access log, naming the person.
 */
@ApiTags('family')
@Controller('family')
export class FamilyController {
  constructor(
    private readonly reach: FamilyReach,
    private readonly online: FamilyOnline,
  ) {}

  @Get('clients')
  @FamilyRoute(REACH)
  @ReadsClientData('client')
  @ApiOperation({ summary: "The family's view: the children whose guardian the person is, and themselves from 15" })
  @Returns([FamilyClient])
  async clients(@CurrentFamily() family: FamilySession) {
    const clients = await this.reach.clients(family);
    for (const c of clients) await this.reach.log(family, c, [{ clientId: c.id, record: 'client', action: 'list' }]);
    return clients;
  }

  @Get('clients/:id')
  @FamilyRoute(REACH)
  @ReadsClientData('client')
  @ApiOperation({
    summary:
      "The family's view: a child's decisions by service, with period and next evaluation, and whom to contact; " +
      'the survey offered on each service and the requests for rectification open, as allowed actions',
  })
  @Returns(FamilyClientMatters)
  async matters(@Uuid('id', 'client') id: string, @CurrentFamily() family: FamilySession) {
    const client = await this.reach.client(family, id);
    const matters = await this.online.withActions(await this.reach.matters(client));
    await this.reach.log(family, client, [
      { clientId: id, record: 'client', action: 'read' },
      ...matters.arrangements.map((a) => ({
        clientId: id,
        record: 'decision_letter' as const,
        recordId: a.id,
        action: 'list' as const,
      })),
    ]);
    return matters;
  }

  @Get('arrangements/:id/decisions/:seq/letter')
  @FamilyRoute(REACH)
  @ReadsClientData('decision_letter')
  @ApiOperation({ summary: "The family's view: a decision's letter as a PDF, with its appeal instructions" })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The letter',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async letter(
    @ArrangementId() id: string,
    @Param('seq') seq: string,
    @CurrentFamily() family: FamilySession,
    @Res() res: Response,
  ): Promise<void> {
    const n = decisionSeq(seq);
    const client = await this.reach.clientOfArrangement(family, id);
    const pdf = await decisionLetter(this.reach.ds, id, n);
    if (!pdf) throw DomainError.notFound('decision', `${id}/${seq}`);
    await this.reach.log(family, client, [
      { clientId: client.id, record: 'decision_letter', recordId: id, action: 'read' },
    ]);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="decision-${seq}.pdf"`);
    res.send(pdf);
  }

  @Get('clients/:id/aftercare/plan.pdf')
  @FamilyRoute(REACH)
  @ReadsClientData('client_plan')
  @ApiOperation({
    summary:
      "The family's view: a young person's client plan in aftercare as a PDF, as it stands now: their services, " +
      'who arranges each, and whom to contact; 404 when they are not in aftercare',
  })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The client plan',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async plan(
    @Uuid('id', 'client') id: string,
    @CurrentFamily() family: FamilySession,
    @Res() res: Response,
  ): Promise<void> {
    const client = await this.reach.client(family, id);
    const pdf = await clientPlanPdf(this.reach.ds, id);
    if (!pdf) throw DomainError.notFound('aftercare of client', id);
    await this.reach.log(family, client, [{ clientId: id, record: 'client_plan', action: 'read' }]);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', 'inline; filename="client-plan.pdf"');
    res.send(pdf);
  }

  @Post('arrangements/:id/surveys/:point')
  @FamilyRoute(REACH)
  @ApiOperation({
    summary:
      "The family's answer to the feedback survey offered on a service (at its end, or after the county's months " +
      'of it): once at each point; it counts as any survey answer, and a bad one makes a finding for supervision',
  })
  @Returns(FamilySurveyAnswered, { status: 201, description: 'Answered' })
  async answerSurvey(
    @ArrangementId() id: string,
    @Param('point') point: string,
    @CurrentFamily() family: FamilySession,
    @Body() dto: FamilySurveyDto,
  ) {
    if (!(SURVEY_POINTS as readonly string[]).includes(point)) {
      throw DomainError.invalidField('point', 'invalid_value', `must be one of ${SURVEY_POINTS.join(', ')}`);
    }
    const client = await this.reach.clientOfArrangement(family, id);
    return this.online.answerSurvey(family, client, id, point as SurveyPoint, dto);
  }

  @Post('arrangements/:id/decisions/:seq/rectification-requests')
  @FamilyRoute(REACH)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key sends the request once' })
  @ApiOperation({
    summary:
      "The family's request for rectification of a decision, sent online: received today, in time or late by the " +
      "decision's last day, recorded for the team as sent by the family",
  })
  @Returns(FamilyRectificationSent, { status: 201, description: 'Sent' })
  async requestRectification(
    @ArrangementId() id: string,
    @Param('seq') seq: string,
    @CurrentFamily() family: FamilySession,
    @IdempotencyKey() key: string,
    @Body() dto: FamilyRectificationDto,
  ) {
    const n = decisionSeq(seq);
    const client = await this.reach.clientOfArrangement(family, id);
    return this.online.requestRectification(family, client, id, n, key, dto.grounds);
  }
}
