import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DECISION_ACTIONS } from '../../../../libs/contracts/actions';
import { DECISION_KINDS, DECISION_OUTCOMES } from '../../../../libs/domain/decisions';
import { decisionLetter, decisionsOf } from '../../../../libs/letters/letter-store';
import { decisionActionsFor } from '../access/allowed-actions';
import { AccessLogService } from '../access/access-log.service';
import { ReadsClientData } from '../access/client-data';
import { RecordPolicy } from '../access/record-policy';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { DomainError } from '../common/domain-error';
import { ArrangementId } from '../common/params';
import { Returns, Shapes } from '../common/responses';

const DecisionSummary = z
  .object({
    seq: z.number().int().describe("The decision's number in its arrangement: the letter's address"),
    kind: z.enum(DECISION_KINDS),
    outcome: z.enum(DECISION_OUTCOMES),
    decidedOn: Shapes.date,
    appealDeadline: Shapes.date
      .nullable()
      .describe('The last day to request rectification, for an appealable one (denied, unmet need, ended)'),
    reference: z.string().describe("The reference number on the decision's letter, for the family to quote"),
    notification: z.enum(['post', 'electronic', 'in_person']),
    allowedActions: z
      .array(z.enum(DECISION_ACTIONS))
      .describe("requestRectification: the caller may record the client's request for its rectification"),
  })
  .meta({
    id: 'DecisionSummary',
    example: {
      seq: 6,
      kind: 'initial',
      outcome: 'denied',
      decidedOn: '2026-11-27',
      appealDeadline: '2027-01-04',
      notification: 'post',
      reference: 'LUVN-0B6F8A52-6',
      allowedActions: ['requestRectification'],
    },
  });

/** The decisions of an arrangement and their letters, as the client got them (PDF, the client's language). */
@ApiTags('arrangements')
@ApiBearerAuth()
@Controller('arrangements/:id/decisions')
export class LettersController {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: RecordPolicy,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get()
  @Can('decision.letter.read')
  @ReadsClientData('decision_letter')
  @ApiOperation({
    summary:
      "The arrangement's decisions with letters, oldest first: initial, continuation, change, unmet need, early end",
  })
  @Returns([DecisionSummary])
  async list(@ArrangementId() id: string, @CurrentUser() user: AuthUser) {
    await this.policy.assert(user, 'arrangement', id);
    const decisions = await decisionsOf(this.ds, id);
    // Which decisions a client has had is the client's data too: its listing is logged as a read.
    await this.accessLog.record(user, [
      { clientId: await this.clientOf(id), record: 'decision_letter', recordId: id, action: 'list' },
    ]);
    const requested: { seq: number; requests: number }[] = await this.ds.query(
      `select decision_seq as seq, count(*)::int as requests from rectification_request
       where arrangement_id = $1 group by 1`,
      [id],
    );
    const requests = new Map(requested.map((r) => [r.seq, r.requests]));
    return decisions.map((d) => ({
      ...d,
      allowedActions: decisionActionsFor(user, { ...d, requests: requests.get(d.seq) ?? 0 }),
    }));
  }

  @Get(':seq/letter')
  @Can('decision.letter.read')
  @ReadsClientData('decision_letter')
  @ApiOperation({ summary: "A decision's letter as a PDF, in the client's language; rendered once and kept" })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The letter',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async letter(
    @ArrangementId() id: string,
    @Param('seq') seq: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    if (!/^\d{1,9}$/.test(seq)) throw DomainError.invalidField('seq', 'format', "must be a decision's number");
    await this.policy.assert(user, 'arrangement', id);
    const pdf = await decisionLetter(this.ds, id, Number(seq));
    if (!pdf) throw DomainError.notFound('decision', `${id}/${seq}`);
    await this.accessLog.record(user, [
      { clientId: await this.clientOf(id), record: 'decision_letter', recordId: id, action: 'read' },
    ]);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="decision-${seq}.pdf"`);
    res.send(pdf);
  }

  private async clientOf(arrangementId: string): Promise<string> {
    const [whose]: { clientId: string }[] = await this.ds.query(
      'select client_id as "clientId" from arrangement where id = $1',
      [arrangementId],
    );
    return whose!.clientId;
  }
}
