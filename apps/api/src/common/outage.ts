import { isGrpcServiceError } from '@temporalio/client';

/** Network errors of a connection that could not be made or was lost. */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
/** PostgreSQL's SQLSTATEs for a server going away or a statement running out of time. */
const POSTGRES_AWAY = /^(08|57P0[1-3]|57014|53300)/;
/** gRPC: UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED (a deadline of ours). */
const GRPC_AWAY = new Set([14, 4, 1]);

/**
 * Whether an error means a dependency (PostgreSQL or Temporal) is away or too slow, so that the
 * request may be sent again later (503), as opposed to a fault of the request or of the code.
 */
export function isOutage(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const x = e as { code?: unknown; driverError?: unknown; message?: unknown; cause?: unknown };
    if (typeof x.code === 'string' && (NETWORK.has(x.code) || POSTGRES_AWAY.test(x.code))) return true;
    if (isGrpcServiceError(e) && GRPC_AWAY.has(e.code)) return true;
    const message = typeof x.message === 'string' ? x.message : '';
    // pg's own words for a pool or connection that timed out or ended.
    if (
      /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connect ECONNREFUSED/i.test(
        message,
      )
    ) {
      return true;
    }
    e = x.driverError ?? x.cause;
  }
  return false;
}
