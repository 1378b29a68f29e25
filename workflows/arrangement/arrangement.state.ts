import {
  type ArrangementEvent,
  type ArrangementInput,
  type ArrangementState,
  type ArrangementStatus,
  type CommandName,
  type Commands,
  type CommitmentKind,
  type ContractEnd,
  type EventType,
  isFinishedStatus,
  MAX_HOURS_PER_MONTH,
  type RefusalKind,
  type RunningService,
  SYSTEM_ACTOR_ID,
  type WayOfArranging,
} from '../../libs/contracts';
import { dateOf, daysBetween, durationMonths, isIsoDate } from '../../libs/domain/dates';
import { commitmentEnd } from '../../libs/domain/commitments';
import { accessDueDate, appealDeadline, firstGrantPeriod } from '../../libs/domain/decisions';
import { continuationVerdict, nextEvaluationDue, openPeriod } from '../../libs/domain/periods';
import { actionOfCommand, arrangementRefusal } from '../../libs/domain/actions/arrangement-actions';
import { CommandRefused } from '../refusal';

/**
 * The arrangement process as a pure state machine: a command either moves the state and yields
 * one timeline event, or is refused with a reason. The workflow runs it in its Update validators
 * (to refuse synchronously) and handlers (to apply), so the rules live in one place.
 */

export interface Transition {
  state: ArrangementState;
  event: ArrangementEvent;
}

type Change = { type: EventType; data?: ArrangementEvent['data'] } & Partial<Omit<ArrangementState, 'seq'>>;

type Handler<K extends CommandName> = (
  s: ArrangementState,
  c: Commands[K],
  today: string,
  now: Date,
  rules: RuleSet,
) => Change;

/**
 * Rules added after commands were already accepted under the old ones. A command is always validated
 * with every rule; an accepted command replayed from an older history is applied without the rules
 * that did not exist when it was accepted, so that the history replays as it ran.
 */
export interface RuleSet {
  /** A start is never before the decision (added with `DATES_IN_ORDER_PATCH`). */
  startAfterDecision: boolean;
}
export const ALL_RULES: RuleSet = { startAfterDecision: true };
export const DATES_IN_ORDER_PATCH = 'start-not-before-decision';

/** Used when an arrangement's input predates the configurable lead time. */
export const DEFAULT_CONTINUATION_LEAD_TIME = 'P1M';

const COMMITMENT_KIND: Record<WayOfArranging, CommitmentKind> = {
  purchase: 'payment_commitment',
  own_production: 'internal_order',
  service_voucher: 'service_voucher',
};

export function initialState(input: ArrangementInput, now: Date): Transition {
  const state: ArrangementState = {
    input,
    // Granted on rectification, the proposal the client appealed for is the team's to arrange at once.
    status: input.rectifies ? 'submitted' : 'draft',
    proposal: input.proposal,
    dueOn: accessDueDate(input.proposal.needsAssessedOn, input.rules.accessTarget),
    consultationOpen: false,
    assigneeId: null,
    way: null,
    supplierId: null,
    contractId: null,
    declinedSupplierIds: [],
    decision: null,
    commitment: null,
    startedOn: null,
    accessDays: null,
    seq: 1,
  };
  const event: ArrangementEvent = {
    seq: 1,
    type: 'drafted',
    actorId: input.ownWorkerId,
    at: now.toISOString(),
    data: {
      revisionId: input.proposal.revisionId,
      serviceCode: input.serviceCode,
      ...(input.rectifies && {
        rectifiesArrangementId: input.rectifies.arrangementId,
        rectificationRequestId: input.rectifies.requestId,
      }),
    },
  };
  return { state, event };
}

export function isFinished(status: ArrangementStatus): boolean {
  return isFinishedStatus(status);
}

function refuse(kind: RefusalKind, message: string, field: string | null = null, rule: string | null = null): never {
  throw new CommandRefused(kind, message, field, rule);
}

/** The running service an allowed command acts on (the action's rule has made sure there is one). */
function runningOf(s: ArrangementState): RunningService {
  if (!s.running) refuse('invalid_transition', 'the service started before periods were followed');
  return s.running;
}

