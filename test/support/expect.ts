import type { Reply } from './api';

/** The body of a successful reply; otherwise fails with the status and the error body. */
export function ok<T>(reply: Reply<T>): T {
  if (reply.status < 200 || reply.status >= 300) {
    throw new Error(`expected success, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

export function refused(
  reply: Reply,
  status: number,
): { code: string; message: string; problems: { field: string; rule: string; message: string }[] } {
  if (reply.status !== status)
    throw new Error(`expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body.error;
}

/**
 * Polls until `probe` returns something other than undefined, for what the workflow does on its own
 * timers. Fails with the last value seen when `seconds` pass.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, seconds = 30): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what} did not happen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
