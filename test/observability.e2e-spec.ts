import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, demo, proposal, type System } from './support/api';
import { ROOT, systemEnv } from './support/env';
import { ok } from './support/expect';
import { OPERATOR_PORTS } from './support/global-setup';

/**
 * What an operator sees: JSON log lines with a request id that follows a command into the worker's
 * activity logs; Prometheus metrics of the API (by route) and of the worker (Temporal's runtime); liveness
 * and readiness on each process's operator port.
 */
let sys: System;
const apiUrl = systemEnv().apiUrl;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const operator = (who: keyof typeof OPERATOR_PORTS, path: string) =>
  fetch(`http://127.0.0.1:${OPERATOR_PORTS[who]}${path}`);

function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(join(ROOT, '.data', 'logs', file), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

it("follows a command's request id from the API's log into the worker's activity log", async () => {
  const requestId = `trace-${Date.now()}`;
  const aino = sys.as('aino');
  const id = ok(await aino.post('/arrangements', proposal(demo.eetu.id))).id as string;
  const res = await aino.send('POST', `/arrangements/${id}/submit`, {}, undefined, { 'x-request-id': requestId });
  expect(res.status).toBe(200);
  expect(res.headers?.get('x-request-id')).toBe(requestId);
  // A request without an id of its own gets a new one.
  expect((await fetch(`${apiUrl}/health/live`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

  let worker: Record<string, unknown>[] = [];
  for (let i = 0; i < 40 && worker.length === 0; i++) {
    await sleep(250);
    worker = jsonLines('worker.log').filter((l) => l.requestId === requestId);
  }
  expect(worker).toContainEqual(
    expect.objectContaining({ process: 'worker', msg: 'event recorded', arrangementId: id, eventType: 'submitted' }),
  );
  const api = jsonLines('api.log').filter((l) => l.requestId === requestId);
  expect(api).toContainEqual(
    expect.objectContaining({ process: 'api', route: '/arrangements/:id/submit', status: '200', method: 'POST' }),
  );
  // The route's pattern, never the path with its ids.
  expect(JSON.stringify(api)).not.toContain(`/arrangements/${id}`);
});

it("serves the API's metrics by route and the worker's Temporal metrics on their own ports", async () => {
  const api = await (await operator('api', '/metrics')).text();
  expect(api).toMatch(/http_requests_total\{method="POST",route="\/arrangements",status="201"\} \d+/);
  expect(api).toMatch(/http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/health\/live"/);
  expect(api).toContain('process_resident_memory_bytes');
  const worker = await (await operator('worker', '/metrics')).text();
  for (const metric of [
    'temporal_workflow_task_execution_latency',
    'temporal_activity_execution_latency',
    'temporal_worker_task_slots_available',
    'temporal_sticky_cache_size',
    'process_resident_memory_bytes',
  ]) {
    expect(worker).toContain(metric);
  }
});

it('answers liveness and readiness on each operator port and the API port, in one shape', async () => {
  const up = { status: 'ok', database: { ok: true }, temporal: { ok: true } };
  for (const who of ['api', 'worker'] as const) {
    expect((await operator(who, '/health/live')).status).toBe(200);
    const ready = await operator(who, '/health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual(who === 'api' ? up : { ...up, worker: { ok: true } });
  }
  expect(await (await fetch(`${apiUrl}/health/live`)).json()).toEqual({ live: true });
  const ready = await fetch(`${apiUrl}/health/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual(up);
});
