import type { EntityManager } from 'typeorm';
import type { ArrangementEvent, ArrangementState, Decision } from '../contracts';
import { CONTRACT_ENDS_ALERT, PROJECTION_FAILED } from '../contracts';
import { lastDayFor } from '../domain/periods';
import { openFeedbackRequest } from './feedback-requests';

/**
 * The rows an arrangement's event creates besides its snapshot: decisions, payment commitments, unmet
 * needs, evaluations, alerts, feedback requests and outbox messages, each as the event says. Called in
 * the event's transaction by the projection; the one writer of those tables for arrangements.
 */

/** Rows other than the snapshot that an event creates: decisions, commitments, unmet needs, outbox messages. */
export async function applyEffects(
  m: EntityManager,
  id: string,
  e: ArrangementEvent,
  s: ArrangementState,
): Promise<void> {
  const textId = typeof e.data.textId === 'string' ? e.data.textId : null;
  switch (e.type) {
    case 'granted':
    case 'denied': {
      const d = s.decision;
      if (!d) return;
      await decision(m, id, e.seq, 'initial', { ...d, textId });
      // Whose decision it is, the process does not know: the read model does.
      const [whose]: { clientId: string }[] = await m.query(
        'select client_id as "clientId" from arrangement where id = $1',
        [id],
      );
      await outbox(m, `${id}:${e.seq}:decision`, 'client_information.decision', {
        arrangementId: id,
        clientId: whose?.clientId ?? null,
        outcome: d.outcome,
        decidedOn: d.decidedOn,
      });
      await toPayingCounty(m, id, `${id}:${e.seq}:county_decision`, 'county.aftercare_decision', {
        outcome: d.outcome,
        decidedOn: d.decidedOn,
      });
      return outbox(m, `${id}:${e.seq}:decided`, 'own_worker.proposal_decided', {
        arrangementId: id,
        ownWorkerId: s.input.ownWorkerId,
        serviceCode: s.input.serviceCode,
        outcome: d.outcome,
        decidedOn: d.decidedOn,
      });
    }
    case 'returned':
      return outbox(m, `${id}:${e.seq}:returned`, 'own_worker.proposal_returned', {
        arrangementId: id,
        ownWorkerId: s.input.ownWorkerId,
        serviceCode: s.input.serviceCode,
      });
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
      // A purchase's supplier, a voucher's provider the family chose, and an own-production unit are told alike.
      if (!s.supplierId) return;
      return order(m, id, e.seq, s);
    case 'payment_committed':
      return openCommitment(m, id, e, s);
    case 'evaluation_recorded':
      await m.query(
        `insert into evaluation (arrangement_id, seq, held_on, participants, goals_progress, notes_text_id,
           recorded_by, recorded_at, next_due_at, new_goals_text_id, evaluation_interval)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          e.seq,
          e.data.heldOn,
          String(e.data.participants).split(','),
          e.data.goalsProgress,
          textId,
          e.actorId,
          e.at,
          e.data.nextDueAt,
          stringOrNull(e.data.newGoalsTextId),
          stringOrNull(e.data.evaluationInterval),
        ],
      );
      // The evaluation missed has now been held: the team lead's alert about it is done.
      return resolveAlerts(m, id, e.at, 'evaluation_overdue');
    case 'evaluation_overdue':
      if (e.data.alerted === 'own_worker') {
        return outbox(m, `${id}:${e.seq}:evaluation_overdue`, 'own_worker.evaluation_overdue', {
          arrangementId: id,
          ownWorkerId: s.input.ownWorkerId,
          dueOn: lastDayOf(e.data.dueAt),
        });
      }
      await m.query(
        `insert into alert (arrangement_id, seq, kind, team_id, raised_at) values ($1, $2, 'evaluation_overdue', $3, $4)`,
        [id, e.seq, s.input.teamId, e.at],
      );
      return outbox(m, `${id}:${e.seq}:alert`, 'team_lead.alert', {
        arrangementId: id,
        kind: 'evaluation_overdue',
        teamId: s.input.teamId,
        dueOn: lastDayOf(e.data.dueAt),
      });
    case 'step_recorded':
      await m.query(
        `insert into service_step (arrangement_id, seq, code, done_on, recorded_by, recorded_at, text_id)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing`,
        [id, e.seq, e.data.step, e.data.doneOn, e.actorId, e.at, textId],
      );
      return;
    case 'continuation_due':
      return outbox(m, `${id}:${e.seq}:continuation_due`, 'own_worker.continuation_due', {
        arrangementId: id,
        ownWorkerId: s.input.ownWorkerId,
        periodEnd: e.data.periodEnd,
      });
    case 'continued':
    case 'not_continued': {
      const c = s.running?.continuation;
      if (!c) return;
      const granted = c.outcome === 'continue';
      await decision(m, id, e.seq, 'continuation', {
        outcome: granted ? 'granted' : 'denied',
        decidedBy: c.decidedBy,
        decidedOn: c.decidedOn,
        periodStart: c.next?.startsOn ?? null,
        periodEnd: c.next?.endsOn ?? null,
        appealDeadline: stringOrNull(e.data.appealDeadline),
        notification: e.data.notification,
        textId,
      });
      if (!granted || !c.next) return;
      // Decided late, the service stopped and goes on from the decision: a new commitment from that day.
      if (s.status === 'reassessment_overdue') return resume(m, id, e, s, c.next.startsOn);
      // The payment commitment follows the service into its next period, as far as the process says.
      // As a select, so that the driver returns the rows (an update returns them with its row count).
      const [extended]: CommitmentEnd[] = await m.query(
        `with extended as (
           update payment_commitment set valid_to = $2::date
           where arrangement_id = $1 and status = 'open'
           returning valid_to, contract_id)
         select to_char(valid_to, 'YYYY-MM-DD') as "validTo", contract_id as "contractId" from extended`,
        [id, stringOrNull(e.data.commitmentValidTo) ?? s.commitment?.validTo ?? c.next.endsOn],
      );
      if (!extended) return;
      await alertWhenContractEndsFirst(m, id, e, s, extended, c.next.endsOn);
      return outbox(m, `${id}:${e.seq}:commitment_extended`, 'finance.payment_commitment_extended', {
        arrangementId: id,
        supplierId: s.supplierId,
        validTo: extended.validTo,
      });
    }
    case 'reassessment_overdue':
      await m.query(
        `insert into alert (arrangement_id, seq, kind, team_id, raised_at) values ($1, $2, 'reassessment_overdue', $3, $4)`,
        [id, e.seq, s.input.teamId, e.at],
      );
      await outbox(m, `${id}:${e.seq}:alert`, 'team_lead.alert', {
        arrangementId: id,
        kind: 'reassessment_overdue',
        teamId: s.input.teamId,
      });
      return stop(m, id, e, s);
    case 'period_started':
      // A new period: the stop is over, and its first evaluation is not yet due.
      await resolveAlerts(m, id, e.at, 'reassessment_overdue');
      return resolveAlerts(m, id, e.at, 'evaluation_overdue');
    case 'ended':
      return end(m, id, e, s);
    case 'change_granted':
    case 'change_denied':
      return decision(m, id, e.seq, 'change', {
        outcome: e.type === 'change_granted' ? 'granted' : 'denied',
        decidedBy: e.actorId,
        decidedOn: String(e.data.decidedOn),
        periodStart: stringOrNull(e.data.effectiveOn),
        periodEnd: e.type === 'change_granted' ? (s.running?.period.endsOn ?? null) : null,
        appealDeadline: stringOrNull(e.data.appealDeadline),
        notification: e.data.notification,
        textId,
      });
    case 'change_committed':
      return commitChange(m, id, e, s);
    case 'change_requested':
      return;
    case 'handed_over':
      // The new own worker holds the arrangement from now on: lists, rights and caseloads follow.
      await m.query('update arrangement set own_worker_id = $2 where id = $1', [id, s.input.ownWorkerId]);
      return;
    case 'drafted':
    case 'draft_saved':
    case 'consultation_requested':
    case 'consultation_answered':
    case 'submitted':
    case 'withdrawn':
    case 'claimed':
    case 'released':
    case 'order_accepted':
    case 'order_declined':
      return;
    case 'started':
      await toPayingCounty(m, id, `${id}:${e.seq}:county_started`, 'county.aftercare_service_started', {
        startedOn: s.startedOn,
      });
      return outbox(m, `${id}:${e.seq}:started`, 'client_information.service_started', {
        arrangementId: id,
        serviceCode: s.input.serviceCode,
        startedOn: s.startedOn,
      });
  }
}

/**
 * Aftercare's service for a young person another county placed: that county pays, and is told (seed 003). Ids,
 * codes and dates only, as every message; nothing when this county pays.
 */
async function toPayingCounty(
  m: EntityManager,
  id: string,
  key: string,
  topic: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const [a]: { clientId: string; serviceCode: string; payingCounty: string | null }[] = await m.query(
    `select client_id as "clientId", service_code as "serviceCode", paying_county as "payingCounty"
     from arrangement where id = $1`,
    [id],
  );
  if (!a?.payingCounty) return;
  await outbox(m, key, topic, {
    arrangementId: id,
    countyCode: a.payingCounty,
    clientId: a.clientId,
    serviceCode: a.serviceCode,
    ...payload,
  });
}

/**
 * The technical part of ending a service: the payment commitment closes on the end date, the
 * decision ends, the supplier is told, and the own worker and the family are asked for feedback.
 */
async function end(m: EntityManager, id: string, e: ArrangementEvent, s: ArrangementState): Promise<void> {
  const ending = s.ending;
  if (!ending) return;
  await m.query(
    `update payment_commitment set status = 'closed', closed_on = $2, valid_to = least(valid_to, $2::date)
     where arrangement_id = $1 and status = 'open'`,
    [id, ending.endsOn],
  );
  await m.query(
    `update decision set ended_on = $2 where arrangement_id = $1 and outcome = 'granted' and ended_on is null`,
    [id, ending.endsOn],
  );
  await resolveAlerts(m, id, e.at);
  await outbox(m, `${id}:${e.seq}:ended`, 'client_information.service_ended', {
    arrangementId: id,
    serviceCode: s.input.serviceCode,
    endedOn: ending.endsOn,
    reason: ending.reason,
  });
  await toPayingCounty(m, id, `${id}:${e.seq}:county_ended`, 'county.aftercare_service_ended', {
    endedOn: ending.endsOn,
    reason: ending.reason,
  });
  await openFeedbackRequest(m, {
    arrangementId: id,
    supplierId: s.supplierId,
    serviceCode: s.input.serviceCode,
    ownWorkerId: s.input.ownWorkerId,
    endedOn: ending.endsOn,
    requestedAt: e.at,
  });
  // A service stopped for want of a decision had its commitment closed then, on the period's last day.
  const [closed]: { closedOn: string | null }[] = await m.query(
    `select to_char(closed_on, 'YYYY-MM-DD') as "closedOn" from payment_commitment
     where arrangement_id = $1 order by seq desc limit 1`,
    [id],
  );
  await outbox(m, `${id}:${e.seq}:commitment_closed`, 'finance.payment_commitment_closed', {
    arrangementId: id,
    closedOn: closed?.closedOn ?? ending.endsOn,
    reason: 'ended',
  });
  if (s.supplierId) {
    await outbox(m, `${id}:${e.seq}:supplier_end`, 'supplier.service_ended', {
      arrangementId: id,
      supplierId: s.supplierId,
      endsOn: ending.endsOn,
      reason: ending.reason,
    });
  }
}

/**
 * A period ended with no continuation decision: from the next day no decision is in force, so the commitment
 * ends on the period's last day, the finance system hears so, and whoever provides the service is told at
 * once that visits after that day are not paid (`service_stop` holds the stopped days).
 */
async function stop(m: EntityManager, id: string, e: ArrangementEvent, s: ArrangementState): Promise<void> {
  const lastDay = String(e.data.periodEnd);
  const closed: { closedOn: string }[] = await m.query(
    `with closed as (
       update payment_commitment set status = 'closed', closed_on = least(valid_to, $2::date),
         valid_to = least(valid_to, $2::date)
       where arrangement_id = $1 and status = 'open'
       returning closed_on)
     select to_char(closed_on, 'YYYY-MM-DD') as "closedOn" from closed`,
    [id, lastDay],
  );
  if (closed[0]) {
    await outbox(m, `${id}:${e.seq}:commitment_closed`, 'finance.payment_commitment_closed', {
      arrangementId: id,
      closedOn: closed[0].closedOn,
      reason: 'no_decision',
    });
  }
  const provider = await providerOf(m, s);
  if (!provider) return;
  await outbox(m, `${id}:${e.seq}:supplier_stop`, 'supplier.service_stopped', {
    arrangementId: id,
    supplierId: provider,
    contractId: s.contractId,
    serviceCode: s.input.serviceCode,
    lastDay,
  });
}

/**
 * A late decision continues a stopped service: a commitment opens from the decision's first day (the days
 * between stay unpaid) under the same terms and contract, and the provider hears that the service goes on.
 */
async function resume(
  m: EntityManager,
  id: string,
  e: ArrangementEvent,
  s: ArrangementState,
  startsOn: string,
): Promise<void> {
  // A service stopped before stops closed its commitment is closed here, on its period's last day.
  const lastDay = s.running!.period.endsOn;
  await m.query(
    `update payment_commitment set status = 'closed', closed_on = least(valid_to, $2::date),
       valid_to = least(valid_to, $2::date)
     where arrangement_id = $1 and status = 'open'`,
    [id, lastDay],
  );
  const validTo = stringOrNull(e.data.commitmentValidTo) ?? s.commitment?.validTo;
  const [opened]: (CommitmentEnd & Record<string, unknown>)[] = validTo
    ? await m.query(
        `insert into payment_commitment (arrangement_id, seq, kind, supplier_id, contract_id, cost_centre_code,
           units_per_month, unit, unit_price_cents, valid_from, valid_to)
         select pc.arrangement_id, $2, pc.kind, pc.supplier_id, pc.contract_id, pc.cost_centre_code,
                pc.units_per_month, coalesce(vv.unit, pc.unit),
                -- The price on the new first day, as a commitment opened that day would take it.
                coalesce(contract_price_on(pc.contract_id, $3::date), vv.value_cents, pc.unit_price_cents),
                $3::date, $4::date
         from payment_commitment pc
         ${voucherValueOn('pc.kind', '$5', '$3::date')}
         where pc.arrangement_id = $1 order by pc.seq desc limit 1
         returning kind, supplier_id as "supplierId", contract_id as "contractId", cost_centre_code as "costCentreCode",
           units_per_month as "unitsPerMonth", to_char(valid_from, 'YYYY-MM-DD') as "validFrom",
           to_char(valid_to, 'YYYY-MM-DD') as "validTo"`,
        [id, e.seq, startsOn, validTo, s.input.serviceCode],
      )
    : [];
  if (opened) {
    await alertWhenContractEndsFirst(m, id, e, s, opened, s.running?.continuation?.next?.endsOn ?? opened.validTo);
    await outbox(m, `${id}:${e.seq}:commitment`, 'finance.payment_commitment', { arrangementId: id, ...opened });
  }
  const provider = await providerOf(m, s);
  if (!provider) return;
  await outbox(m, `${id}:${e.seq}:supplier_resume`, 'supplier.service_resumed', {
    arrangementId: id,
    supplierId: provider,
    contractId: s.contractId,
    serviceCode: s.input.serviceCode,
    resumesOn: startsOn,
  });
}

/**
 * Who provides the service: the supplier bought from or the unit ordered from; for own production arranged
 * without naming a unit (as before units answered orders), the county's first own-production unit.
 */
async function providerOf(m: EntityManager, s: ArrangementState): Promise<string | null> {
  if (s.supplierId) return s.supplierId;
  if (s.way !== 'own_production') return null;
  const [unit]: { id: string }[] = await m.query(
    'select id from supplier where own_production order by business_id limit 1',
  );
  return unit?.id ?? null;
}

/** Every decision, first, continuation or change, in one table: appealable ones carry their deadline. */
async function decision(
  m: EntityManager,
  id: string,
  seq: number,
  kind: 'initial' | 'continuation' | 'change',
  d: Pick<Decision, 'outcome' | 'decidedBy' | 'decidedOn' | 'periodStart' | 'periodEnd' | 'appealDeadline'> & {
    textId: string | null;
    notification?: unknown;
  },
): Promise<void> {
  await m.query(
    `insert into decision (arrangement_id, seq, kind, outcome, decided_by, decided_on, period_start, period_end,
       appeal_deadline, reason_text_id, notification)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      seq,
      kind,
      d.outcome,
      d.decidedBy,
      d.decidedOn,
      d.periodStart,
      d.periodEnd,
      d.appealDeadline,
      d.textId,
      // Decisions recorded before the notification was kept went by post.
      stringOrNull(d.notification) ?? 'post',
    ],
  );
}

