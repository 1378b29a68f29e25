/**
 * How far a payment commitment runs: to the end of what was granted, never past the contract the
 * service is bought under. Past the contract the service must be arranged again, so the team is told.
 */
export function commitmentEnd(
  grantedUntil: string,
  contractEndsOn: string | null | undefined,
): { validTo: string; contractEndsFirst: boolean } {
  if (!contractEndsOn || contractEndsOn >= grantedUntil) return { validTo: grantedUntil, contractEndsFirst: false };
  return { validTo: contractEndsOn, contractEndsFirst: true };
}
