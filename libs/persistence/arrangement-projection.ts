import type { DataSource, EntityManager } from 'typeorm';
import type { ArrangementEvent, ArrangementState, RecordEventInput } from '../contracts';

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
      await this.applyEffects(m, id, event, state);
    });
  }

  private async updateSnapshot(m: EntityManager, s: ArrangementState, seq: number): Promise<void> {
    const d = s.decision;
    await m.query(
      `update arrangement set
         status = $2, consultation_open = $3, assignee_id = $4, way = $5, supplier_id = $6, contract_id = $7,
         hours_per_month = $8, needs_assessed_on = $9, desired_start_on = $10, due_on = $11, proposal_revision_id = $12,
         decision_outcome = $13, decided_by = $14, decided_on = $15, period_start = $16, period_end = $17,
         appeal_deadline = $18, started_on = $19, access_days = $20, last_event_seq = $21,
         special_considerations = $22, updated_at = now()
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
        d?.periodStart ?? null,
        d?.periodEnd ?? null,
        d?.appealDeadline ?? null,
        s.startedOn,
        s.accessDays,
        seq,
        s.proposal.considerations ?? [],
      ],
    );
  }

  /** Rows other than the snapshot that an event creates: decisions, commitments, unmet needs, outbox messages. */
  private async applyEffects(m: EntityManager, id: string, e: ArrangementEvent, s: ArrangementState): Promise<void> {
    const textId = typeof e.data.textId === 'string' ? e.data.textId : null;
    switch (e.type) {
      case 'granted':
      case 'denied': {
        const d = s.decision;
        if (!d) return;
        await m.query(
          `insert into decision (arrangement_id, seq, outcome, decided_by, decided_on, period_start, period_end, appeal_deadline, reason_text_id)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [id, e.seq, d.outcome, d.decidedBy, d.decidedOn, d.periodStart, d.periodEnd, d.appealDeadline, textId],
        );
        return this.outbox(m, `${id}:${e.seq}:decision`, 'client_information.decision', {
          arrangementId: id,
          clientId: s.input.clientId,
          outcome: d.outcome,
          decidedOn: d.decidedOn,
        });
      }
      case 'unmet_need_recorded':
        await m.query(
          `insert into unmet_need (arrangement_id, seq, recorded_at, recorded_by, service_code, reason_text_id)
           values ($1, $2, $3, $4, $5, $6)`,
          [id, e.seq, e.at, e.actorId, s.input.serviceCode, textId],
        );
        return;
      case 'reopened':
        await m.query(`update unmet_need set resolved_at = $2 where arrangement_id = $1 and resolved_at is null`, [
          id,
          e.at,
        ]);
        return;
      case 'arrangement_chosen':
        if (s.way !== 'purchase') return;
        return this.outbox(m, `${id}:${e.seq}:order`, 'supplier.order', {
          arrangementId: id,
          supplierId: s.supplierId,
          contractId: s.contractId,
          serviceCode: s.input.serviceCode,
          hoursPerMonth: s.proposal.hoursPerMonth,
        });
      case 'payment_committed': {
        const c = s.commitment;
        if (!c) return;
        // Price and unit come from the contract the order was made under; own production has none.
        await m.query(
          `insert into payment_commitment (arrangement_id, seq, kind, supplier_id, contract_id, cost_centre_code,
             units_per_month, unit, unit_price_cents, valid_from, valid_to)
           select $1, $2, $3, $4, $5, $6, $7, sc.unit, sc.unit_price_cents, $8, $9
           from (select 1) one left join supplier_contract sc on sc.id = $5`,
          [id, e.seq, c.kind, s.supplierId, s.contractId, c.costCentreCode, c.unitsPerMonth, c.validFrom, c.validTo],
        );
        return this.outbox(m, `${id}:${e.seq}:commitment`, 'finance.payment_commitment', {
          arrangementId: id,
          kind: c.kind,
          supplierId: s.supplierId,
          contractId: s.contractId,
          costCentreCode: c.costCentreCode,
          unitsPerMonth: c.unitsPerMonth,
          validFrom: c.validFrom,
          validTo: c.validTo,
        });
      }
      case 'drafted':
      case 'draft_saved':
      case 'consultation_requested':
      case 'consultation_answered':
      case 'submitted':
      case 'withdrawn':
      case 'claimed':
      case 'released':
      case 'returned':
      case 'order_accepted':
      case 'order_declined':
      case 'started':
        return;
    }
  }

  private async outbox(m: EntityManager, key: string, topic: string, payload: Record<string, unknown>): Promise<void> {
    await m.query(
      `insert into outbox (message_key, topic, payload) values ($1, $2, $3) on conflict (message_key) do nothing`,
      [key, topic, JSON.stringify(payload)],
    );
  }
}