function requireDate(value: string, field: string, notBefore: string | null, notAfter: string | null): void {
  if (!isIsoDate(value)) refuse('invalid_input', `${field} must be a date`, field, 'iso_date');
  if (notBefore && value < notBefore) {
    refuse('invalid_input', `${field} must not be before ${notBefore}`, field, 'date_order');
  }
  if (notAfter && value > notAfter)
    refuse('invalid_input', `${field} must not be after ${notAfter}`, field, 'date_order');
}

function leadTime(s: ArrangementState): string {
  return s.input.rules.continuationLeadTime ?? DEFAULT_CONTINUATION_LEAD_TIME;
}

/** Hours a month are a whole number that fits the longest month: anything else could not be stored. */
function requireHours(hours: number | null): void {
  if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > MAX_HOURS_PER_MONTH)) {
    refuse(
      'invalid_input',
      `hoursPerMonth must be a whole number from 1 to ${MAX_HOURS_PER_MONTH}`,
      'hoursPerMonth',
      'range',
    );
  }
}

function validateProposal(p: Commands['saveDraft']['proposal']): void {
  requireHours(p.hoursPerMonth);
  if (!isIsoDate(p.needsAssessedOn)) {
    refuse('invalid_input', 'needsAssessedOn must be a date', 'needsAssessedOn', 'iso_date');
  }
  if (p.desiredStartOn !== null && !isIsoDate(p.desiredStartOn)) {
    refuse('invalid_input', 'desiredStartOn must be a date', 'desiredStartOn', 'iso_date');
  }
}

