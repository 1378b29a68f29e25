import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appealDeadline } from '../../../../libs/domain/decisions';
import { AccessLogService } from '../access/access-log.service';
import { RecordPolicy } from '../access/record-policy';
import { ArrangementReads } from '../arrangements/arrangement-reads.service';
import { ArrangementsService } from '../arrangements/arrangements.service';
import { ProposalsService } from '../arrangements/proposals.service';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import type { CourtAppealDto, CourtOutcomeDto, RectificationOutcomeDto, RectificationRequestDto } from './appeals.dto';

const VIEW = `select r.id, r.arrangement_id as "arrangementId", r.decision_seq as "decisionSeq",
    to_char(r.received_on, 'YYYY-MM-DD') as "receivedOn", r.in_time as "inTime",
    to_char(d.appeal_deadline, 'YYYY-MM-DD') as "appealDeadline", r.grounds, r.recorded_by as "recordedBy",
    r.recorded_at as "recordedAt", r.outcome, to_char(r.outcome_on, 'YYYY-MM-DD') as "outcomeOn",
    r.new_decision as "newDecision", to_char(r.court_filed_on, 'YYYY-MM-DD') as "courtFiledOn",
    r.court_outcome as "courtOutcome", to_char(r.court_decided_on, 'YYYY-MM-DD') as "courtDecidedOn",
    r.follow_up_arrangement_id as "followUpArrangementId", d.kind as "decisionKind", d.outcome as "decisionOutcome"
  from rectification_request r join decision d on d.arrangement_id = r.arrangement_id and d.seq = r.decision_seq`;

interface Row {
  id: string;
  arrangementId: string;
  decisionKind: 'initial' | 'continuation' | 'change';
  decisionOutcome: 'granted' | 'denied';
  inTime: boolean;
  outcome: string | null;
  outcomeOn: string | null;
  courtFiledOn: string | null;
  courtOutcome: string | null;
}

