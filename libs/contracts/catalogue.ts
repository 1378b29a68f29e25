import type { LegalBasis, Localized, WayOfArranging } from './codes';

export const SERVICE_GROUPS = ['home_delivered', 'round_the_clock', 'substitute_care_families'] as const;
/** The three menus of the principle cards (seed 004): home-delivered, 24-hour, only for families of children in substitute care. */
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

export const FEE_KINDS = ['free', 'free_as_support_measure', 'income_based'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** One line of a principle card; the code lets a proposal say which "not right when" criterion is present. */
export interface Criterion {
  code: string;
  text: Localized;
}

/** A range in whole units; `special` is allowed only with special consideration and a written justification. */
export interface Range {
  min: number;
  max: number;
  special?: { min: number; max: number };
}

/**
 * One service of the catalogue: its principle card and the rules the process applies. ISO 8601
 * durations throughout, added as the Temporal API adds them, a month and a second alike: to an instant by its
 * zoned arithmetic (libs/domain/zoned-arithmetic.ts), to a day by the same rules (addDuration, libs/domain/dates.ts).
 */
export interface ServiceDefinition {
  code: string;
  name: Localized;
  description: Localized;
  legalBases: LegalBasis[];
  group: ServiceGroup;
  waysOfArranging: WayOfArranging[];
  rightWhen: Criterion[];
  notRightWhen: Criterion[];
  /** Age of the child in whole years on the day the service is to start. */
  ageRange: Range | null;
  hoursPerMonth: { min: number; max: number } | null;
  /** The first grant, each continuation, the total, and what special consideration may add to the total. */
  periods: { first: string; step: string; max: string; specialExtra: string | null };
  requiredSteps: string[];
  /** The longest gap between evaluation meetings; the family agrees on one within the card's bounds. */
  evaluationInterval: string | null;
  /** The shortest gap the family may agree on; absent or null, any gap up to the longest. */
  evaluationIntervalShortest?: string | null;
  /** From the needs assessment to the start of the service. */
  accessTarget: string;
  fee: { kind: FeeKind; hourlyCents?: number; note: Localized };
  /**
   * Whose document the card's rules come from when they are not yet the county's own: a model it follows until
   * it publishes its own card (DOMAIN: another county's limits are never passed off as this county's).
   */
  source?: Localized;
  /**
   * Primarily for clients with special support needs (SHL 3 §, a client attribute); another client only with
   * special consideration (seed 004, professional support person). Absent in catalogues published before.
   */
  primarilyForSpecialSupportNeeds?: boolean;
  /** May be proposed for a pregnant person before the child is born (seed 004, 24-hour family rehabilitation). */
  beforeBirth?: boolean;
  /** Taking part is voluntary: the family's agreement is recorded with the proposal before it is submitted. */
  voluntary?: boolean;
  /**
   * Offered to young people in child welfare's aftercare (seed 003): for them the card's ages, hours and maximums
   * do not apply; the service follows the need and the client plan, and a continuation never stops for a maximum.
   */
  aftercare?: boolean;
}
