import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

/**
 * Every process logs JSON lines to stdout: one object per line with `level`, `time`, `process` and
 * `msg`, and the `requestId` of the request (or command) it serves, so that an operator follows one
 * request from the API into the worker's activities. Log lines carry ids and codes, never a client's
 * data: no bodies, no headers, no query strings (a test reads every line of a system-test run).
 */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export const rootLogger: Logger = pino({
  base: { process: process.env.PROCESS_NAME ?? undefined, pid: process.pid },
  level: process.env.LOG_LEVEL ?? 'info',
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const scope = requestScope.getStore();
    return scope ? { requestId: scope.requestId } : {};
  },
});

/** A logger for one part of a process (`component` in its lines). */
export function loggerFor(component: string): Logger {
  return rootLogger.child({ component });
}

/** Runs `fn` with `requestId` in every line it logs, however deep (async context). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** What an error may say in a log line: its class and code and the first line of its message. */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: String(err).split('\n')[0] };
  const code = (err as { code?: unknown }).code;
  return { error: err.message.split('\n')[0], errorType: err.name, ...(code !== undefined ? { code } : {}) };
}
