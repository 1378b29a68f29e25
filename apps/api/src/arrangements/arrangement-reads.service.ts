import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  actorOf,
  type ArrangementState,
  arrangementWorkflowId,
  type AuthUser,
  type ServiceRules,
  stateQuery,
} from '../../../../libs/contracts';
import { arrangementInput } from '../../../../libs/process-client/arrangement-process';
import { arrangementRefusal } from '../../../../libs/domain/actions/arrangement-actions';
import {
  ArrangementEntity,
  ArrangementEventEntity,
  ArrangementTextEntity,
} from '../../../../libs/persistence/entities/arrangement.entity';
import { AccessLogService, loggedInStatement } from '../access/access-log.service';
import { arrangementActionsFor } from '../access/allowed-actions';
import { clientShown, reach, RecordPolicy, seesCaseTexts } from '../access/record-policy';
import { DomainError, ErrorCode } from '../common/domain-error';
import { entityColumns, select } from '../common/postgres';
import { TemporalClient } from '../common/temporal.module';
import {
  actorsOf,
  arrangementFacts,
  type ArrangementFacts,
  factsOfJson,
  type FactsJson,
  factsStatement,
} from './arrangement-facts';
import { clientView, viewOf } from './arrangement-views';
import { type IsoDate, today } from '../../../../libs/domain/dates';

/**
 * Reading an arrangement as its reader may see it, each read of a client's data logged, with what the
 * reader may do with it now (its allowed actions, by the process's own rules).
 */
@Injectable()
export class ArrangementReads {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
    private readonly accessLog: AccessLogService,
  ) {}

  async find(id: string): Promise<ArrangementEntity> {
    const a = await this.ds.getRepository(ArrangementEntity).findOneBy({ id });
    if (!a) throw DomainError.notFound('arrangement', id);
    return a;
  }

  /**
   * The arrangement, if the caller may touch it: 404 when unknown, 403 when not theirs (one round trip). Not
   * logged here: the command or read it serves logs what it shows (a reader's view goes through `detail`).
   */
  async viewable(id: string, user: AuthUser) {
    return this.allowedRow(id, user, false, '');
  }

  /**
   * The arrangement with its facts, if the caller may touch it, the read logged: one round trip, the facts read
   * only when it is allowed.
   */
  private async viewableWithFacts(id: string, user: AuthUser) {
    const facts = `(select to_jsonb(f) from (${factsStatement('read.id', 'read."proposalRevisionId"')}) f)`;
    const a = await this.allowedRow<{ facts?: FactsJson }>(
      id,
      user,
      true,
      `, case when allowed then ${facts} end as facts`,
    );
    const json = a.facts;
    if (!json) throw new Error(`arrangement ${id} has no row to read its facts from`);
    delete a.facts;
    return { a, facts: json };
  }

  /** The row, with `extra` columns read beside it, when the caller may touch it: 404 when unknown, 403 when not. */
  private async allowedRow<T extends object = object>(id: string, user: AuthUser, logged: boolean, extra: string) {
    const params: unknown[] = [id];
    const p = (v: unknown) => `$${params.push(v)}`;
    const read = `select ${entityColumns(this.ds, ArrangementEntity, 'a')},
              coalesce((${reach(user, 'arrangement', p)}), false) as allowed
       from arrangement a where a.id = $1`;
    // A read for the reader's eyes is logged by the statement that reads it, only when it is allowed.
    const sql = logged
      ? `with read as (${read}),
         logged as (${loggedInStatement(user, `select "clientId", 'arrangement', id::text, 'read' from read where allowed`, p)})
         select *${extra} from read`
      : `select *${extra} from (${read}) read`;
    const [row] = await select<ArrangementEntity & T & { allowed: boolean }>(this.ds, sql, params).catch(
      (err: unknown) => this.accessLog.rethrow(err),
    );
    RecordPolicy.require('arrangement', id, row ? row.allowed : null);
    const a: ArrangementEntity & T & { allowed?: boolean } = row!;
    delete a.allowed;
    return a;
  }

  /** The arrangement as its reader may see it, the read logged (by the statement that reads it). */
  async detail(id: string, user: AuthUser) {
    const { a, facts } = await this.viewableWithFacts(id, user);
    return this.present(a, user, { facts: (on) => factsOfJson(a, facts, on) });
  }

  /** The arrangement after a command of the caller's, whose change is logged already. */
  async shown(id: string, user: AuthUser) {
    return this.present(await this.find(id), user);
  }

  /**
   * The arrangement with as much of its client and proposal as the reader sees (record-policy.ts), and what
   * the reader may do by its process's state (`known.state` when the caller has it, else the read model's),
   * and its facts (`known.facts` when the caller has what they are made of, else read).
   */
  async present(
    a: ArrangementEntity,
    user: AuthUser,
    known: { state?: ArrangementState; facts?: (on: IsoDate) => ArrangementFacts } = {},
  ) {
    const shown = clientShown(user, a.status);
    const on = today();
    const facts = known.facts?.(on) ?? (await arrangementFacts(this.ds, a, on));
    const proposal = seesCaseTexts(user) ? facts.proposal : null;
    const client = shown === 'none' ? null : facts.client;
    const view = viewOf(a, on);
    const state = known.state ?? (await this.stateOf(a));
    return {
      ...view,
      running: view.running && { ...view.running, change: await this.changeOf(state) },
      decision: view.decision && { ...view.decision, decidedByName: facts.decidedByName },
      parties: facts.parties,
      client: client && {
        ...clientView(client, shown === 'full' ? 'full' : 'contact'),
        ...(shown === 'full' && { age: facts.age, municipality: facts.municipality }),
      },
      // What a supplier decides an order on, and no one's identity: where, how old in a band, by when.
      order: facts.order && { ...facts.order, municipality: facts.municipality },
      proposal,
      allowedActions: arrangementActionsFor(user, state),
    };
  }

  /** A change of intensity or supplier asked for, with its figures, to read beside the service's own. */
  private async changeOf(s: ArrangementState) {
    const c = s.running?.change;
    if (!c) return null;
    const [supplier]: { name: string }[] = c.supplierId
      ? await this.ds.query('select name from supplier where id = $1', [c.supplierId])
      : [];
    return {
      hoursPerMonth: c.hoursPerMonth,
      supplier: c.supplierId ? { id: c.supplierId, name: supplier?.name ?? '' } : null,
      effectiveOn: c.effectiveOn,
      granted: c.granted,
    };
  }

  /**
   * The process's state as the read model keeps it. A row without one (a draft whose first event is on
   * its way, or a row from before states were kept) asks the process itself; one whose process does not
   * answer (not started yet, or its history is gone) is read from the row's own columns.
   */
  async stateOf(a: ArrangementEntity): Promise<ArrangementState> {
    if (a.state) return a.state;
    try {
      return await this.temporal.call((client) =>
        client.workflow.getHandle(arrangementWorkflowId(a.id)).query(stateQuery),
      );
    } catch {
      return stateFromRow(a);
    }
  }

  /** Who did what and when, oldest first, with the texts the events refer to. */
  async timeline(id: string, user: AuthUser) {
    const a = await this.viewable(id, user);
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'timeline', recordId: id, action: 'read' }]);
    const events = await this.ds
      .getRepository(ArrangementEventEntity)
      .find({ where: { arrangementId: id }, order: { seq: 'ASC' } });
    const texts = new Map(
      (await this.ds.getRepository(ArrangementTextEntity).findBy({ arrangementId: id })).map((t) => [t.id, t.body]),
    );
    const withTexts = seesCaseTexts(user);
    const actor = await actorsOf(
      this.ds,
      events.map((e) => e.actorId),
      user,
    );
    return events.map((e) => ({
      seq: e.seq,
      type: e.type,
      actorId: e.actorId,
      actor: actor(e.actorId),
      at: e.occurredAt.toISOString(),
      data: e.data,
      text: withTexts ? (texts.get(String(e.data.textId ?? e.data.revisionId)) ?? null) : null,
    }));
  }

  /**
   * Refuses a step the API records itself (a visit, feedback) when the arrangement's rule does not allow
   * it now: the same rule that offers it to the caller.
   */
  async requireAllowed(a: ArrangementEntity, user: AuthUser, action: 'recordVisit' | 'giveFeedback'): Promise<void> {
    const refusal = arrangementRefusal(action, await this.stateOf(a), actorOf(user));
    if (!refusal) return;
    const code = refusal.kind === 'forbidden' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition;
    throw new DomainError(code, refusal.message);
  }
}