/** The state's payment commitment as a row, and the message that tells the finance system. */
async function openCommitment(m: EntityManager, id: string, e: ArrangementEvent, s: ArrangementState): Promise<void> {
  const c = s.commitment;
  if (!c) return;
  // Price and unit come from the contract the order was made under, at its price on the commitment's first
  // day (a later repricing leaves this commitment as it is); a voucher's from the county's voucher value
  // in force that day; own production has none. How far it runs, the process decided (never past the contract).
  const [opened]: CommitmentEnd[] = await m.query(
    `insert into payment_commitment (arrangement_id, seq, kind, supplier_id, contract_id, cost_centre_code,
       units_per_month, unit, unit_price_cents, valid_from, valid_to)
     select $1, $2, $3, $4, $5, $6, $7, coalesce(sc.unit, vv.unit),
            coalesce(contract_price_on(sc.id, $8::date), vv.value_cents), $8, $9::date
     from (select 1) one left join supplier_contract sc on sc.id = $5
     ${voucherValueOn('$3', '$10', '$8::date')}
     returning to_char(valid_to, 'YYYY-MM-DD') as "validTo", contract_id as "contractId"`,
    [
      id,
      e.seq,
      c.kind,
      s.supplierId,
      s.contractId,
      c.costCentreCode,
      c.unitsPerMonth,
      c.validFrom,
      c.validTo,
      s.input.serviceCode,
    ],
  );
  if (!opened) return;
  await alertWhenContractEndsFirst(m, id, e, s, opened, stringOrNull(e.data.grantedUntil) ?? c.validTo);
  await outbox(m, `${id}:${e.seq}:commitment`, 'finance.payment_commitment', {
    arrangementId: id,
    kind: c.kind,
    supplierId: s.supplierId,
    contractId: s.contractId,
    costCentreCode: c.costCentreCode,
    unitsPerMonth: c.unitsPerMonth,
    validFrom: c.validFrom,
    validTo: opened.validTo,
  });
}

