/**
 * Whether contract `c` may be ordered from on `day` (SQL over the alias and a parameter): not suspended,
 * within its validity, and not ended, or ended on a day not yet past. A contract a supervision case
 * ended has no last day and stops at once. Offers, the choice of supplier and new commitments all ask this.
 */
export const inForce = (c: string, day: string) =>
  `(${c}.suspended_on is null and ${day}::date between ${c}.valid_from and ${c}.valid_to
    and (${c}.status = 'active' or (${c}.status = 'terminated' and ${c}.ended_on is not null and ${day}::date <= ${c}.ended_on)))`;

/** The last day of contract `c` as it stands: its validity or its earlier end; none when ended at once. */
export const lastDay = (c: string) =>
  `case when ${c}.status = 'terminated' and ${c}.ended_on is null then null else least(${c}.valid_to, ${c}.ended_on) end`;
