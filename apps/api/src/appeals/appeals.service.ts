import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, type RectificationAction } from '../../../../libs/contracts';
import {
  decisionRefusal,
  familyDecisionRefusal,
  inTime,
  possibleOutcomes,
  rectificationRefusal,
} from '../../../../libs/domain/actions/appeal-actions';
import { today } from '../../../../libs/domain/dates';
import type { ActionRefusal } from '../../../../libs/domain/actions/rules';
import { type DecisionKind, type DecisionOutcome, deadlineOf, isAppealable } from '../../../../libs/domain/decisions';
import { decisionOf } from '../../../../libs/letters/letter-store';
import { rectificationActionsFor } from '../access/allowed-actions';
import { AccessLogService } from '../access/access-log.service';
import { RecordPolicy } from '../access/record-policy';
import { ArrangementReads } from '../arrangements/arrangement-reads.service';
import { ArrangementsService } from '../arrangements/arrangements.service';
import { ProposalsService } from '../arrangements/proposals.service';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import type { CourtAppealDto, CourtOutcomeDto, RectificationOutcomeDto, RectificationRequestDto } from './appeals.dto';

/** A request with its decision: any of an arrangement's decisions (the view `decision_record`). */
const VIEW = `select r.id, r.arrangement_id as "arrangementId", r.decision_seq as "decisionSeq",
    to_char(r.received_on, 'YYYY-MM-DD') as "receivedOn", r.in_time as "inTime",
    to_char(d.appeal_deadline, 'YYYY-MM-DD') as "appealDeadline", r.grounds, r.recorded_by as "recordedBy",
    r.sent_by_person_id is not null as "sentOnline",
    r.recorded_at as "recordedAt", r.outcome, to_char(r.outcome_on, 'YYYY-MM-DD') as "outcomeOn",
    r.new_decision as "newDecision", to_char(r.court_filed_on, 'YYYY-MM-DD') as "courtFiledOn",
    r.court_outcome as "courtOutcome", to_char(r.court_decided_on, 'YYYY-MM-DD') as "courtDecidedOn",
    r.follow_up_arrangement_id as "followUpArrangementId", d.kind as "decisionKind", d.outcome as "decisionOutcome",
    to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn", d.notification
  from rectification_request r join decision_record d on d.arrangement_id = r.arrangement_id and d.seq = r.decision_seq`;

interface Row {
  id: string;
  arrangementId: string;
  decisionKind: DecisionKind;
  decisionOutcome: DecisionOutcome;
  appealDeadline: string | null;
  decidedOn: string;
  notification: 'post' | 'electronic' | 'in_person';
  inTime: boolean;
  outcome: string | null;
  outcomeOn: string | null;
  courtFiledOn: string | null;
  courtOutcome: string | null;
}

/** The request with the steps the caller may record on it now. */
function withActions({ decidedOn: _on, notification: _by, ...r }: Row, user: AuthUser) {
  const allowedActions = rectificationActionsFor(user, r);
  return {
    ...r,
    // The decision's last day by the one rule: stored with it, or counted for an unmet need or an early end.
    appealDeadline: deadlineOf({ ...r, outcome: r.decisionOutcome, decidedOn: _on, notification: _by }),
    allowedActions,
    outcomes: allowedActions.includes('recordOutcome') ? possibleOutcomes(r) : [],
  };
}

/**
 * A step its rule does not allow now: 403 for the wrong person, 409 for the wrong moment, naming the rule
 * where it has a code (`appealable`: the decision is not one a request for rectification is made of).
 */
