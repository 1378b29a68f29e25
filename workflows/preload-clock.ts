/**
 * The sandbox's clock is the running workflow's, so before any workflow runs it has none; the date
 * polyfill reads it once as it loads, only to seed Temporal.Now (which no workflow uses: they are given
 * their days). While the shared libraries load (shared-libraries.ts), the clock reads a constant.
 */
const clock = Date.now;
Date.now = () => 0;

export function restoreClock(): void {
  Date.now = clock;
}
