import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** A dependency's check for readiness: resolves when it answers. */
export type Probe = () => Promise<unknown>;

/** Each dependency has this long to answer, so that readiness answers within two seconds whatever is down. */
const PROBE_MS = 1_500;

/** Seconds a client waits before asking again when a dependency did not answer (here and the API's errors). */
export const RETRY_AFTER_SECONDS = 5;

/** A dependency's outcome in words an operator can act on; the error itself is not shown to the caller. */
export type Check = { ok: true } | { ok: false; reason: 'not answering' | 'too slow' };

/** The one answer of `/health/ready`, on the API port and on every operator port: the status and each check. */
export type Readiness<N extends string> = { status: 'ok' | 'degraded' } & Record<N, Check>;

async function check(probe: Probe): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'too slow' }), PROBE_MS);
  });
  const answered = probe().then(
    (): Check => ({ ok: true }),
    (): Check => ({ ok: false, reason: 'not answering' }),
  );
  try {
    return await Promise.race([answered, slow]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness: 200 when every dependency answers within 1.5 s, 503 naming the one that does not. Both
 * ports answer with this, so a probe reads the same body wherever it asks.
 */
export async function readiness<N extends string>(
  probes: Record<N, Probe>,
): Promise<{ httpStatus: 200 | 503; body: Readiness<N> }> {
  const checks = await Promise.all(
    (Object.entries(probes) as [N, Probe][]).map(async ([name, probe]) => [name, await check(probe)] as const),
  );
  const ok = checks.every(([, c]) => c.ok);
  const body = { status: ok ? 'ok' : 'degraded', ...Object.fromEntries(checks) } as Readiness<N>;
  return { httpStatus: ok ? 200 : 503, body };
}

/**
 * A registry with the process's own figures (memory, CPU, event loop lag, handles). The event loop's lag is
 * sampled every 100 ms, not every 10 ms (the default): the default's timer woke an idle process a hundred
 * times a second and cost it about 3 ms of CPU a second (1 ms at 100 ms), which a scrape every few seconds
 * does not need; a lag that matters lasts longer than a sample.
 */
export function processRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });
  return registry;
}

/**
 * The operator's port of a process: `/metrics` (Prometheus text: the registry, then `extra()` when
 * given), `/health/live` (the process answers) and `/health/ready` (its dependencies answer).
 */
export function serveOperatorPort<N extends string>(
  port: number,
  host: string,
  registry: Registry,
  probes: Record<N, Probe>,
  extra?: () => Promise<string>,
): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const reply = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/metrics') {
      void Promise.all([registry.metrics(), extra ? extra().catch(() => '') : ''])
        .then(([own, more]) => reply(200, registry.contentType, `${own}\n${more}`))
        .catch(() => reply(500, 'text/plain', 'metrics failed\n'));
    } else if (path === '/health/live') {
      reply(200, 'application/json', '{"live":true}');
    } else if (path === '/health/ready') {
      void readiness(probes).then(({ httpStatus, body }) => {
        if (httpStatus === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        reply(httpStatus, 'application/json', JSON.stringify(body));
      });
    } else {
      reply(404, 'application/json', '{"error":{"code":"not_found","message":"no such path","problems":[]}}');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
