/** Code lists shared by the API, the workflows and the read model. */

export const LEGAL_BASES = ['SHL', 'LsL'] as const;
/** SHL: Social Welfare Act (family social work); LsL: Child Welfare Act (child welfare). */
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const WAYS_OF_ARRANGING = ['own_production', 'service_voucher', 'purchase'] as const;
export type WayOfArranging = (typeof WAYS_OF_ARRANGING)[number];

/**
 * `registrar` (kirjaaja / registrator): answers a client's request for their access log (703/2023).
 * `own_production`: a lead or worker of one of the county's own-production units, which is a provider
 * like a supplier (its supplier record is marked own production): it answers orders and records visits.
 */
export const ROLES = [
  'own_worker',
  'arranging',
  'team_lead',
  'procurement',
  'supplier',
  'registrar',
  'own_production',
] as const;
export type Role = (typeof ROLES)[number];
/** The roles of a provider's users: a supplier's, or the county's own-production unit's; `supplierId` names it. */
export const PROVIDER_ROLES: readonly Role[] = ['supplier', 'own_production'];

/** Why a provider declines an order, where a code says it: an own-production unit has no capacity left. */
export const ORDER_DECLINE_CAUSES = ['no_capacity'] as const;
export type OrderDeclineCause = (typeof ORDER_DECLINE_CAUSES)[number];

/** In child welfare only a qualified social worker may decide (Child Welfare Act). */
export const PROFESSIONS = ['social_worker', 'social_counsellor'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Localized = Record<Language, string>;

/** How a decision reached the client; it sets the day the decision counts as received (434/2003 § 59). */
export const NOTIFICATION_METHODS = ['post', 'electronic', 'in_person'] as const;
export type NotificationMethod = (typeof NOTIFICATION_METHODS)[number];

/** What the team lead or arranging team must act on, as alert rows and list entries. */
export const ALERT_KINDS = [
  'reassessment_overdue',
  'evaluation_overdue',
  'contract_ends',
  'projection_failed',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
/** A payment commitment ends with the supplier's contract before the granted period does. */
export const CONTRACT_ENDS_ALERT: AlertKind = 'contract_ends';

/** Every hour of the longest month: no intensity, in any service, can be more. */
export const MAX_HOURS_PER_MONTH = 744;
/** An event of the arrangement could not be written to the read model: an operator must look at it. */
export const PROJECTION_FAILED: AlertKind = 'projection_failed';
