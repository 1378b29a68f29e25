/** Code lists shared by the API, the workflows and the read model. */

export const LEGAL_BASES = ['SHL', 'LsL'] as const;
/** SHL: Social Welfare Act (family social work); LsL: Child Welfare Act (child welfare). */
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const WAYS_OF_ARRANGING = ['own_production', 'service_voucher', 'purchase'] as const;
export type WayOfArranging = (typeof WAYS_OF_ARRANGING)[number];

/** `registrar` (kirjaaja / registrator): answers a client's request for their access log (703/2023). */
export const ROLES = ['own_worker', 'arranging', 'team_lead', 'procurement', 'supplier', 'registrar'] as const;
export type Role = (typeof ROLES)[number];

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
