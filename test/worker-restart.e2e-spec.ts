import { readFileSync, writeFileSync } from 'node:fs';
import { connect, demo, proposal, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok } from './support/expect';
import { launchSharedWorker } from './support/global-setup';
import { kill, waitFor } from './support/processes';
import { ownProduction } from './support/fixtures';

let sys: System;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function workerPolling(): Promise<boolean> {
  const rows: unknown[] = await sys.db.query('select 1');
  return rows.length === 1;
}

describe('a worker killed in the middle of the process', () => {
  it('loses nothing: commands wait for the restarted worker and the process goes on', async () => {
    const env = systemEnv();
    const aino = sys.as('aino');
    const sanna = sys.as('sanna');
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id)));
    ok(await aino.post(`/arrangements/${id}/submit`));

    kill(Number(readFileSync(env.workerPidFile, 'utf8')), 'SIGKILL');
    await sleep(500);

    // With no worker, a new proposal is still accepted and a claim waits instead of failing.
    const second = ok(await aino.post('/arrangements', proposal(demo.ella.id)));
    let claimDone = false;
    const claim = sanna.post(`/arrangements/${id}/claim`, {}, 'claim-during-outage').then((r) => {
      claimDone = true;
      return r;
    });
    await sleep(2_000);
    expect(claimDone).toBe(false);

    const worker = launchSharedWorker(env);
    writeFileSync(env.workerPidFile, String(worker.pid));
    await waitFor('the restarted worker', workerPolling);

    expect(ok(await claim).assigneeId).toBe(demo.userId('sanna'));
    await ownProduction(sys, id);
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4300-OWN' }));
    expect(
      ok(await aino.post(`/arrangements/${id}/start`, { startedOn: await sys.today(), goals: 'Arki sujuu.' })).status,
    ).toBe('active');

    const timeline = ok(await aino.get(`/arrangements/${id}/timeline`));
    // Created, submitted, claimed, ordered from the unit, accepted, granted, committed, started.
    expect(timeline.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The proposal made during the outage was projected once the worker came back.
    await waitFor(
      'the outage proposal in the timeline',
      async () => ok(await aino.get(`/arrangements/${second.id}/timeline`)).length === 1,
    );
  });
});
