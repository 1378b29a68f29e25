import type { DataSource, EntityManager } from 'typeorm';
import type { CaseEvent, PlannedVisitDue, RecordCaseEventInput, SupervisionState } from '../contracts';

/**
 * Writes a supervision case's events and snapshot, and their effects: messages to the supplier and
 * procurement, and a terminated contract. One transaction an event, idempotent by (case, seq).
 */
export class SupervisionProjection {
  constructor(private readonly ds: DataSource) {}

  /** A case from before states were kept gets its process's state, unless an event has come since. */
  async fillState(state: SupervisionState): Promise<boolean> {
    const filled: unknown[] = await this.ds.query(
      `with filled as (update supervision_case set state = $2 where id = $1 and state is null and last_event_seq = $3
         returning id)
       select id from filled`,
      [state.input.caseId, JSON.stringify(state), state.seq],
    );
    return filled.length > 0;
  }

  async record({ event, state }: RecordCaseEventInput): Promise<void> {
    const id = state.input.caseId;
    await this.ds.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `insert into supervision_event (case_id, seq, type, actor_id, occurred_at, data)
         values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning seq`,
        [id, event.seq, event.type, event.actorId, event.at, JSON.stringify(event.data)],
      );
      if (inserted.length === 0) return;
      await m.query(
        `update supervision_case set status = $2, outcome = $3, procurement_involved = $4,
           clarification_deadline_at = $5, corrective_action_due_on = $6, follow_up_at = $7,
           terminated_service_code = $8, closed_at = case when $2 = 'closed' then coalesce(closed_at, $9::timestamptz) end,
           last_event_seq = $10, state = $11
         where id = $1 and last_event_seq < $10`,
        [
          id,
          state.status,
          state.outcome,
          state.procurementInvolved,
          state.clarification?.deadlineAt ?? null,
          state.correctiveAction?.dueOn ?? null,
          state.correctiveAction?.followUpAt ?? null,
          state.terminatedServiceCode,
          event.at,
          event.seq,
          JSON.stringify(state),
        ],
      );
      await this.applyEffects(m, event, state);
    });
  }

  async plannedVisitDue(v: PlannedVisitDue): Promise<void> {
    await this.ds.query(
      `insert into planned_visit (visit_key, supplier_id, due_at) values ($1, $2, $3) on conflict (visit_key) do nothing`,
      [v.visitKey, v.supplierId, v.dueAt],
    );
  }

  private async applyEffects(m: EntityManager, e: CaseEvent, s: SupervisionState): Promise<void> {
    const { caseId, supplierId } = s.input;
    const message = async (topic: string, payload: Record<string, unknown>) => {
      // Procurement takes no part in a unit's self-monitoring: the service line's leads, in its place, find
      // the case on their supervision list, and no e-mail goes to procurement about it.
      if (s.input.selfMonitoring && topic.startsWith('procurement.')) return;
      await m.query(
        `insert into outbox (message_key, topic, payload) values ($1, $2, $3) on conflict (message_key) do nothing`,
        [`${caseId}:${e.seq}`, topic, JSON.stringify({ caseId, supplierId, ...payload })],
      );
    };
    switch (e.type) {
      case 'clarification_requested':
        return void (await message('supplier.clarification_requested', { deadlineAt: e.data.deadlineAt }));
      case 'clarification_reminded':
        return void (await message('supplier.clarification_reminder', { graceAt: e.data.graceAt }));
      case 'escalated':
        return void (await message('procurement.escalation', { reason: 'supplier_silent' }));
      case 'procurement_involved':
        return void (await message('procurement.case_joined', {}));
      case 'outcome_decided':
        if (s.outcome === 'contract_terminated' && s.terminatedServiceCode) {
          // The supplier can no longer be chosen for this service; its running arrangements are listed for re-arranging.
          // The end is kept in the contract's history, by the one who decided the outcome, naming the case.
          await m.query(
            `with ended as (
               update supplier_contract c set status = 'terminated'
               from supplier_contract was
               where was.id = c.id and c.supplier_id = $1 and c.service_code = $2 and c.status <> 'terminated'
               returning c.id, was.status
             )
             insert into contract_change (contract_id, kind, by_user, reason, before, after, at)
             select ended.id, 'ended', (select u.id from app_user u where u.id::text = $3),
                    'supervision case outcome: contract_terminated', jsonb_build_object('status', ended.status),
                    jsonb_build_object('status', 'terminated', 'caseId', $4::text), $5
             from ended`,
            [supplierId, s.terminatedServiceCode, e.actorId, caseId, e.at],
          );
        }
        return void (await message('procurement.case_outcome', {
          outcome: s.outcome,
          serviceCode: s.terminatedServiceCode,
        }));
      case 'finding_added':
        // New bad feedback reaches the arranging teams that use the supplier (an arrangement with it in
        // the last year): an e-mail with a link to the case, nothing of the family.
        if (e.data.source !== 'feedback') return;
        await m.query(
          `insert into outbox (message_key, topic, payload)
           select $1 || ':' || t.team_id, 'arranging_team.bad_feedback',
                  jsonb_build_object('caseId', $2::text, 'supplierId', $3::text, 'teamId', t.team_id)
           from (select distinct team_id from arrangement
                 where supplier_id = $3 and updated_at > now() - interval '1 year') t
           on conflict (message_key) do nothing`,
          [`${caseId}:${e.seq}`, caseId, supplierId],
        );
        return;
      case 'opened':
      case 'statement_added':
      case 'closed_without_action':
      case 'clarification_answered':
      case 'corrective_action_required':
      case 'follow_up_due':
        return;
    }
  }
}
