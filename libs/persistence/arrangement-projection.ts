import type { DataSource, EntityManager } from 'typeorm';
import type { ArrangementState, RecordEventInput } from '../contracts';
import { TERMINAL_STATUSES } from '../contracts';
import { applyEffects, raiseUnrecordableAlert } from './arrangement-effects';
import type { ArrangementEntity } from './entities/arrangement.entity';

/**
 * Writes an arrangement's timeline and read model from its workflow's events. One transaction per
 * event: the timeline row is the idempotency key (arrangement, seq), so a retried activity writes
 * nothing twice, and the snapshot only moves forward even when events arrive out of order.
 */
export class ArrangementProjection {
  constructor(private readonly ds: DataSource) {}

  async record({ event, state }: RecordEventInput): Promise<void> {
    const id = state.input.arrangementId;
    await this.ds.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `insert into arrangement_event (arrangement_id, seq, type, actor_id, occurred_at, data)
         values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning seq`,
        [id, event.seq, event.type, event.actorId, event.at, JSON.stringify(event.data)],
      );
      if (inserted.length === 0) return;
      await this.updateSnapshot(m, state, event.seq);
      await applyEffects(m, id, event, state);
    });
  }

  /** A row from before states were kept gets its process's state, unless an event has come since; whether it did. */
  async fillState(state: ArrangementState): Promise<boolean> {
    const filled: unknown[] = await this.ds.query(
      `with filled as (update arrangement set state = $2 where id = $1 and state is null and last_event_seq = $3
         returning id)
       select id from filled`,
      [state.input.arrangementId, JSON.stringify(state), state.seq],
    );
    return filled.length > 0;
  }

  /** An event its read model cannot take: an alert for an operator (the list `needs_attention`). */
  async markUnrecordable(input: RecordEventInput): Promise<void> {
    await raiseUnrecordableAlert(this.ds, input);
  }

  private async updateSnapshot(m: EntityManager, s: ArrangementState, seq: number): Promise<void> {
    const d = s.decision;
    const r = s.running ?? null;
    await m.query(
      `update arrangement set
         status = $2, consultation_open = $3, assignee_id = $4, way = $5, supplier_id = $6, contract_id = $7,
         hours_per_month = $8, needs_assessed_on = $9, desired_start_on = $10, due_on = $11, proposal_revision_id = $12,
         decision_outcome = $13, decided_by = $14, decided_on = $15, period_start = $16, period_end = $17,
         appeal_deadline = $18, started_on = $19, access_days = $20, last_event_seq = $21,
         special_considerations = $22, period_no = $23, period_ends_at = $24, months_granted = $25,
         continuation_due_at = $26, continuation_due = $27, continuation_outcome = $28,
         reassessment_overdue_since = $29, next_evaluation_due_at = $30, evaluations_held = $31,
         ended_on = $32, end_reason = $33, change_status = $34, decision_notification = $35, state = $36,
         updated_at = now()
       where id = $1 and last_event_seq < $21`,
      [
        s.input.arrangementId,
        s.status,
        s.consultationOpen,
        s.assigneeId,
        s.way,
        s.supplierId,
        s.contractId,
        s.proposal.hoursPerMonth,
        s.proposal.needsAssessedOn,
        s.proposal.desiredStartOn,
        s.dueOn,
        s.proposal.revisionId,
        d?.outcome ?? null,
        d?.decidedBy ?? null,
        d?.decidedOn ?? null,
        // A running service shows the period it is in; before that, the period decided.
        r?.period.startsOn ?? d?.periodStart ?? null,
        r?.period.endsOn ?? d?.periodEnd ?? null,
        d?.appealDeadline ?? null,
        s.startedOn,
        s.accessDays,
        seq,
        s.proposal.considerations ?? [],
        r?.period.number ?? null,
        r?.period.endsAt ?? null,
        r?.monthsGranted ?? null,
        r?.period.continuationDueAt ?? null,
        r?.continuationDue ?? false,
        r?.continuation?.outcome ?? null,
        r?.reassessmentOverdueSince ?? null,
        r?.nextEvaluationDueAt ?? null,
        r?.evaluations ?? 0,
        s.ending?.endsOn ?? null,
        s.ending?.reason ?? null,
        r?.change ? (r.change.granted ? 'granted' : 'requested') : null,
        d ? (d.notification ?? 'post') : null,
        JSON.stringify(s),
      ],
    );
  }
}

/*
 * The arrangement's rows that are not the process's events: the draft as its own worker saves it,
 * before there is a process, and the history of a client handed over. This file is the one writer of
 * `arrangement`.
 */

/**
 * The draft and its first proposal text in one statement: both are written, or neither. `alsoWrite` adds
 * one more data-modifying statement to the same one (the caller's access log row), given the parameter
 * placeholder to bind its values with.
 */
export async function insertDraft(
  ds: DataSource,
  a: ArrangementEntity,
  proposal: Record<string, unknown>,
  alsoWrite?: (p: (value: unknown) => string) => string,
): Promise<void> {
  const params: unknown[] = [
    a.proposalRevisionId,
    a.id,
    JSON.stringify(proposal),
    a.ownWorkerId,
    a.createdAt,
    a.clientId,
    a.serviceCode,
    a.catalogueVersion,
    a.legalBasis,
    a.teamId,
    a.hoursPerMonth,
    a.needsAssessedOn,
    a.desiredStartOn,
    a.dueOn,
    a.specialConsiderations,
    a.aftercare,
    a.payingCounty,
  ];
  const also = alsoWrite ? `, also as (${alsoWrite((v) => `$${params.push(v)}`)})` : '';
  await ds.query(
    `with text as (
       insert into arrangement_text (id, arrangement_id, kind, body, author_id, created_at)
       values ($1, $2, 'proposal', $3, $4, $5)
     )${also}
     insert into arrangement (id, client_id, service_code, catalogue_version, legal_basis, team_id, own_worker_id, status,
       hours_per_month, needs_assessed_on, desired_start_on, due_on, proposal_revision_id, special_considerations,
       aftercare, paying_county, created_at, updated_at)
     values ($2, $6, $7, $8, $9, $10, $4, 'draft', $11, $12, $13, $14, $1, $15, $16, $17, $5, $5)`,
    params,
  );
}

/**
 * A handed-over client's arrangements that have no running process (ended ones, and drafts whose process
 * has not started) follow the new own worker; a running process learns it by its `handOver` command.
 */
export async function handOverHistory(m: EntityManager, clientId: string, ownWorkerId: string): Promise<void> {
  await m.query(
    // The kept state says so too: the rules read the own worker from it.
    `update arrangement set own_worker_id = $2,
       state = case when state is null then null else jsonb_set(state, '{input,ownWorkerId}', to_jsonb($4::text)) end
     where client_id = $1 and (last_event_seq = 0 or status = any($3::text[]))`,
    // The id twice: as the column's uuid and as the document's text (one parameter cannot be both).
    [clientId, ownWorkerId, TERMINAL_STATUSES, ownWorkerId],
  );
}