const handlers: { [K in CommandName]: Handler<K> } = {
  saveDraft(s, c): Change {
    validateProposal(c.proposal);
    return {
      type: 'draft_saved',
      proposal: c.proposal,
      dueOn: accessDueDate(c.proposal.needsAssessedOn, s.input.rules.accessTarget),
      data: { revisionId: c.proposal.revisionId },
    };
  },

  requestConsultation(s, c): Change {
    return { type: 'consultation_requested', consultationOpen: true, data: { textId: c.questionTextId } };
  },

  answerConsultation(s, c): Change {
    return { type: 'consultation_answered', consultationOpen: false, data: { textId: c.answerTextId } };
  },

  submit(s): Change {
    return {
      type: 'submitted',
      status: 'submitted',
      data: { revisionId: s.proposal.revisionId, teamId: s.input.teamId },
    };
  },

  withdraw(s, c): Change {
    return { type: 'withdrawn', status: 'withdrawn', consultationOpen: false, data: { textId: c.reasonTextId } };
  },

  claim(_s, c): Change {
    return { type: 'claimed', status: 'in_handling', assigneeId: c.actor.userId };
  },

  release(): Change {
    return { type: 'released', status: 'submitted', assigneeId: null };
  },

  returnForCompletion(_s, c): Change {
    return { type: 'returned', status: 'returned', assigneeId: null, data: { textId: c.reasonTextId } };
  },

  chooseArrangement(s, c): Change {
    if (!s.input.rules.waysOfArranging.includes(c.way)) {
      refuse(
        'invalid_input',
        `way must be one of ${s.input.rules.waysOfArranging.join(', ')} for this service`,
        'way',
        'way_of_arranging',
      );
    }
    if (c.way === 'purchase') {
      if (!c.supplierId || !c.contractId)
        refuse('invalid_input', 'a purchase needs a supplier and its contract', 'supplierId', 'supplier_required');
      return {
        type: 'arrangement_chosen',
        status: 'ordered',
        way: c.way,
        supplierId: c.supplierId,
        contractId: c.contractId,
        data: { way: c.way, supplierId: c.supplierId, contractId: c.contractId },
      };
    }
    return {
      type: 'arrangement_chosen',
      status: 'arranged',
      way: c.way,
      supplierId: null,
      contractId: null,
      data: { way: c.way },
    };
  },

  respondToOrder(s, c): Change {
    const supplierId = s.supplierId;
    if (c.accept) return { type: 'order_accepted', status: 'arranged', data: { supplierId } };
    return {
      type: 'order_declined',
      status: 'in_handling',
      way: null,
      supplierId: null,
      contractId: null,
      declinedSupplierIds: [...s.declinedSupplierIds, ...(supplierId ? [supplierId] : [])],
      data: { supplierId, textId: c.reasonTextId },
    };
  },

  decide(s, c, today): Change {
    if (c.outcome === 'denied') {
      const notification = c.notification ?? 'post';
      const deadline = appealDeadline(today, notification);
      return {
        type: 'denied',
        status: 'denied',
        decision: {
          outcome: 'denied',
          decidedBy: c.actor.userId,
          decidedOn: today,
          periodStart: null,
          periodEnd: null,
          appealDeadline: deadline,
          notification,
        },
        data: { decidedOn: today, appealDeadline: deadline, notification, textId: c.reasonTextId },
      };
    }
    const period = firstGrantPeriod(today, s.proposal.desiredStartOn, s.input.rules.firstPeriod);
    return {
      type: 'granted',
      status: 'granted',
      decision: {
        outcome: 'granted',
        decidedBy: c.actor.userId,
        decidedOn: today,
        periodStart: period.start,
        periodEnd: period.end,
        appealDeadline: null,
        notification: c.notification ?? 'post',
      },
      data: {
        decidedOn: today,
        periodStart: period.start,
        periodEnd: period.end,
        notification: c.notification ?? 'post',
        textId: c.reasonTextId,
      },
    };
  },

  recordUnmetNeed(_s, c): Change {
    return {
      type: 'unmet_need_recorded',
      status: 'unmet_need',
      way: null,
      supplierId: null,
      contractId: null,
      data: { textId: c.reasonTextId },
    };
  },

  reopen(_s, c): Change {
    return { type: 'reopened', status: 'in_handling', assigneeId: c.actor.userId };
  },

  commitPayment(s, c): Change {
    const { decision, way } = s;
    if (!decision?.periodStart || !decision.periodEnd || !way) {
      refuse('invalid_transition', 'there is no granted period to commit payment for');
    }
    const end = commitmentEnd(decision.periodEnd, c.contractEndsOn);
    const commitment = {
      kind: COMMITMENT_KIND[way],
      costCentreCode: c.costCentreCode,
      unitsPerMonth: s.proposal.hoursPerMonth,
      validFrom: decision.periodStart,
      validTo: end.validTo,
    };
    return {
      type: 'payment_committed',
      status: 'committed',
      commitment,
      data: { ...commitment, grantedUntil: decision.periodEnd, contractEndsFirst: end.contractEndsFirst },
    };
  },

  start(s, c, _today, now, ruleSet): Change {
    // The access time the county reports runs from the needs assessment to a start that has happened,
    // after the decision that allowed it.
    requireDate(c.startedOn, 'startedOn', null, null);
    if (c.startedOn < s.proposal.needsAssessedOn) {
      refuse(
        'invalid_input',
        `startedOn must not be before the needs assessment (${s.proposal.needsAssessedOn})`,
        'startedOn',
        'date_order',
      );
    }
    if (ruleSet.startAfterDecision && s.decision && c.startedOn < s.decision.decidedOn) {
      refuse(
        'invalid_input',
        `startedOn must not be before the decision (${s.decision.decidedOn})`,
        'startedOn',
        'date_order',
      );
    }
    const accessDays = daysBetween(s.proposal.needsAssessedOn, c.startedOn);
    const { rules } = s.input;
    const periodStart = s.decision?.periodStart ?? c.startedOn;
    const interval = rules.evaluationInterval ?? null;
    const running: RunningService = {
      period: openPeriod(1, periodStart, now, rules.firstPeriod, leadTime(s)),
      monthsGranted: durationMonths(rules.firstPeriod),
      continuation: null,
      continuationDue: false,
      reassessmentOverdueSince: null,
      nextEvaluationDueAt: interval ? nextEvaluationDue(c.startedOn, now, interval) : null,
      evaluations: 0,
    };
    return {
      type: 'started',
      status: 'active',
      startedOn: c.startedOn,
      accessDays,
      running,
      data: { startedOn: c.startedOn, accessDays, textId: c.goalsTextId },
    };
  },

  recordEvaluation(s, c, today, now): Change {
    const running = runningOf(s);
    requireDate(c.heldOn, 'heldOn', s.startedOn, today);
    if (c.participants.length === 0) {
      refuse('invalid_input', 'name who took part, by role', 'participants', 'required');
    }
    const interval = s.input.rules.evaluationInterval ?? null;
    const nextEvaluationDueAt = interval ? nextEvaluationDue(c.heldOn, now, interval) : null;
    return {
      type: 'evaluation_recorded',
      running: { ...running, evaluations: running.evaluations + 1, nextEvaluationDueAt },
      data: {
        heldOn: c.heldOn,
        participants: c.participants.join(','),
        goalsProgress: c.goalsProgress,
        nextDueAt: nextEvaluationDueAt,
        textId: c.notesTextId,
      },
    };
  },

  decideContinuation(s, c, today, now): Change {
    const running = runningOf(s);
    // The decision rests on a reassessment with the family during this period.
    requireDate(c.reassessedOn, 'reassessedOn', running.period.startsOn, today);
    const decided = { decidedBy: c.actor.userId, decidedOn: today, reassessedOn: c.reassessedOn };
    if (c.outcome === 'end') {
      const notification = c.notification ?? 'post';
      const appeal = appealDeadline(today, notification);
      return {
        type: 'not_continued',
        running: { ...running, continuation: { ...decided, outcome: 'end', special: false, next: null } },
        data: {
          decidedOn: today,
          reassessedOn: c.reassessedOn,
          appealDeadline: appeal,
          notification,
          textId: c.reasonTextId,
        },
      };
    }
    const rules = s.input.rules.continuation;
    if (!rules) refuse('invalid_transition', 'the catalogue version of this arrangement has no continuation rules');
    const verdict = continuationVerdict(running.monthsGranted, rules, c.specialConsiderationTextId !== null);
    if (!verdict.allowed) {
      const field = verdict.rule === 'period_max' ? 'outcome' : 'specialConsideration';
      refuse('invalid_input', verdict.message, field, verdict.rule);
    }
    // On time, the next period follows this one; decided late, it starts from the decision.
    const late = s.status === 'reassessment_overdue';
    const since = late ? now : new Date(running.period.endsAt);
    const startsOn = late ? today : dateOf(since);
    const next = openPeriod(running.period.number + 1, startsOn, since, rules.step, leadTime(s));
    return {
      type: 'continued',
      running: {
        ...running,
        continuation: {
          ...decided,
          outcome: 'continue',
          special: verdict.special,
          next: { startsOn: next.startsOn, endsOn: next.endsOn },
        },
      },
      ...extendedCommitment(s, next.endsOn, c.contractEndsOn),
      data: {
        decidedOn: today,
        reassessedOn: c.reassessedOn,
        periodStart: next.startsOn,
        periodEnd: next.endsOn,
        special: verdict.special,
        notification: c.notification ?? 'post',
        textId: c.specialConsiderationTextId,
        ...extendedCommitmentData(next.endsOn, c.contractEndsOn),
      },
    };
  },

  continueOnRectification(s, c, today): Change {
    const running = runningOf(s);
    const rules = s.input.rules.continuation;
    if (!rules) refuse('invalid_transition', 'the catalogue version of this arrangement has no continuation rules');
    // The section's decision stands as it was made: the next period follows this one, past the maximum too.
    const since = new Date(running.period.endsAt);
    const next = openPeriod(running.period.number + 1, dateOf(since), since, rules.step, leadTime(s));
    return {
      type: 'continued',
      running: {
        ...running,
        continuation: {
          decidedBy: c.actor.userId,
          decidedOn: today,
          reassessedOn: today,
          outcome: 'continue',
          special: false,
          next: { startsOn: next.startsOn, endsOn: next.endsOn },
        },
      },
      ...extendedCommitment(s, next.endsOn, c.contractEndsOn),
      data: {
        decidedOn: today,
        reassessedOn: today,
        periodStart: next.startsOn,
        periodEnd: next.endsOn,
        special: false,
        notification: 'post',
        textId: null,
        rectificationRequestId: c.requestId,
        ...extendedCommitmentData(next.endsOn, c.contractEndsOn),
      },
    };
  },

  terminate(s, c, today): Change {
    if (actionOfCommand('terminate', c, s) === 'terminateAsSupplier' && c.reason !== 'supplier_cannot_provide') {
      refuse(
        'invalid_input',
        'a supplier ends a service only when it can no longer provide it',
        'reason',
        'end_reason',
      );
    }
    if (c.reason === 'not_continued') {
      refuse(
        'invalid_input',
        'a service is not continued by the continuation decision, not by ending it',
        'reason',
        'end_reason',
      );
    }
    const running = runningOf(s);
    requireDate(c.endsOn, 'endsOn', s.startedOn ?? today, running.period.endsOn);
    return {
      type: 'ended',
      status: 'ended',
      ending: { endsOn: c.endsOn, reason: c.reason, endedBy: c.actor.userId, planned: false },
      data: { endsOn: c.endsOn, reason: c.reason, planned: false, textId: c.reasonTextId },
    };
  },

  requestChange(s, c, today): Change {
    const running = runningOf(s);
    requireDate(c.effectiveOn, 'effectiveOn', today, running.period.endsOn);
    if (c.supplierId !== null && s.way !== 'purchase') {
      refuse('invalid_input', 'only a purchased service changes supplier', 'supplierId', 'way_of_arranging');
    }
    requireHours(c.hoursPerMonth);
    const hours = c.hoursPerMonth !== null && c.hoursPerMonth !== s.proposal.hoursPerMonth;
    const supplier = c.supplierId !== null && c.supplierId !== s.supplierId;
    if (!hours && !supplier) {
      refuse('invalid_input', 'the change changes neither the hours nor the supplier', '(body)', 'required');
    }
    const change = {
      hoursPerMonth: hours ? c.hoursPerMonth : null,
      supplierId: supplier ? c.supplierId : null,
      contractId: supplier ? c.contractId : null,
      effectiveOn: c.effectiveOn,
      requestedBy: c.actor.userId,
      granted: false,
    };
    return {
      type: 'change_requested',
      running: { ...running, change },
      data: {
        hoursPerMonth: change.hoursPerMonth,
        supplierId: change.supplierId,
        effectiveOn: c.effectiveOn,
        textId: c.reasonTextId,
      },
    };
  },

  decideChange(s, c, today): Change {
    const running = runningOf(s);
    const change = running.change;
    if (!change) refuse('invalid_transition', 'no change is waiting for a decision');
    if (c.outcome === 'denied') {
      return {
        type: 'change_denied',
        running: { ...running, change: null },
        data: {
          decidedOn: today,
          appealDeadline: appealDeadline(today, c.notification ?? 'post'),
          notification: c.notification ?? 'post',
          textId: c.reasonTextId,
        },
      };
    }
    return {
      type: 'change_granted',
      running: { ...running, change: { ...change, granted: true } },
      data: { decidedOn: today, effectiveOn: change.effectiveOn, textId: c.reasonTextId },
    };
  },

  handOver(s, c): Change {
    if (c.ownWorkerId === s.input.ownWorkerId) {
      refuse('invalid_transition', 'the client already has this own worker', 'ownWorkerId');
    }
    return {
      type: 'handed_over',
      input: { ...s.input, ownWorkerId: c.ownWorkerId },
      data: { from: s.input.ownWorkerId, to: c.ownWorkerId, textId: c.reasonTextId },
    };
  },

  commitChange(s, c): Change {
    const running = runningOf(s);
    const change = running.change;
    if (!change?.granted || !s.way || !s.commitment) {
      refuse('invalid_transition', 'no granted change is waiting for its payment commitment');
    }
    const hoursPerMonth = change.hoursPerMonth ?? s.proposal.hoursPerMonth;
    const end = commitmentEnd(running.period.endsOn, c.contractEndsOn);
    const commitment = {
      kind: COMMITMENT_KIND[s.way],
      costCentreCode: c.costCentreCode,
      unitsPerMonth: hoursPerMonth,
      validFrom: change.effectiveOn,
      validTo: end.validTo,
    };
    return {
      type: 'change_committed',
      proposal: { ...s.proposal, hoursPerMonth },
      supplierId: change.supplierId ?? s.supplierId,
      contractId: change.supplierId ? change.contractId : s.contractId,
      commitment,
      running: { ...running, change: null },
      data: {
        ...commitment,
        previousSupplierId: change.supplierId ? s.supplierId : null,
        grantedUntil: running.period.endsOn,
        contractEndsFirst: end.contractEndsFirst,
      },
    };
  },
};