/**
 * Requests for rectification of a decision and what became of them: recorded by the arranging team or a
 * team lead, answered by the individual affairs section, appealed to the administrative court.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: RecordPolicy,
    private readonly accessLog: AccessLogService,
    private readonly arrangements: ArrangementsService,
    private readonly reads: ArrangementReads,
    private readonly proposals: ProposalsService,
  ) {}

  async record(user: AuthUser, arrangementId: string, seq: number, key: string, dto: RectificationRequestDto) {
    await this.policy.assert(user, 'arrangement', arrangementId);
    const [decision]: {
      decidedOn: string;
      notification: 'post' | 'electronic' | 'in_person';
      deadline: string | null;
    }[] = await this.ds.query(
      `select to_char(decided_on, 'YYYY-MM-DD') as "decidedOn", notification,
                to_char(appeal_deadline, 'YYYY-MM-DD') as deadline
         from decision where arrangement_id = $1 and seq = $2`,
      [arrangementId, seq],
    );
    if (!decision) throw DomainError.notFound('decision', `${arrangementId}/${seq}`);
    if (dto.receivedOn < decision.decidedOn) {
      throw DomainError.invalidField(
        'receivedOn',
        'date_order',
        `must not be before the decision (${decision.decidedOn})`,
      );
    }
    const lastDay = decision.deadline ?? appealDeadline(decision.decidedOn, decision.notification);
    const id = uuidFromName(`rectification:${arrangementId}:${seq}:${user.userId}:${key}`);
    await this.ds.query(
      `insert into rectification_request (id, arrangement_id, decision_seq, received_on, in_time, grounds, recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
      [id, arrangementId, seq, dto.receivedOn, dto.receivedOn <= lastDay, dto.grounds, user.userId],
    );
    await this.logged(user, arrangementId, 'create');
    return this.view(id);
  }

  async list(user: AuthUser, arrangementId: string): Promise<unknown[]> {
    await this.policy.assert(user, 'arrangement', arrangementId);
    await this.logged(user, arrangementId, 'read');
    return this.ds.query(`${VIEW} where r.arrangement_id = $1 order by r.recorded_at, r.id`, [arrangementId]);
  }

  async outcome(user: AuthUser, id: string, dto: RectificationOutcomeDto) {
    const r = await this.reachable(user, id);
    if (r.outcome) throw new DomainError(ErrorCode.InvalidTransition, `the section has decided already: ${r.outcome}`);
    if (dto.outcome === 'dismissed_late' && r.inTime) {
      throw DomainError.invalidField('outcome', 'in_time', 'the request came in time: it cannot be dismissed as late');
    }
    await this.ds.query(
      `update rectification_request set outcome = $2, outcome_on = $3, new_decision = $4, outcome_by = $5
       where id = $1 and outcome is null`,
      [id, dto.outcome, dto.decidedOn, dto.newDecision, user.userId],
    );
    await this.logged(user, r.arrangementId, 'change');
    if (dto.outcome === 'changed' && r.decisionOutcome === 'denied') await this.carryOut(user, r);
    return this.view(id);
  }

  async courtAppeal(user: AuthUser, id: string, dto: CourtAppealDto) {
    const r = await this.reachable(user, id);
    if (!r.outcome || !r.outcomeOn) {
      throw new DomainError(
        ErrorCode.InvalidTransition,
        "the court hears an appeal against the section's decision: it has none yet",
      );
    }
    if (r.courtFiledOn) throw new DomainError(ErrorCode.InvalidTransition, 'the court appeal is recorded already');
    if (dto.filedOn < r.outcomeOn) {
      throw DomainError.invalidField(
        'filedOn',
        'date_order',
        `must not be before the section's decision (${r.outcomeOn})`,
      );
    }
    await this.ds.query('update rectification_request set court_filed_on = $2 where id = $1', [id, dto.filedOn]);
    await this.logged(user, r.arrangementId, 'change');
    return this.view(id);
  }

  async courtOutcome(user: AuthUser, id: string, dto: CourtOutcomeDto) {
    const r = await this.reachable(user, id);
    if (!r.courtFiledOn) throw new DomainError(ErrorCode.InvalidTransition, 'no court appeal is recorded');
    if (r.courtOutcome) throw new DomainError(ErrorCode.InvalidTransition, 'the court has decided already');
    if (dto.decidedOn < r.courtFiledOn) {
      throw DomainError.invalidField('decidedOn', 'date_order', `must not be before the appeal (${r.courtFiledOn})`);
    }
    await this.ds.query('update rectification_request set court_outcome = $2, court_decided_on = $3 where id = $1', [
      id,
      dto.outcome,
      dto.decidedOn,
    ]);
    await this.logged(user, r.arrangementId, 'change');
    return this.view(id);
  }

  /**
   * The process carries out a negative decision changed on rectification: a denied service goes to be
   * arranged; a service not to be continued goes on for another period while it still runs, and is
   * arranged anew once it has ended. A changed decision on a change stays for the team to carry out.
   */
  private async carryOut(user: AuthUser, r: Row): Promise<void> {
    if (r.decisionKind === 'change') return;
    if (r.decisionKind === 'continuation') {
      const a = await this.reads.find(r.arrangementId);
      if (a.status === 'active' || a.status === 'reassessment_overdue') {
        await this.arrangements.continueOnRectification(r.arrangementId, user, r.id);
        return;
      }
    }
    const followUp = await this.proposals.arrangeOnRectification(r.arrangementId, r.id);
    await this.ds.query('update rectification_request set follow_up_arrangement_id = $2 where id = $1', [
      r.id,
      followUp,
    ]);
  }

  private async reachable(user: AuthUser, id: string): Promise<Row> {
    const [r]: Row[] = await this.ds.query(`${VIEW} where r.id = $1`, [id]);
    if (!r) throw DomainError.notFound('rectification request', id);
    await this.policy.assert(user, 'arrangement', r.arrangementId);
    return r;
  }

  private async view(id: string) {
    const [r]: unknown[] = await this.ds.query(`${VIEW} where r.id = $1`, [id]);
    return r;
  }

  /** The grounds are the client's words: every read and change is in the client's access log. */
  private async logged(user: AuthUser, arrangementId: string, action: 'read' | 'create' | 'change') {
    const [a]: { clientId: string }[] = await this.ds.query(
      'select client_id as "clientId" from arrangement where id = $1',
      [arrangementId],
    );
    if (a)
      await this.accessLog.record(user, [
        { clientId: a.clientId, record: 'arrangement', recordId: arrangementId, action },
      ]);
  }
}
