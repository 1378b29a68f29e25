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