/**
 * When the process found the supplier's contract ending before the granted period, the commitment ends
 * with the contract: the arranging team is told now, while there is time to renew it or re-arrange.
 */
async function alertWhenContractEndsFirst(
  m: EntityManager,
  id: string,
  e: ArrangementEvent,
  s: ArrangementState,
  commitment: CommitmentEnd,
  grantedUntil: string,
): Promise<void> {
  // The newest commitment speaks for the arrangement: an earlier alert is replaced or, when it now reaches, gone.
  await resolveAlerts(m, id, e.at, CONTRACT_ENDS_ALERT);
  if (e.data.contractEndsFirst !== true) return;
  await m.query(
    `insert into alert (arrangement_id, seq, kind, team_id, raised_at) values ($1, $2, $3, $4, $5)
     on conflict do nothing`,
    [id, e.seq, CONTRACT_ENDS_ALERT, s.input.teamId, e.at],
  );
  await outbox(m, `${id}:${e.seq}:contract_ends`, 'arranging_team.alert', {
    arrangementId: id,
    kind: CONTRACT_ENDS_ALERT,
    teamId: s.input.teamId,
    contractId: commitment.contractId,
    commitmentEndsOn: commitment.validTo,
    grantedUntil,
  });
}

/** A change replaces the commitment from its effective day: the old one closes the day before. */
async function commitChange(m: EntityManager, id: string, e: ArrangementEvent, s: ArrangementState): Promise<void> {
  const c = s.commitment;
  if (!c) return;
  await m.query(
    `update payment_commitment set status = 'closed', closed_on = $2::date - 1,
       valid_to = least(valid_to, $2::date - 1)
     where arrangement_id = $1 and status = 'open'`,
    [id, c.validFrom],
  );
  await openCommitment(m, id, e, s);
  const previous = typeof e.data.previousSupplierId === 'string' ? e.data.previousSupplierId : null;
  if (previous) {
    await outbox(m, `${id}:${e.seq}:supplier_end`, 'supplier.service_ended', {
      arrangementId: id,
      supplierId: previous,
      endsOn: c.validFrom,
      reason: 'supplier_changed',
    });
    await order(m, id, e.seq, s);
  }
}

