import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** A dependency's check for readiness: resolves when it answers. */
export type Probe = () => Promise<unknown>;

const PROBE_MS = 1_500;

async function answers(probe: Probe): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_MS)));
  try {
    return await Promise.race([
      probe().then(
        () => true,
        () => false,
      ),
      slow,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness: every dependency answers within 1.5 s; the body names each, `true` or `false`. */
export async function readiness(
  probes: Record<string, Probe>,
): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
  const entries = Object.entries(probes);
  const results = await Promise.all(entries.map(([, probe]) => answers(probe)));
  const checks: Record<string, boolean> = {};
  entries.forEach(([name], i) => (checks[name] = results[i] === true));
  return { ready: results.every(Boolean), checks };
}

/** A registry with the process's own figures (memory, CPU, event loop lag, handles). */
export function processRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * The operator's port of a process: `/metrics` (Prometheus text: the registry, then `extra()` when
 * given), `/health/live` (the process answers) and `/health/ready` (its dependencies answer).
 */
export function serveOperatorPort(
  port: number,
  host: string,
  registry: Registry,
  probes: Record<string, Probe>,
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
      void readiness(probes).then((r) => reply(r.ready ? 200 : 503, 'application/json', JSON.stringify(r)));
    } else {
      reply(404, 'application/json', '{"error":{"code":"not_found","message":"no such path","problems":[]}}');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
