import { type ArrangementState, type EvaluationAlerted, SYSTEM_ACTOR_ID } from '../../libs/contracts';
import { dateOf, durationMonths } from '../../libs/domain/dates';
import { addToInstant } from '../../libs/domain/zoned-arithmetic';
import { nextEvaluationDue, openPeriod } from '../../libs/domain/periods';
import { leadTime, record, type Transition } from './state-change';

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

/** Who an overdue evaluation alerts next, and when: the own worker first, then the team lead; null when no one. */
export function nextEvaluationAlert(s: ArrangementState): { who: EvaluationAlerted; at: string } | null {
  const r = s.running;
  const grace = s.input.rules.evaluationAlerts;
  // A stopped service (no decision in force) has no meetings to hold until a decision continues it.
  if (s.status !== 'active' || !r?.nextEvaluationDueAt || !grace || r.evaluationAlerted === 'team_lead') return null;
  const who: EvaluationAlerted = r.evaluationAlerted === 'own_worker' ? 'team_lead' : 'own_worker';
  const after = who === 'own_worker' ? grace.ownWorker : grace.teamLead;
  return { who, at: addToInstant(new Date(r.nextEvaluationDueAt), after).toISOString() };
}

/**
 * An evaluation is overdue past its grace (seed 002 holds them every 1–3 months): the own worker is told
 * after the first, the team lead after the second. Nothing when it has been held, or the service is over.
 */
export function evaluationOverdue(s: ArrangementState, now: Date): Transition | null {
  const r = s.running;
  const next = nextEvaluationAlert(s);
  if (!r || !next) return null;
  if (now.getTime() < Date.parse(next.at)) return null;
  return record(
    s,
    {
      type: 'evaluation_overdue',
      running: { ...r, evaluationAlerted: next.who },
      data: { dueAt: r.nextEvaluationDueAt, alerted: next.who, teamId: s.input.teamId },
    },
    SYSTEM_ACTOR_ID,
    now,
  );
}

/**
 * The period is over, or a late continuation decision came in: the next period opens, the service
 * ends as decided, or, with no decision, it stops and waits for one. It never continues by itself.
 */
export function closePeriod(s: ArrangementState, now: Date, evaluationsInPeriod = true): Transition | null {
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
        nextEvaluationDueAt: evaluationsInPeriod
          ? evaluationOfNext(s, c.reassessedOn, since, period.endsAt)
          : r.nextEvaluationDueAt,
        monthsGranted: r.monthsGranted + durationMonths(rules.step),
        continuation: null,
        continuationDue: false,
        reassessmentOverdueSince: null,
        // The new period's first evaluation has alerted no one yet.
        ...(r.evaluationAlerted !== undefined ? { evaluationAlerted: null } : {}),
      },
      data: { period: period.number, periodStart: period.startsOn, periodEnd: period.endsOn, late },
    },
    SYSTEM_ACTOR_ID,
    now,
  );
}

/**
 * The new period's first evaluation: the continuation rested on a reassessment with the family, which
 * evaluated the period before; the next is the interval after it, within the new period.
 */
function evaluationOfNext(s: ArrangementState, reassessedOn: string, since: Date, periodEndsAt: string): string | null {
  // The gap agreed with the family, else the card's longest.
  const interval = s.running?.evaluationInterval ?? s.input.rules.evaluationInterval ?? null;
  return interval ? nextEvaluationDue(reassessedOn, since, interval, periodEndsAt) : null;
}
