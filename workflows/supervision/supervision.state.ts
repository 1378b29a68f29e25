import type { RuleCode } from '../../libs/contracts/rules';
import {
  type RefusalKind,
  type CaseCommandName,
  type CaseCommands,
  type CaseEvent,
  type CaseEventType,
  type Finding,
  type SupervisionInput,
  type SupervisionState,
  SYSTEM_ACTOR_ID,
} from '../../libs/contracts';
import { isDuration, isIsoDate, multiplyDuration } from '../../libs/domain/dates';
import { deadlineAfter } from '../../libs/domain/deadlines';
import { deadlineDay } from '../../libs/domain/working-days';
import { actionOfCaseCommand, caseRefusal } from '../../libs/domain/actions/case-actions';
import { CommandRefused } from '../refusal';

/**
 * A reactive supervision case as a pure state machine: assessment in the arranging team, then
 * closed with no action, or a clarification asked of the supplier (reminded at the deadline,
 * escalated to procurement on silence), a corrective action plan with its follow-up, and the outcome.
 */

export interface CaseTransition {
  state: SupervisionState;
  event: CaseEvent;
}

type Change = { type: CaseEventType; data?: CaseEvent['data'] } & Partial<Omit<SupervisionState, 'input' | 'seq'>>;
type Handler<K extends CaseCommandName> = (s: SupervisionState, c: CaseCommands[K], now: Date) => Change;

function refuse(kind: RefusalKind, message: string, field: string | null = null, rule: RuleCode | null = null): never {
  throw new CommandRefused(kind, message, field, rule);
}

function requireDuration(value: string, field: string): void {
  if (!isDuration(value)) {
    refuse('invalid_input', `${field} must be an ISO 8601 duration such as P14D`, field, 'iso_duration');
  }
}

export function openCase(input: SupervisionInput, now: Date): CaseTransition {
  const state: SupervisionState = {
    input,
    status: 'assessment',
    findingIds: [],
    procurementInvolved: false,
    clarification: null,
    correctiveAction: null,
    outcome: null,
    terminatedServiceCode: null,
    seq: 1,
  };
  return {
    state,
    event: { seq: 1, type: 'opened', actorId: SYSTEM_ACTOR_ID, at: now.toISOString(), data: { number: input.number } },
  };
}

const handlers: { [K in CaseCommandName]: Handler<K> } = {
  closeWithoutAction(_s, c) {
    return { type: 'closed_without_action', status: 'closed', outcome: 'no_action', data: { textId: c.reasonTextId } };
  },

  requestClarification(_s, c, now) {
    requireDuration(c.respondWithin, 'respondWithin');
    const deadline = deadlineAfter(now, c.respondWithin);
    // Silence past the deadline brings a reminder; as long again, escalation.
    const grace = deadlineAfter(now, multiplyDuration(c.respondWithin, 2));
    const clarification = {
      requestedAt: now.toISOString(),
      deadlineAt: deadline.toISOString(),
      graceAt: grace.toISOString(),
      reminded: false,
    };
    return {
      type: 'clarification_requested',
      status: 'awaiting_clarification',
      clarification,
      data: { deadlineAt: clarification.deadlineAt, textId: c.questionTextId },
    };
  },

  answerClarification(_s, c) {
    return { type: 'clarification_answered', status: 'clarification_received', data: { textId: c.answerTextId } };
  },

  involveProcurement(_s, c) {
    return { type: 'procurement_involved', procurementInvolved: true, data: { textId: c.noteTextId } };
  },

  addStatement(_s, c) {
    return { type: 'statement_added', data: { role: c.actor.role, textId: c.noteTextId } };
  },

  requireCorrectiveAction(_s, c, now) {
    if (!isIsoDate(c.dueOn)) refuse('invalid_input', 'dueOn must be a date', 'dueOn', 'iso_date');
    requireDuration(c.followUpAfter, 'followUpAfter');
    const followUpAt = deadlineAfter(now, c.followUpAfter).toISOString();
    // The supplier is told this day: one on a weekend or holiday gives it until the next working day.
    const dueOn = deadlineDay(c.dueOn);
    return {
      type: 'corrective_action_required',
      status: 'corrective_action',
      correctiveAction: { dueOn, followUpAt, followUpDue: false },
      data: { dueOn, followUpAt, textId: c.planTextId },
    };
  },

  decideOutcome(s, c) {
    // An own-production unit provides under no contract: its lead's strongest outcome is a sanction.
    if (c.outcome === 'contract_terminated' && s.input.selfMonitoring) {
      refuse('invalid_input', 'an own-production unit has no contract to end', 'outcome', 'process_rule');
    }
    if (c.outcome === 'contract_terminated' && !c.serviceCode) {
      refuse('invalid_input', 'name the service whose contract ends', 'serviceCode', 'required');
    }
    return {
      type: 'outcome_decided',
      status: 'closed',
      outcome: c.outcome,
      procurementInvolved: s.procurementInvolved || c.actor.role === 'procurement',
      terminatedServiceCode: c.outcome === 'contract_terminated' ? c.serviceCode : null,
      data: { outcome: c.outcome, serviceCode: c.serviceCode, textId: c.reasonTextId },
    };
  },
};