/** A continued service's commitment runs into the next period, never past the contract. */
function extendedCommitment(s: ArrangementState, grantedUntil: string, contractEndsOn: ContractEnd | undefined) {
  if (!s.commitment) return {};
  return { commitment: { ...s.commitment, validTo: commitmentEnd(grantedUntil, contractEndsOn).validTo } };
}

function extendedCommitmentData(grantedUntil: string, contractEndsOn: ContractEnd | undefined) {
  const end = commitmentEnd(grantedUntil, contractEndsOn);
  return { commitmentValidTo: end.validTo, contractEndsFirst: end.contractEndsFirst };
}

/** Applies a command; throws CommandRefused when it is not allowed now. Never mutates `state`. */
export function applyCommand<K extends CommandName>(
  state: ArrangementState,
  name: K,
  command: Commands[K],
  now: Date,
  rules: RuleSet = ALL_RULES,
): Transition {
  const refusal = arrangementRefusal(actionOfCommand(name, command, state), state, command.actor);
  if (refusal) refuse(refusal.kind, refusal.message);
  const handler = handlers[name] as Handler<K>;
  return record(state, handler(state, command, dateOf(now), now, rules), command.actor.userId, now);
}

function record(state: ArrangementState, { type, data, ...changes }: Change, actorId: string, now: Date): Transition {
  const seq = state.seq + 1;
  return {
    state: { ...state, ...changes, seq },
    event: { seq, type, actorId, at: now.toISOString(), data: data ?? {} },
  };
}

