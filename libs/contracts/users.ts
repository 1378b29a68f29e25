import type { Actor } from './arrangement';

/**
 * The caller, as the user register has them now, with the teams whose records they reach (the team they
 * work in; for a team lead, the teams they lead).
 */
export type AuthUser = Actor & { teams: readonly string[] };

/** The caller as a process command's actor: ids and codes only (a unit's lead marked as such). */
export function actorOf({ userId, role, teamId, profession, supplierId, unitLead }: AuthUser): Actor {
  return { userId, role, teamId, profession, supplierId, ...(unitLead ? { unitLead } : {}) };
}
