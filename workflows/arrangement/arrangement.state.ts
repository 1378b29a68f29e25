import type {
  Actor,
  ArrangementEvent,
  ArrangementInput,
  ArrangementState,
  ArrangementStatus,
  CommandName,
  Commands,
  CommitmentKind,
  EventType,
  RefusalKind,
  WayOfArranging,
} from '../../libs/contracts';
import { dateOf, daysBetween, isIsoDate } from '../../libs/domain/dates';
import { accessDueDate, appealDeadline, firstGrantPeriod } from '../../libs/domain/decisions';

/**
 * The arrangement process as a pure state machine: a command either moves the state and yields
 * one timeline event, or is refused with a reason. The workflow runs it in its Update validators
 * (to refuse synchronously) and handlers (to apply), so the rules live in one place.
 */

export class CommandRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** For `invalid_input`: the command field at fault. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'CommandRefused';
  }
}

export interface Transition {
  state: ArrangementState;
  event: ArrangementEvent;
}

type Change = { type: EventType; data?: ArrangementEvent['data'] } & Partial<Omit<ArrangementState, 'input' | 'seq'>>;

type Handler<K extends CommandName> = (s: ArrangementState, c: Commands[K], today: string) => Change;

const COMMITMENT_KIND: Record<WayOfArranging, CommitmentKind> = {
  purchase: 'payment_commitment',
  own_production: 'internal_order',
  service_voucher: 'service_voucher',
};

export function initialState(input: ArrangementInput, now: Date): Transition {
  const state: ArrangementState = {
    input,
    status: 'draft',
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
    data: { revisionId: input.proposal.revisionId, serviceCode: input.serviceCode },
  };
  return { state, event };
}

export function isFinished(status: ArrangementStatus): boolean {
  return status === 'denied' || status === 'withdrawn';
}

function refuse(kind: RefusalKind, message: string, field: string | null = null): never {
  throw new CommandRefused(kind, message, field);
}

function requireStatus(s: ArrangementState, action: string, ...allowed: ArrangementStatus[]): void {
  if (!allowed.includes(s.status)) {
    refuse('invalid_transition', `cannot ${action}: the arrangement is ${s.status}, not ${allowed.join(' or ')}`);
  }
}

function requireOwnWorker(s: ArrangementState, actor: Actor, action: string): void {
  if (actor.userId !== s.input.ownWorkerId) refuse('forbidden', `only the client's own worker may ${action}`);
}

function requireTeamMember(s: ArrangementState, actor: Actor, action: string): void {
  if (actor.role !== 'arranging' || actor.teamId !== s.input.teamId) {
    refuse('forbidden', `only a member of the arranging team ${s.input.teamId} may ${action}`);
  }
}

function requireAssignee(s: ArrangementState, actor: Actor, action: string): void {
  requireTeamMember(s, actor, action);
  if (s.assigneeId !== actor.userId) refuse('forbidden', `only the team member handling the proposal may ${action}`);
}

function validateProposal(p: Commands['saveDraft']['proposal']): void {
  if (!isIsoDate(p.needsAssessedOn)) refuse('invalid_input', 'needsAssessedOn must be a date', 'needsAssessedOn');
  if (p.desiredStartOn !== null && !isIsoDate(p.desiredStartOn)) {
    refuse('invalid_input', 'desiredStartOn must be a date', 'desiredStartOn');
  }
}