/*
 * The steps the workflow takes by itself when a timer fires. Each returns null when there is nothing
 * to do any more (a command got there first).
 */

/** The lead time before the period's end: the own worker's continuation decision falls due. */
export function continuationFallsDue(s: ArrangementState, now: Date): Transition | null {
  const r = s.running;
  if (s.status !== 'active' || !r || r.continuation || r.continuationDue) return null;
  return record(
    s,
    {
      type: 'continuation_due',
      running: { ...r, continuationDue: true },
      data: { periodEnd: r.period.endsOn, endsAt: r.period.endsAt },
    },
    SYSTEM_ACTOR_ID,
    now,
  );
}

/**
 * The period is over, or a late continuation decision came in: the next period opens, the service
 * ends as decided, or, with no decision, it stops and waits for one. It never continues by itself.
 */
export function closePeriod(s: ArrangementState, now: Date): Transition | null {
  const r = s.running;
  if (!r || (s.status !== 'active' && s.status !== 'reassessment_overdue')) return null;
  const c = r.continuation;
  if (!c) {
    if (s.status === 'reassessment_overdue') return null;
    return record(
      s,
      {
        type: 'reassessment_overdue',
        status: 'reassessment_overdue',
        running: { ...r, reassessmentOverdueSince: now.toISOString() },
        data: { periodEnd: r.period.endsOn, teamId: s.input.teamId },
      },
      SYSTEM_ACTOR_ID,
      now,
    );
  }
  if (c.outcome === 'end') {
    const ending = {
      endsOn: r.period.endsOn,
      reason: 'not_continued' as const,
      endedBy: SYSTEM_ACTOR_ID,
      planned: true,
    };
    return record(
      s,
      { type: 'ended', status: 'ended', ending, data: { endsOn: ending.endsOn, reason: ending.reason, planned: true } },
      SYSTEM_ACTOR_ID,
      now,
    );
  }
  const rules = s.input.rules.continuation!;
  const late = s.status === 'reassessment_overdue';
  const since = late ? now : new Date(r.period.endsAt);
  const period = openPeriod(r.period.number + 1, c.next?.startsOn ?? dateOf(since), since, rules.step, leadTime(s));
  return record(
    s,
    {
      type: 'period_started',
      status: 'active',
      running: {
        ...r,
        period,
        monthsGranted: r.monthsGranted + durationMonths(rules.step),
        continuation: null,
        continuationDue: false,
        reassessmentOverdueSince: null,
      },
      data: { period: period.number, periodStart: period.startsOn, periodEnd: period.endsOn, late },
    },
    SYSTEM_ACTOR_ID,
    now,
  );
}