/** The order to the arrangement's supplier (or voucher provider), at the hours the state now holds. */
function order(m: EntityManager, id: string, seq: number, s: ArrangementState): Promise<void> {
  return outbox(m, `${id}:${seq}:order`, 'supplier.order', {
    arrangementId: id,
    supplierId: s.supplierId,
    contractId: s.contractId,
    way: s.way,
    serviceCode: s.input.serviceCode,
    hoursPerMonth: s.proposal.hoursPerMonth,
  });
}

/**
 * `vv`: the voucher's unit and value in force on `day` for a commitment of `kind` (nothing for other kinds), as
 * the county set them: a commitment is priced on its first day, whenever it opens.
 */
function voucherValueOn(kind: string, serviceCode: string, day: string): string {
  return `left join lateral (
       select v.unit, v.value_cents from voucher_value v
       where ${kind} = 'service_voucher' and v.service_code = ${serviceCode} and v.valid_from <= ${day}
       order by v.valid_from desc, v.id desc limit 1
     ) vv on true`;
}

/** The last day for something due at an instant, as people read it. */
function lastDayOf(dueAt: unknown): string | null {
  return typeof dueAt === 'string' ? lastDayFor(new Date(dueAt)) : null;
}

/** All of an arrangement's alerts, or those of one kind. */
async function resolveAlerts(m: EntityManager, id: string, at: string, kind: string | null = null): Promise<void> {
  await m.query(
    `update alert set resolved_at = $2
     where arrangement_id = $1 and resolved_at is null and ($3::text is null or kind = $3)`,
    [id, at, kind],
  );
}

async function outbox(m: EntityManager, key: string, topic: string, payload: Record<string, unknown>): Promise<void> {
  await m.query(
    `insert into outbox (message_key, topic, payload) values ($1, $2, $3) on conflict (message_key) do nothing`,
    [key, topic, JSON.stringify(payload)],
  );
}

/** An event its read model cannot take: an alert for an operator (the list `needs_attention`). */
export async function raiseUnrecordableAlert(
  m: Pick<EntityManager, 'query'>,
  { event, state }: { event: ArrangementEvent; state: ArrangementState },
): Promise<void> {
  await m.query(
    `insert into alert (arrangement_id, seq, kind, team_id, raised_at) values ($1, $2, $3, $4, now())
     on conflict do nothing`,
    [state.input.arrangementId, event.seq, PROJECTION_FAILED, state.input.teamId],
  );
}

/** How far a payment commitment runs, and under which contract. */
interface CommitmentEnd {
  validTo: string;
  contractId: string | null;
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