function refuse(refusal: ActionRefusal | null): void {
  if (!refusal) return;
  throw new DomainError(
    refusal.kind === 'forbidden' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition,
    refusal.message,
    refusal.rule ? [{ field: 'decision', rule: refusal.rule, message: refusal.message }] : [],
  );
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
    const id = uuidFromName(`rectification:${arrangementId}:${seq}:${user.userId}:${key}`);
    // The same request sent again (a retry after a lost reply) is the one it recorded.
    const recorded = await this.view(id, user);
    if (recorded) {
      // Shown again, the request's grounds are read again: logged as any read of them.
      await this.logged(user, arrangementId, 'read');
      return recorded;
    }
    // Any decision of the arrangement (a decision, an unmet need, an early end), its deadline by the one rule.
    const decision = await decisionOf(this.ds, arrangementId, seq);
    if (!decision) throw DomainError.notFound('decision', `${arrangementId}/${seq}`);
    const requests = await this.requests(arrangementId, seq);
    refuse(decisionRefusal('requestRectification', { ...decision, requests }, actorOf(user)));
    if (dto.receivedOn < decision.decidedOn) {
      throw DomainError.invalidField(
        'receivedOn',
        'date_order',
        `must not be before the decision (${decision.decidedOn})`,
      );
    }
    await this.insert(id, arrangementId, seq, dto.receivedOn, decision.appealDeadline!, dto.grounds, {
      userId: user.userId,
    });
    await this.logged(user, arrangementId, 'create');
    return this.view(id, user);
  }

  /**
   * A request for rectification the family sends online from their own view: received today, in time or
   * late by the same rule as one the team records, and recorded in the same table for the team to see,
   * naming the person who sent it. The caller has checked that the person reaches the arrangement, and logs
   * the access. Sent again with the same key, it is the request it sent.
   */
  async sendOnline(
    personId: string,
    arrangementId: string,
    seq: number,
    key: string,
    grounds: string,
  ): Promise<{ id: string; receivedOn: string; inTime: boolean }> {
    const id = uuidFromName(`rectification:${arrangementId}:${seq}:person:${personId}:${key}`);
    const sent = await this.sentOnline(id);
    if (sent) return sent;
    const decision = await decisionOf(this.ds, arrangementId, seq);
    if (!decision) throw DomainError.notFound('decision', `${arrangementId}/${seq}`);
    refuse(
      familyDecisionRefusal('requestRectification', { ...decision, requests: await this.requests(arrangementId, seq) }),
    );
    await this.insert(id, arrangementId, seq, today(), decision.appealDeadline!, grounds, { personId });
    return (await this.sentOnline(id))!;
  }

  private async sentOnline(id: string) {
    const [r]: { id: string; receivedOn: string; inTime: boolean }[] = await this.ds.query(
      `select id, to_char(received_on, 'YYYY-MM-DD') as "receivedOn", in_time as "inTime"
       from rectification_request where id = $1 and sent_by_person_id is not null`,
      [id],
    );
    return r;
  }

  private async requests(arrangementId: string, seq: number): Promise<number> {
    const [{ requests }]: [{ requests: number }] = await this.ds.query(
      `select count(*)::int as requests from rectification_request where arrangement_id = $1 and decision_seq = $2`,
      [arrangementId, seq],
    );
    return requests;
  }

  /** The one writer of a request: whether it came in time is the rule's (`inTime`), for either sender. */
  private async insert(
    id: string,
    arrangementId: string,
    seq: number,
    receivedOn: string,
    appealDeadline: string,
    grounds: string,
    by: { userId: string } | { personId: string },
  ): Promise<void> {
    await this.ds.query(
      `insert into rectification_request
         (id, arrangement_id, decision_seq, received_on, in_time, grounds, recorded_by, sent_by_person_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing`,
      [
        id,
        arrangementId,
        seq,
        receivedOn,
        inTime(receivedOn, appealDeadline),
        grounds,
        'userId' in by ? by.userId : null,
        'personId' in by ? by.personId : null,
      ],
    );
  }

  async list(user: AuthUser, arrangementId: string): Promise<unknown[]> {
    await this.policy.assert(user, 'arrangement', arrangementId);
    await this.logged(user, arrangementId, 'read');
    const rows: Row[] = await this.ds.query(`${VIEW} where r.arrangement_id = $1 order by r.recorded_at, r.id`, [
      arrangementId,
    ]);
    return rows.map((r) => withActions(r, user));
  }

  async outcome(user: AuthUser, id: string, dto: RectificationOutcomeDto) {
    const r = await this.reachable(user, id, 'recordOutcome');
    if (!possibleOutcomes(r).includes(dto.outcome)) {
      throw DomainError.invalidField('outcome', 'in_time', 'the request came in time: it cannot be dismissed as late');
    }
    await this.ds.query(
      `update rectification_request set outcome = $2, outcome_on = $3, new_decision = $4, outcome_by = $5
       where id = $1 and outcome is null`,
      [id, dto.outcome, dto.decidedOn, dto.newDecision, user.userId],
    );
    await this.logged(user, r.arrangementId, 'change');
    if (dto.outcome === 'changed' && isAppealable(r.decisionOutcome)) await this.carryOut(user, r);
    return this.view(id, user);
  }

  async courtAppeal(user: AuthUser, id: string, dto: CourtAppealDto) {
    const r = await this.reachable(user, id, 'appealToCourt');
    if (r.outcomeOn && dto.filedOn < r.outcomeOn) {
      throw DomainError.invalidField(
        'filedOn',
        'date_order',
        `must not be before the section's decision (${r.outcomeOn})`,
      );
    }
    await this.ds.query('update rectification_request set court_filed_on = $2 where id = $1', [id, dto.filedOn]);
    await this.logged(user, r.arrangementId, 'change');
    return this.view(id, user);
  }

  async courtOutcome(user: AuthUser, id: string, dto: CourtOutcomeDto) {
    const r = await this.reachable(user, id, 'recordCourtOutcome');
    if (r.courtFiledOn && dto.decidedOn < r.courtFiledOn) {
      throw DomainError.invalidField('decidedOn', 'date_order', `must not be before the appeal (${r.courtFiledOn})`);
    }
    await this.ds.query('update rectification_request set court_outcome = $2, court_decided_on = $3 where id = $1', [
      id,
      dto.outcome,
      dto.decidedOn,
    ]);
    await this.logged(user, r.arrangementId, 'change');
    return this.view(id, user);
  }

  /**
   * The process carries out a decision changed on rectification: a denied service goes to be arranged; a
   * service not to be continued goes on for another period while it still runs, and is arranged anew once
   * it has ended; a service ended early is arranged anew (its process has ended: the family gets the service
   * back through a new proposal, submitted to the team, as for a denial). A change denied and an unmet need
   * stay for the team to carry out: the change is requested again, and the proposal left unmet is reopened
   * by the team (its `reopen` action), which then arranges the service the section said must be arranged.
   */
  private async carryOut(user: AuthUser, r: Row): Promise<void> {
    if (r.decisionKind === 'change' || r.decisionKind === 'unmet_need') return;
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

  /** The request, if the caller reaches its arrangement and the step's rule allows it now. */
  private async reachable(user: AuthUser, id: string, action: RectificationAction): Promise<Row> {
    const [r]: Row[] = await this.ds.query(`${VIEW} where r.id = $1`, [id]);
    if (!r) throw DomainError.notFound('rectification request', id);
    await this.policy.assert(user, 'arrangement', r.arrangementId);
    refuse(rectificationRefusal(action, r, actorOf(user)));
    return r;
  }

  private async view(id: string, user: AuthUser) {
    const [r]: Row[] = await this.ds.query(`${VIEW} where r.id = $1`, [id]);
    return r && withActions(r, user);
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
