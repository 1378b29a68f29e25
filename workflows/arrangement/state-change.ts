import type { RuleCode } from '../../libs/contracts/rules';
import {
  type ArrangementEvent,
  type ArrangementState,
  type CommandName,
  type Commands,
  type CommitmentKind,
  type EventType,
  MAX_HOURS_PER_MONTH,
  type RefusalKind,
  type RunningService,
  type WayOfArranging,
} from '../../libs/contracts';
import { isIsoDate } from '../../libs/domain/dates';
import { CommandRefused } from '../refusal';

/** What the steps of an arrangement share: how a step changes the state, and how it says no. */

export interface Transition {
  state: ArrangementState;
  event: ArrangementEvent;
}

export type Change = { type: EventType; data?: ArrangementEvent['data'] } & Partial<Omit<ArrangementState, 'seq'>>;

export type Handler<K extends CommandName> = (
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
  /** The next evaluation is never after its period's end (added with `EVALUATIONS_IN_PERIOD_PATCH`). */
  evaluationsInPeriod: boolean;
  /** A service voucher names the provider the family chose (added with `VOUCHER_PROVIDER_PATCH`). */
  voucherNamesProvider: boolean;
  /** A proposal is submitted only with what it must record (added with `PROPOSAL_RECORDS_PATCH`). */
  proposalRecordsAtSubmit: boolean;
  /** A start comes after the steps the card says come first (added with `STEPS_BEFORE_START_PATCH`). */
  stepsBeforeStart: boolean;
  /** Own production naming a unit is ordered from it (added with `OWN_PRODUCTION_ORDER_PATCH`). */
  ownProductionOrdered: boolean;
  /** Own production always names its unit (added with `OWN_PRODUCTION_UNIT_PATCH`). */
  ownProductionNamesUnit: boolean;
}
export const ALL_RULES: RuleSet = {
  startAfterDecision: true,
  evaluationsInPeriod: true,
  voucherNamesProvider: true,
  proposalRecordsAtSubmit: true,
  stepsBeforeStart: true,
  ownProductionOrdered: true,
  ownProductionNamesUnit: true,
};
export const DATES_IN_ORDER_PATCH = 'start-not-before-decision';
export const EVALUATIONS_IN_PERIOD_PATCH = 'evaluations-in-period';
export const VOUCHER_PROVIDER_PATCH = 'voucher-names-provider';
export const PROPOSAL_RECORDS_PATCH = 'proposal-records-at-submit';
export const STEPS_BEFORE_START_PATCH = 'required-steps-before-start';
export const OWN_PRODUCTION_ORDER_PATCH = 'own-production-ordered-from-unit';
export const OWN_PRODUCTION_UNIT_PATCH = 'own-production-names-unit';
/** The commands and steps that set the next evaluation. */
export const SETS_NEXT_EVALUATION: readonly string[] = ['start', 'recordEvaluation'];

/** Used when an arrangement's input predates the configurable lead time. */
export const DEFAULT_CONTINUATION_LEAD_TIME = 'P1M';

export const COMMITMENT_KIND: Record<WayOfArranging, CommitmentKind> = {
  purchase: 'payment_commitment',
  own_production: 'internal_order',
  service_voucher: 'service_voucher',
};

export function refuse(
  kind: RefusalKind,
  message: string,
  field: string | null = null,
  rule: RuleCode | null = null,
): never {
  throw new CommandRefused(kind, message, field, rule);
}

/** The running service an allowed command acts on (the action's rule has made sure there is one). */
export function runningOf(s: ArrangementState): RunningService {
  if (!s.running) refuse('invalid_transition', 'the service started before periods were followed');
  return s.running;
}

export function requireDate(value: string, field: string, notBefore: string | null, notAfter: string | null): void {
  if (!isIsoDate(value)) refuse('invalid_input', `${field} must be a date`, field, 'iso_date');
  if (notBefore && value < notBefore) {
    refuse('invalid_input', `${field} must not be before ${notBefore}`, field, 'date_order');
  }
  if (notAfter && value > notAfter)
    refuse('invalid_input', `${field} must not be after ${notAfter}`, field, 'date_order');
}

/** A day that has passed (or is today): what was held or done cannot be in the future. */
export function requirePastDate(value: string, field: string, notBefore: string | null, today: string): void {
  requireDate(value, field, notBefore, null);
  if (value > today) refuse('invalid_input', `${field} must not be in the future`, field, 'not_in_future');
}

export function leadTime(s: ArrangementState): string {
  return s.input.rules.continuationLeadTime ?? DEFAULT_CONTINUATION_LEAD_TIME;
}

/** Hours a month are a whole number that fits the longest month: anything else could not be stored. */
export function requireHours(hours: number | null): void {
  if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > MAX_HOURS_PER_MONTH)) {
    refuse(
      'invalid_input',
      `hoursPerMonth must be a whole number from 1 to ${MAX_HOURS_PER_MONTH}`,
      'hoursPerMonth',
      'range',
    );
  }
}

export function record(
  state: ArrangementState,
  { type, data, ...changes }: Change,
  actorId: string,
  now: Date,
): Transition {
  const seq = state.seq + 1;
  return {
    state: { ...state, ...changes, seq },
    event: { seq, type, actorId, at: now.toISOString(), data: data ?? {} },
  };
}
