import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';
import { loggerFor, withRequestId } from '../../../../libs/observability/logger';

/** A caller's own request id is kept when it looks like one (a load balancer's, say); else one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

const httpLog = loggerFor('http');

/**
 * Every request: an id (the `X-Request-Id` answer header, every log line written while serving it, and
 * the Temporal calls it makes), one log line when it ends (method, route pattern, status, duration:
 * never the path's values, the query or the body), and the Prometheus figures by route.
 */
export function requestContext(registry: Registry) {
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'http_request_errors_total',
    help: 'HTTP requests answered 5xx (503: a dependency away), by method, route pattern and status',
    labelNames,
    registers: [registry],
  });

  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      requests.inc(labels);
      duration.observe(labels, seconds);
      if (res.statusCode >= 500) errors.inc(labels);
      const line = { requestId, ...labels, ms: Math.round(seconds * 1000) };
      if (res.statusCode >= 500) httpLog.warn(line, 'answered');
      else httpLog.info(line, 'answered');
    });
    withRequestId(requestId, next);
  };
}

/** Nest's own lines (bootstrap, a filter's error) as JSON lines through the same logger. */
export class JsonLogger implements LoggerService {
  private readonly out = loggerFor('nest');
  log(message: unknown, context?: string): void {
    // Nest's own info lines (modules loaded, routes mapped) are for a developer, not an operator.
    this.out.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.out.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.out.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.out.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.out.trace({ context }, String(message));
  }
}
