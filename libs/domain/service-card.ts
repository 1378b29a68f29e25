import type { RuleCode } from '../contracts/rules';
import type { LegalBasis } from '../contracts/codes';
import type { ServiceDefinition } from '../contracts/catalogue';
import { ageOn, durationMonths, type IsoDate } from './dates';

/**
 * A proposal checked against its service's principle card. A hard rule refuses the proposal; a
 * soft rule lets it through only with a written special consideration, which then travels with
 * the proposal to the arranging team.
 */

export interface ProposalAgainstCard {
  legalBasis: LegalBasis;
  dateOfBirth: IsoDate;
  /** The day the service is to start: the desired start, else the needs assessment. */
  startsOn: IsoDate;
  hoursPerMonth: number | null;
  /** Codes of the card's "not right when" criteria the worker marks as present. */
  notRightWhenPresent: string[];
  /** How long the worker expects the service to be needed in all, when stated (ISO 8601). */
  plannedDuration: string | null;
  needsAssessedOn: IsoDate;
  /** The client has special support needs under the Social Welfare Act (SHL 3 §), as the client record says. */
  specialSupportNeeds: boolean;
  /** For a pregnant person, before the child is born: the expected day of birth. */
  expectedBirthOn: IsoDate | null;
  /**
   * A young person in child welfare's aftercare (seed 003), until its last day: on a card offered to them the
   * card's ages, hours and maximums do not apply; the service follows the need and the client plan.
   */
  aftercare?: { endsOn: IsoDate } | null;
}

export interface CardFinding {
  field: string;
  rule: RuleCode;
  message: string;
}

/** A soft rule met: `code` is what the read model and the queue show, e.g. `not_right_when:volunteer_would_do`. */
export interface Consideration extends CardFinding {
  code: string;
}

export interface CardCheck {
  refusals: CardFinding[];
  considerations: Consideration[];
}

export const SPECIAL_CONSIDERATION_FIELD = 'specialConsideration';

const months = (iso: string) => durationMonths(iso);
const fmtMonths = (iso: string) => `${+months(iso).toFixed(2)} months`;

export function checkAgainstCard(card: ServiceDefinition, p: ProposalAgainstCard): CardCheck {
  const refusals: CardFinding[] = [];
  const considerations: Consideration[] = [];
  const refuse = (field: string, rule: RuleCode, message: string) => refusals.push({ field, rule, message });
  const consider = (code: string, field: string, rule: RuleCode, message: string) =>
    considerations.push({ code, field, rule, message });

  if (!card.legalBases.includes(p.legalBasis)) {
    refuse('serviceCode', 'legal_basis', `${card.code} is not provided under ${p.legalBasis}`);
  }

  // Before the birth the client is the pregnant person: the card's ages are the coming child's, not theirs.
  if (p.expectedBirthOn !== null) {
    if (!card.beforeBirth) {
      refuse(
        'expectedBirthOn',
        'before_birth',
        `${card.code} is not proposed before the child is born; only a card that says so is (24-hour family rehabilitation)`,
      );
    } else if (p.expectedBirthOn <= p.needsAssessedOn) {
      refuse('expectedBirthOn', 'date_order', `the expected birth must be after the needs assessment`);
    }
  }

  if (card.primarilyForSpecialSupportNeeds && !p.specialSupportNeeds) {
    consider(
      'special_support_needs_special_consideration',
      'clientId',
      'special_support_needs',
      `${card.code} is primarily for clients with special support needs; this client has none recorded`,
    );
  }

  // Aftercare sets no cap on the services it offers: only that the service starts within the aftercare.
  const uncapped = Boolean(p.aftercare && card.aftercare);
  if (uncapped && p.startsOn > p.aftercare!.endsOn) {
    refuse(
      'desiredStartOn',
      'aftercare_ended',
      `the aftercare ends on ${p.aftercare!.endsOn}; a service for it starts by then`,
    );
  }

  if (card.ageRange && p.expectedBirthOn === null && !uncapped) {
    const age = ageOn(p.dateOfBirth, p.startsOn);
    const { min, max, special } = card.ageRange;
    const allowed = `${min}–${max}${special ? `, ${special.min}–${special.max} with special consideration` : ''}`;
    if (special && age >= special.min && age <= special.max) {
      consider(
        'age_special_consideration',
        'clientId',
        'age_special_consideration',
        `the child is ${age} on ${p.startsOn}; ${card.code} is for ages ${min}–${max}, ages ${special.min}–${special.max} only with special consideration`,
      );
    } else if (age < min || age > max) {
      refuse('clientId', 'age_range', `the child is ${age} on ${p.startsOn}; ${card.code} is for ages ${allowed}`);
    }
  }

  if (card.hoursPerMonth && !uncapped) {
    const { min, max } = card.hoursPerMonth;
    if (p.hoursPerMonth === null) {
      refuse('hoursPerMonth', 'required', `${card.code} needs hours per month (${min}–${max})`);
    } else if (p.hoursPerMonth < min || p.hoursPerMonth > max) {
      refuse('hoursPerMonth', 'range', `must be between ${min} and ${max} hours a month for ${card.code}`);
    }
  }

  const criteria = new Map(card.notRightWhen.map((c) => [c.code, c]));
  for (const code of new Set(p.notRightWhenPresent)) {
    const criterion = criteria.get(code);
    if (!criterion) {
      refuse(
        'notRightWhenPresent',
        'known_criterion',
        `${code} is not a "not right when" criterion of ${card.code}; it has ${[...criteria.keys()].join(', ') || 'none'}`,
      );
    } else {
      consider(
        `not_right_when:${code}`,
        'notRightWhenPresent',
        'not_right_when',
        `the card says ${card.code} is not right when: ${criterion.text.en}`,
      );
    }
  }

  if (p.plannedDuration && !uncapped) {
    const { max, specialExtra } = card.periods;
    const planned = months(p.plannedDuration);
    const ceiling = months(max) + (specialExtra ? months(specialExtra) : 0);
    if (planned > ceiling + 1e-9) {
      refuse(
        'plannedDuration',
        'period_max',
        `${card.code} is granted for at most ${fmtMonths(max)}${specialExtra ? `, ${fmtMonths(specialExtra)} more with special consideration` : ''}`,
      );
    } else if (planned > months(max) + 1e-9) {
      consider(
        'extension_special_consideration',
        'plannedDuration',
        'period_special_consideration',
        `${card.code} runs past ${fmtMonths(max)} only with special consideration`,
      );
    }
  }

  return { refusals, considerations };
}

/** The problems a proposal is refused with: every hard rule broken, and every soft rule met without a justification. */
export function cardProblems(check: CardCheck, specialConsideration: string | null): CardFinding[] {
  if (specialConsideration) return check.refusals;
  return [
    ...check.refusals,
    ...check.considerations.map(
      (c): CardFinding => ({
        field: SPECIAL_CONSIDERATION_FIELD,
        rule: 'special_consideration_required',
        message: `${c.message}: write the special consideration that justifies it`,
      }),
    ),
  ];
}
