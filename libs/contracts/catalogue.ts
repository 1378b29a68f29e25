import type { LegalBasis, Localized, WayOfArranging } from './codes';

export const SERVICE_GROUPS = ['home_delivered', 'round_the_clock', 'substitute_care_families'] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

/** One service of the catalogue with its principle card and the rules the process applies. */
export interface ServiceDefinition {
  code: string;
  name: Localized;
  description: Localized;
  legalBases: LegalBasis[];
  group: ServiceGroup;
  waysOfArranging: WayOfArranging[];
  rightWhen: Localized[];
  notRightWhen: Localized[];
  /** Ages in whole years; `special` is allowed only with special consideration and a written justification. */
  ageRange: { min: number; max: number; special?: { min: number; max: number } } | null;
  hoursPerMonth: { min: number; max: number } | null;
  /** ISO 8601 durations. */
  periods: { first: string; step: string; max: string; specialExtra: string | null };
  requiredSteps: string[];
  evaluationInterval: string | null;
  accessTarget: string;
  fee: { kind: 'free' | 'free_as_support_measure' | 'income_based'; hourlyCents?: number; note: Localized };
}