const handlers: { [K in CommandName]: Handler<K> } = {
  saveDraft(s, c): Change {
    requireOwnWorker(s, c.actor, 'edit the proposal');
    requireStatus(s, 'edit the proposal', 'draft', 'returned');
    validateProposal(c.proposal);
    return {
      type: 'draft_saved',
      proposal: c.proposal,
      dueOn: accessDueDate(c.proposal.needsAssessedOn, s.input.rules.accessTarget),
      data: { revisionId: c.proposal.revisionId },
    };
  },

  requestConsultation(s, c): Change {
    requireOwnWorker(s, c.actor, 'ask for a consultation');
    requireStatus(s, 'ask for a consultation', 'draft', 'returned');
    if (s.consultationOpen) refuse('invalid_transition', 'a consultation is already waiting for an answer');
    return { type: 'consultation_requested', consultationOpen: true, data: { textId: c.questionTextId } };
  },

  answerConsultation(s, c): Change {
    requireTeamMember(s, c.actor, 'answer a consultation');
    if (!s.consultationOpen) refuse('invalid_transition', 'no consultation is waiting for an answer');
    return { type: 'consultation_answered', consultationOpen: false, data: { textId: c.answerTextId } };
  },

  submit(s, c): Change {
    requireOwnWorker(s, c.actor, 'submit the proposal');
    requireStatus(s, 'submit', 'draft', 'returned');
    return {
      type: 'submitted',
      status: 'submitted',
      data: { revisionId: s.proposal.revisionId, teamId: s.input.teamId },
    };
  },

  withdraw(s, c): Change {
    requireOwnWorker(s, c.actor, 'withdraw the proposal');
    requireStatus(s, 'withdraw', 'draft', 'returned', 'submitted');
    return { type: 'withdrawn', status: 'withdrawn', consultationOpen: false, data: { textId: c.reasonTextId } };
  },

  claim(s, c): Change {
    requireTeamMember(s, c.actor, 'claim the proposal');
    if (s.status === 'in_handling') {
      refuse('invalid_transition', `the proposal is already claimed by ${s.assigneeId ?? 'another team member'}`);
    }
    requireStatus(s, 'claim', 'submitted');
    return { type: 'claimed', status: 'in_handling', assigneeId: c.actor.userId };
  },

  release(s, c): Change {
    requireAssignee(s, c.actor, 'release the proposal');
    requireStatus(s, 'release', 'in_handling');
    return { type: 'released', status: 'submitted', assigneeId: null };
  },

  returnForCompletion(s, c): Change {
    requireAssignee(s, c.actor, 'return the proposal');
    requireStatus(s, 'return the proposal', 'in_handling');
    return { type: 'returned', status: 'returned', assigneeId: null, data: { textId: c.reasonTextId } };
  },

  chooseArrangement(s, c): Change {
    requireAssignee(s, c.actor, 'choose the way of arranging');
    requireStatus(s, 'choose the way of arranging', 'in_handling');
    if (!s.input.rules.waysOfArranging.includes(c.way)) {
      refuse('invalid_input', `way must be one of ${s.input.rules.waysOfArranging.join(', ')} for this service`, 'way');
    }
    if (c.way === 'purchase') {
      if (!c.supplierId || !c.contractId)
        refuse('invalid_input', 'a purchase needs a supplier and its contract', 'supplierId');
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
    requireStatus(s, 'answer the order', 'ordered');
    if (c.actor.role !== 'supplier' || c.actor.supplierId !== s.supplierId) {
      refuse('forbidden', 'only the supplier the order was sent to may answer it');
    }
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
    const deciders = c.actor.userId === s.assigneeId || c.actor.userId === s.input.ownWorkerId;
    if (!deciders)
      refuse('forbidden', "only the team member handling the proposal or the client's own worker may decide");
    if (s.input.legalBasis === 'LsL' && c.actor.profession !== 'social_worker') {
      refuse('forbidden', 'in child welfare only a qualified social worker may decide');
    }
    if (c.outcome === 'denied') {
      requireStatus(s, 'deny', 'in_handling', 'arranged');
      const deadline = appealDeadline(today);
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
        },
        data: { decidedOn: today, appealDeadline: deadline, textId: c.reasonTextId },
      };
    }
    requireStatus(s, 'grant', 'arranged');
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
      },
      data: { decidedOn: today, periodStart: period.start, periodEnd: period.end, textId: c.reasonTextId },
    };
  },

  recordUnmetNeed(s, c): Change {
    requireAssignee(s, c.actor, 'record an unmet need');
    requireStatus(s, 'record an unmet need', 'in_handling', 'ordered', 'arranged');
    return {
      type: 'unmet_need_recorded',
      status: 'unmet_need',
      way: null,
      supplierId: null,
      contractId: null,
      data: { textId: c.reasonTextId },
    };
  },

  reopen(s, c): Change {
    requireTeamMember(s, c.actor, 'reopen the proposal');
    requireStatus(s, 'reopen', 'unmet_need');
    return { type: 'reopened', status: 'in_handling', assigneeId: c.actor.userId };
  },

  commitPayment(s, c): Change {
    requireAssignee(s, c.actor, 'make the payment commitment');
    requireStatus(s, 'make the payment commitment', 'granted');
    const { decision, way } = s;
    if (!decision?.periodStart || !decision.periodEnd || !way) {
      refuse('invalid_transition', 'there is no granted period to commit payment for');
    }
    const commitment = {
      kind: COMMITMENT_KIND[way],
      costCentreCode: c.costCentreCode,
      unitsPerMonth: s.proposal.hoursPerMonth,
      validFrom: decision.periodStart,
      validTo: decision.periodEnd,
    };
    return { type: 'payment_committed', status: 'committed', commitment, data: { ...commitment } };
  },

  start(s, c): Change {
    if (c.actor.userId !== s.assigneeId && c.actor.userId !== s.input.ownWorkerId) {
      refuse(
        'forbidden',
        "only the team member handling the proposal or the client's own worker may start the service",
      );
    }
    requireStatus(s, 'start the service', 'committed');
    if (!isIsoDate(c.startedOn)) refuse('invalid_input', 'startedOn must be a date', 'startedOn');
    if (c.startedOn < s.proposal.needsAssessedOn) {
      refuse(
        'invalid_input',
        `startedOn must not be before the needs assessment (${s.proposal.needsAssessedOn})`,
        'startedOn',
      );
    }
    const accessDays = daysBetween(s.proposal.needsAssessedOn, c.startedOn);
    return {
      type: 'started',
      status: 'active',
      startedOn: c.startedOn,
      accessDays,
      data: { startedOn: c.startedOn, accessDays, textId: c.goalsTextId },
    };
  },
};

/** Applies a command; throws CommandRefused when it is not allowed now. Never mutates `state`. */
export function applyCommand<K extends CommandName>(
  state: ArrangementState,
  name: K,
  command: Commands[K],
  now: Date,
): Transition {
  if (isFinished(state.status))
    refuse('invalid_transition', `the arrangement is ${state.status}; nothing more can be done`);
  const handler = handlers[name] as Handler<K>;
  const { type, data, ...changes } = handler(state, command, dateOf(now));
  const seq = state.seq + 1;
  return {
    state: { ...state, ...changes, seq },
    event: { seq, type, actorId: command.actor.userId, at: now.toISOString(), data: data ?? {} },
  };
}