export function applyCaseCommand<K extends CaseCommandName>(
  state: SupervisionState,
  name: K,
  command: CaseCommands[K],
  now: Date,
): CaseTransition {
  const refusal = caseRefusal(actionOfCaseCommand(name, command), state, command.actor);
  if (refusal) refuse(refusal.kind, refusal.message);
  const handler = handlers[name] as Handler<K>;
  return record(state, handler(state, command, now), command.actor.userId, now);
}

function record(
  state: SupervisionState,
  { type, data, ...changes }: Change,
  actorId: string,
  now: Date,
): CaseTransition {
  const seq = state.seq + 1;
  return {
    state: { ...state, ...changes, seq },
    event: { seq, type, actorId, at: now.toISOString(), data: data ?? {} },
  };
}

/** A finding joins the open case once; a repeated delivery changes nothing. */
export function addFinding(s: SupervisionState, f: Finding, now: Date): CaseTransition | null {
  if (s.status === 'closed' || s.findingIds.includes(f.findingId)) return null;
  return record(
    s,
    {
      type: 'finding_added',
      findingIds: [...s.findingIds, f.findingId],
      data: { findingId: f.findingId, source: f.source, reasons: f.reasons.join(',') },
    },
    SYSTEM_ACTOR_ID,
    now,
  );
}

/** What the case waits for by itself: a clarification deadline, its grace, or a follow-up. */
export function nextTimer(
  s: SupervisionState,
): { at: string; step: (s: SupervisionState, now: Date) => CaseTransition | null } | null {
  if (s.status === 'awaiting_clarification' && s.clarification) {
    return {
      at: s.clarification.reminded ? s.clarification.graceAt : s.clarification.deadlineAt,
      step: supplierSilent,
    };
  }
  if (s.status === 'corrective_action' && s.correctiveAction && !s.correctiveAction.followUpDue) {
    return { at: s.correctiveAction.followUpAt, step: followUpFalls };
  }
  return null;
}

/** Past the deadline the supplier is reminded; past the grace, the case is escalated to procurement. */
export function supplierSilent(s: SupervisionState, now: Date): CaseTransition | null {
  const c = s.clarification;
  if (s.status !== 'awaiting_clarification' || !c) return null;
  if (!c.reminded) {
    return record(
      s,
      { type: 'clarification_reminded', clarification: { ...c, reminded: true }, data: { graceAt: c.graceAt } },
      SYSTEM_ACTOR_ID,
      now,
    );
  }
  return record(
    s,
    { type: 'escalated', status: 'escalated', procurementInvolved: true, data: { deadlineAt: c.deadlineAt } },
    SYSTEM_ACTOR_ID,
    now,
  );
}

export function followUpFalls(s: SupervisionState, now: Date): CaseTransition | null {
  const a = s.correctiveAction;
  if (s.status !== 'corrective_action' || !a || a.followUpDue) return null;
  return record(
    s,
    { type: 'follow_up_due', correctiveAction: { ...a, followUpDue: true }, data: { dueOn: a.dueOn } },
    SYSTEM_ACTOR_ID,
    now,
  );
}
