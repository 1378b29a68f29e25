import {
  type ArrangementState,
  type RecordedStep,
  type ServiceRules,
  STEPS_THE_PROCESS_RECORDS,
} from '../contracts/arrangement';
import { durationMonths, type IsoDate } from './dates';
import { addToInstant, startOfDay } from './zoned-arithmetic';
import { evaluationDue, lastDayFor } from './periods';

/**
 * What a running service requires besides its periods: evaluation meetings at the gap agreed with the
 * family, and the steps its principle card lists (seed 004). One home for both rules, which the process
 * applies and the API shows.
 */

/**
 * The gap agreed with the family must be within the card's bounds: seed 002 holds the meetings "every
 * 1–3 months", so the card's interval is the longest gap and its shortest (when set) the least.
 */
export function evaluationIntervalProblem(rules: ServiceRules, interval: string): string | null {
  const longest = rules.evaluationInterval ?? null;
  if (!longest) return 'this service has no evaluation meetings';
  const months = durationMonths(interval);
  const shortest = rules.evaluationIntervalShortest ?? null;
  if (months <= 0) return 'the gap between evaluations must be longer than nothing';
  if (months > durationMonths(longest) + 1e-9) {
    return `the gap between evaluations must not be longer than ${longest}, the card's longest`;
  }
  if (shortest && months < durationMonths(shortest) - 1e-9) {
    return `the gap between evaluations must not be shorter than ${shortest}, the card's shortest`;
  }
  return null;
}

/** When a required step is done, as the card's step is defined (seed 004). */
export type StepTiming =
  /** Recorded by the process itself (the needs assessment on the proposal, the decision). */
  | 'process'
  /** Before the start is recorded: the start cannot come first. */
  | 'before_start'
  /** The start itself: the service begins with the starting negotiation (seed 002). */
  | 'at_start'
  /** Recurring, the given gap after the start or after the last time. */
  | { every: string }
  /** The evaluation meetings, at the gap agreed with the family. */
  | 'evaluations'
  /** A step the card names that the process knows nothing more of: recorded whenever it is done. */
  | 'once';

/**
 * The steps the cards name. The 24-hour family rehabilitation needs, besides the referral, "päätöstä,
 * tutustumiskäyntiä yhdessä perheen kanssa, aloitusneuvottelua sekä kuukauden välein pidettäviä
 * välineuvotteluita"; the professional support person's goals and number of meetings are agreed by the
 * child, the family, the supplier and the own worker before the work begins.
 */
const TIMINGS: Record<string, StepTiming> = {
  needs_assessment: 'process',
  decision: 'process',
  introductory_visit: 'before_start',
  goals_and_meetings_agreed: 'before_start',
  starting_negotiation: 'at_start',
  monthly_interim_negotiation: { every: 'P1M' },
  evaluation_meetings: 'evaluations',
};

export function stepTiming(code: string): StepTiming {
  return TIMINGS[code] ?? 'once';
}

/** Steps a worker records with `recordStep` (the others are the process's own records). */
export function isRecordableStep(code: string): boolean {
  return !STEPS_THE_PROCESS_RECORDS.includes(code);
}

/** The card's steps that must be recorded before the start, and are not. */
export function stepsMissingBeforeStart(s: ArrangementState): string[] {
  const done = new Set((s.steps ?? []).map((x) => x.code));
  return (s.input.rules.requiredSteps ?? []).filter((c) => stepTiming(c) === 'before_start' && !done.has(c));
}

export type StepState = 'done' | 'open' | 'due' | 'overdue';

/** One line of the running service's checklist. */
export interface ChecklistItem {
  code: string;
  timing: 'process' | 'before_start' | 'at_start' | 'recurring' | 'evaluations' | 'once';
  state: StepState;
  /** The last time it was done: by whom and when (a process step: its day and who took it). */
  doneOn: IsoDate | null;
  doneBy: string | null;
  times: number;
  /** When it is next due (recurring steps and evaluations), as an ISO instant. */
  dueAt: string | null;
  /** The day it must be done by, as people read `dueAt`. */
  lastDay: IsoDate | null;
  /** Recorded by a worker (`recordStep`), not by the process itself. */
  recordable: boolean;
}

/** A step overdue by the same measure as an evaluation: its last day has passed. */
function dueState(dueAt: Date | null, today: IsoDate): StepState {
  if (!dueAt) return 'open';
  if (lastDayFor(dueAt) < today) return 'overdue';
  return evaluationDue(dueAt, today) ? 'due' : 'open';
}

/** The checklist of the card's required steps on an arrangement, on `today`. */
export function checklist(s: ArrangementState, today: IsoDate): ChecklistItem[] {
  return (s.input.rules.requiredSteps ?? []).map((code) => {
    const item = line(s, code, today);
    return {
      ...item,
      lastDay: item.dueAt ? lastDayFor(new Date(item.dueAt)) : null,
      recordable: isRecordableStep(code),
    };
  });
}

type Line = Omit<ChecklistItem, 'lastDay' | 'recordable'>;

/** A step's state, when it was last done and when it is next due. */
function line(s: ArrangementState, code: string, today: IsoDate): Line {
  const steps = s.steps ?? [];
  const timing = stepTiming(code);
  const mine = steps.filter((x) => x.code === code);
  const last: RecordedStep | undefined = mine[mine.length - 1];
  const recorded = { doneOn: last?.doneOn ?? null, doneBy: last?.doneBy ?? null, times: mine.length };
  if (timing === 'process') {
    const [doneOn, doneBy] =
      code === 'decision'
        ? [s.decision?.decidedOn ?? null, s.decision?.decidedBy ?? null]
        : [s.proposal.needsAssessedOn, s.input.ownWorkerId];
    return { code, timing, state: doneOn ? 'done' : 'open', doneOn, doneBy, times: doneOn ? 1 : 0, dueAt: null };
  }
  if (timing === 'at_start') {
    return {
      code,
      timing,
      state: s.startedOn ? 'done' : 'open',
      doneOn: s.startedOn,
      doneBy: null,
      times: s.startedOn ? 1 : 0,
      dueAt: null,
    };
  }
  if (timing === 'evaluations') {
    const dueAt = s.running?.nextEvaluationDueAt ?? null;
    return {
      code,
      timing,
      state: dueState(dueAt ? new Date(dueAt) : null, today),
      doneOn: null,
      doneBy: null,
      times: s.running?.evaluations ?? 0,
      dueAt,
    };
  }
  if (typeof timing === 'object') {
    const from = recorded.doneOn ?? s.startedOn;
    const dueAt = from && s.running && !s.ending ? addToInstant(startOfDay(from), timing.every) : null;
    return {
      code,
      timing: 'recurring',
      state: dueState(dueAt, today),
      ...recorded,
      dueAt: dueAt?.toISOString() ?? null,
    };
  }
  return { code, timing, state: recorded.times > 0 ? 'done' : 'open', ...recorded, dueAt: null };
}
