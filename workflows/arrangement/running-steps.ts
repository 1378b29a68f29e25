import type { CommandName, ContractEnd, ArrangementState, RunningService } from '../../libs/contracts';
import { actionOfCommand } from '../../libs/domain/actions/arrangement-actions';
import { commitmentEnd } from '../../libs/domain/commitments';
import { appealDeadline } from '../../libs/domain/decisions';
import { dateOf, daysBetween, durationMonths, isDuration } from '../../libs/domain/dates';
import { continuationVerdict, nextEvaluationDue, openPeriod } from '../../libs/domain/periods';
import { evaluationIntervalProblem, isRecordableStep, stepsMissingBeforeStart } from '../../libs/domain/service-steps';
import type { ProposalCommand } from './proposal-steps';
import {
  type Change,
  COMMITMENT_KIND,
  type Handler,
  leadTime,
  refuse,
  requireDate,
  requirePastDate,
  requireHours,
  runningOf,
} from './state-change';

/**
 * The running service: its start, evaluations, continuation decisions, changes, handover and early end.
 * Who may take each step, and when, is the action's rule (libs/domain/actions); these check the
 * command's input and make the change.
 */

export const runningSteps: { [K in RunningCommand]: Handler<K> } = {
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
    // The card's steps that come first (the introductory visit, the goals and meetings agreed) are done.
    const missing = ruleSet.stepsBeforeStart ? stepsMissingBeforeStart(s) : [];
    if (missing.length > 0) {
      refuse(
        'invalid_input',
        `record first the steps the card requires before the start: ${missing.join(', ')}`,
        'startedOn',
        'required_step',
      );
    }
    const accessDays = daysBetween(s.proposal.needsAssessedOn, c.startedOn);
    const { rules } = s.input;
    const periodStart = s.decision?.periodStart ?? c.startedOn;
    const interval = agreedInterval(s, c.evaluationInterval, rules.evaluationInterval ?? null);
    const period = openPeriod(1, periodStart, now, rules.firstPeriod, leadTime(s));
    const running: RunningService = {
      period,
      monthsGranted: durationMonths(rules.firstPeriod),
      continuation: null,
      continuationDue: false,
      reassessmentOverdueSince: null,
      nextEvaluationDueAt: interval
        ? nextEvaluationDue(c.startedOn, now, interval, ruleSet.evaluationsInPeriod ? period.endsAt : null)
        : null,
      evaluations: 0,
      // Written only when agreed, so that a history from before replays into the same state.
      ...(c.evaluationInterval ? { evaluationInterval: interval, evaluationAlerted: null } : {}),
    };
    return {
      type: 'started',
      status: 'active',
      startedOn: c.startedOn,
      accessDays,
      running,
      data: {
        startedOn: c.startedOn,
        accessDays,
        textId: c.goalsTextId,
        ...(c.evaluationInterval ? { evaluationInterval: interval } : {}),
      },
    };
  },

  recordEvaluation(s, c, today, now, ruleSet): Change {
    const running = runningOf(s);
    requirePastDate(c.heldOn, 'heldOn', s.startedOn, today);
    if (c.participants.length === 0) {
      refuse('invalid_input', 'name who took part, by role', 'participants', 'required');
    }
    // The gap may be changed at an evaluation; otherwise it stays as agreed (or the card's, if never agreed).
    const current = running.evaluationInterval ?? s.input.rules.evaluationInterval ?? null;
    const interval = agreedInterval(s, c.evaluationInterval, current);
    const periodEnd = ruleSet.evaluationsInPeriod ? running.period.endsAt : null;
    const nextEvaluationDueAt = interval ? nextEvaluationDue(c.heldOn, now, interval, periodEnd) : null;
    const agreed: { evaluationInterval?: string | null } = c.evaluationInterval ? { evaluationInterval: interval } : {};
    // An alert raised for the evaluation now held has done its work.
    const alerts = running.evaluationAlerted !== undefined ? { evaluationAlerted: null } : {};
    return {
      type: 'evaluation_recorded',
      running: { ...running, evaluations: running.evaluations + 1, nextEvaluationDueAt, ...agreed, ...alerts },
      data: {
        heldOn: c.heldOn,
        participants: c.participants.join(','),
        goalsProgress: c.goalsProgress,
        nextDueAt: nextEvaluationDueAt,
        textId: c.notesTextId,
        ...(c.newGoalsTextId ? { newGoalsTextId: c.newGoalsTextId } : {}),
        ...(c.evaluationInterval ? { evaluationInterval: interval } : {}),
      },
    };
  },

  recordStep(s, c, today): Change {
    const required = s.input.rules.requiredSteps ?? [];
    if (!required.includes(c.step) || !isRecordableStep(c.step)) {
      const recordable = required.filter(isRecordableStep);
      refuse(
        'invalid_input',
        `${c.step} is not a step of this service's card that is recorded by hand; it has ${recordable.join(', ') || 'none'}`,
        'step',
        'required_step',
      );
    }
    requirePastDate(c.doneOn, 'doneOn', s.proposal.needsAssessedOn, today);
    const step = { code: c.step, doneOn: c.doneOn, doneBy: c.actor.userId, seq: s.seq + 1 };
    return {
      type: 'step_recorded',
      steps: [...(s.steps ?? []), step],
      data: { step: c.step, doneOn: c.doneOn, textId: c.textId },
    };
  },

  decideContinuation(s, c, today, now): Change {
    const running = runningOf(s);
    // The decision rests on a reassessment with the family during this period.
    requirePastDate(c.reassessedOn, 'reassessedOn', running.period.startsOn, today);
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
    // Aftercare has no maximum, but it ends the day before the young person turns 25.
    if (rules.aftercareEndsOn && next.startsOn > rules.aftercareEndsOn) {
      refuse(
        'invalid_input',
        `the aftercare ends on ${rules.aftercareEndsOn}: its service does not continue past it`,
        'outcome',
        'aftercare_ended',
      );
    }
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

/**
 * The gap to the next evaluation: the one agreed now, within the card's bounds, or `current` when none is
 * agreed. A service without evaluations has no gap to agree.
 */
function agreedInterval(s: ArrangementState, agreed: string | null | undefined, current: string | null): string | null {
  if (!agreed) return current;
  if (!isDuration(agreed))
    refuse('invalid_input', 'evaluationInterval must be a duration', 'evaluationInterval', 'iso_duration');
  const problem = evaluationIntervalProblem(s.input.rules, agreed);
  if (problem) refuse('invalid_input', problem, 'evaluationInterval', 'evaluation_interval');
  return agreed;
}

/** A continued service's commitment runs into the next period, never past the contract. */
function extendedCommitment(s: ArrangementState, grantedUntil: string, contractEndsOn: ContractEnd | undefined) {
  if (!s.commitment) return {};
  return { commitment: { ...s.commitment, validTo: commitmentEnd(grantedUntil, contractEndsOn).validTo } };
}

function extendedCommitmentData(grantedUntil: string, contractEndsOn: ContractEnd | undefined) {
  const end = commitmentEnd(grantedUntil, contractEndsOn);
  return { commitmentValidTo: end.validTo, contractEndsFirst: end.contractEndsFirst };
}

export type RunningCommand = Exclude<CommandName, ProposalCommand>;