/** The columns of an arrangement's row that `stateFromRow` reads. */
type RowOfState = Pick<
  ArrangementEntity,
  | 'id'
  | 'clientId'
  | 'serviceCode'
  | 'legalBasis'
  | 'teamId'
  | 'ownWorkerId'
  | 'catalogueVersion'
  | 'status'
  | 'dueOn'
  | 'consultationOpen'
  | 'assigneeId'
  | 'way'
  | 'supplierId'
  | 'contractId'
  | 'startedOn'
  | 'accessDays'
  | 'lastEventSeq'
  | 'proposalRevisionId'
  | 'hoursPerMonth'
  | 'needsAssessedOn'
  | 'desiredStartOn'
  | 'specialConsiderations'
>;

/**
 * What the row says of its process, in the state's shape, for the action rules to read when the process
 * cannot be asked: who and what the arrangement is, its status and decision, whether it started. The
 * service's catalogue rules and a running service's periods are not in the row, and no rule that a row
 * without its process could allow reads them.
 */
export function stateFromRow(a: RowOfState): ArrangementState {
  return {
    input: {
      arrangementId: a.id,
      clientId: a.clientId,
      serviceCode: a.serviceCode,
      legalBasis: a.legalBasis,
      teamId: a.teamId,
      ownWorkerId: a.ownWorkerId,
      rules: { catalogueVersion: a.catalogueVersion, waysOfArranging: [], accessTarget: 'P0D', firstPeriod: 'P0D' },
      proposal: proposalOf(a),
    },
    status: a.status,
    proposal: proposalOf(a),
    dueOn: a.dueOn,
    consultationOpen: a.consultationOpen,
    assigneeId: a.assigneeId,
    way: a.way,
    supplierId: a.supplierId,
    contractId: a.contractId,
    declinedSupplierIds: [],
    decision: null,
    commitment: null,
    startedOn: a.startedOn,
    accessDays: a.accessDays,
    running: null,
    ending: null,
    seq: a.lastEventSeq,
  };
}

/**
 * The state a draft's process starts in when started with `rules` (the same input startArrangementProcess
 * gives it): what the process would answer if asked at once.
 */
export function startingState(a: ArrangementEntity, rules: ServiceRules): ArrangementState {
  return { ...stateFromRow(a), input: arrangementInput(a, rules), seq: 1 };
}

function proposalOf(a: RowOfState): ArrangementState['proposal'] {
  return {
    revisionId: a.proposalRevisionId,
    hoursPerMonth: a.hoursPerMonth ?? 0,
    needsAssessedOn: a.needsAssessedOn,
    desiredStartOn: a.desiredStartOn,
    considerations: a.specialConsiderations,
  };
}
