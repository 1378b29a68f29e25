import { Client, Connection } from '@temporalio/client';
import { arrangementWorkflowId } from '../libs/contracts';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';

/**
 * A command has effect once, however often it is sent, also after its arrangement's workflow has
 * continued as new; and one arrangement whose event its read model cannot take is marked for an
 * operator without holding anything else up.
 */
const QUICK = 'once_quick_test';
const POISON = 'poison_test';

let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  await publishTestService(riikka, QUICK, 'Sekuntien jaksot: toistetut komennot', {
    periods: { first: 'PT6S', step: 'PT6S', max: 'PT60S', specialExtra: null },
    evaluationInterval: 'PT60S',
  });
  await publishTestService(riikka, POISON, 'Palvelu, jonka tapahtumaa lukumalli ei ota');
});
afterAll(() => sys.close());

describe('a command repeated with its key', () => {
  it('has effect once, also after the workflow has continued as new', async () => {
    const { id } = await activeService(sys, QUICK, null);
    const today = await sys.today();
    const evaluation = {
      heldOn: today,
      participants: ['guardian', 'own_worker'],
      goalsProgress: 'on_track',
      notes: 'Arki sujuu.',
    };
    const key = `evaluation-${id}`;
    const connection = await Connection.connect({ address: systemEnv().temporalAddress });
    const workflow = new Client({ connection }).workflow.getHandle(arrangementWorkflowId(id));
    const firstRun = (await workflow.describe()).runId;
    ok(await aino.post(`/arrangements/${id}/evaluations`, evaluation, key));
    ok(await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today }));
    // The period closes and the workflow continues as new: Temporal no longer knows the first Update's id.
    await eventually('the next run', async () => ((await workflow.describe()).runId !== firstRun ? true : undefined));
    await connection.close();
    const again = ok(await aino.post(`/arrangements/${id}/evaluations`, evaluation, key));
    expect(again.running.evaluationsHeld).toBe(1);
    const [{ n }] = await sys.db.query('select count(*)::int as n from evaluation where arrangement_id = $1', [id]);
    expect(n).toBe(1);
  });
});

describe('an event the read model cannot take', () => {
  it('marks its arrangement for an operator, answers, and holds up nothing else', async () => {
    // A rule the projection breaks for this test's service alone: 37 hours cannot be written.
    await sys.db.query(
      `alter table arrangement add constraint poison_test check (service_code <> '${POISON}' or hours_per_month <> 37)`,
    );
    try {
      const { id, proposal: text } = ok(
        await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: POISON })),
      );
      const saved = await aino.put(
        `/arrangements/${id}/proposal`,
        { ...proposal(demo.eetu.id, { hoursPerMonth: 37 }), clientId: undefined, serviceCode: undefined, ...text },
        `poison-${id}`,
      );
      expect(saved.status).toBe(200);
      const alerts = await sys.db.query('select kind, resolved_at from alert where arrangement_id = $1', [id]);
      expect(alerts).toEqual([{ kind: 'projection_failed', resolved_at: null }]);
      const attention = ok(await riikka.get('/running-services?list=needs_attention')).map((a: { id: string }) => a.id);
      expect(attention).toContain(id);

      // Its next command is answered, not held; another arrangement goes on as usual.
      expect((await aino.post(`/arrangements/${id}/submit`)).status).toBe(200);
      const other = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: POISON })));
      ok(await aino.post(`/arrangements/${other.id}/submit`));
      expect(ok(await sanna.post(`/arrangements/${other.id}/claim`)).status).toBe('in_handling');
    } finally {
      await sys.db.query('alter table arrangement drop constraint poison_test');
    }
  });
});
