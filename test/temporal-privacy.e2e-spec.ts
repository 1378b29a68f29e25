import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { CLIENTS } from '../libs/persistence/dev/demo-region';
import { connect, demo, proposal, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok } from './support/expect';

let sys: System;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

/** Every payload of a history, decoded from base64, as text. */
function decodedPayloads(json: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'data' && typeof v === 'string') found.push(Buffer.from(v, 'base64').toString('utf8'));
        else visit(v);
      }
    }
  };
  visit(JSON.parse(json));
  return found;
}

describe('what Temporal holds', () => {
  it('carries ids, codes and dates only: no name, birth date or free text of a client', async () => {
    const secret = 'Perheen isä käyttää päihteitä ja äiti on masentunut.';
    const aino = sys.as('aino');
    const sanna = sys.as('sanna');
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { justification: secret })));
    ok(await aino.post(`/arrangements/${id}/consultation`, { question: `Kysymys: ${secret}` }));
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/return`, { reason: `Palautus: ${secret}` }));
    ok(
      await aino.put(`/arrangements/${id}/proposal`, {
        needsAssessedOn: '2026-11-16',
        hoursPerMonth: 20,
        justification: secret,
        goals: secret,
        plannedDuration: 'P15M',
        specialConsideration: `Erityinen harkinta: ${secret}`,
      }),
    );

    // The running service: evaluation notes, a special consideration and an ending's explanation.
    const today = await sys.today();
    const started = ok(
      await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: today, desiredStartOn: today })),
    );
    ok(await aino.post(`/arrangements/${started.id}/submit`));
    ok(await sanna.post(`/arrangements/${started.id}/claim`));
    ok(await sanna.post(`/arrangements/${started.id}/way`, { way: 'purchase', supplierId: demo.familjestod }));
    ok(await sys.as('familjestod').post(`/arrangements/${started.id}/order-response`, { accept: true }));
    ok(await sanna.post(`/arrangements/${started.id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${started.id}/payment-commitment`, { costCentreCode: '4300-OWN' }));
    ok(await aino.post(`/arrangements/${started.id}/start`, { startedOn: today, goals: secret }));
    ok(
      await aino.post(`/arrangements/${started.id}/evaluations`, {
        heldOn: today,
        participants: ['child', 'guardian'],
        goalsProgress: 'partly',
        notes: `Arviointi: ${secret}`,
      }),
    );
    ok(
      await aino.post(`/arrangements/${started.id}/continuation`, {
        outcome: 'continue',
        reassessedOn: today,
        specialConsideration: `Erityinen harkinta: ${secret}`,
      }),
    );
    // Bad feedback with free text opens a supervision case; the case's steps carry texts too.
    const bad = ok(
      await aino.post('/feedback', {
        arrangementId: started.id,
        respondent: 'family',
        answeredOn: today,
        heard: 1,
        helpedMost: `Palaute: ${secret}`,
        municipality: 'espoo',
      }),
    );
    ok(
      await sanna.post(`/supervision/cases/${bad.caseId}/clarification`, {
        respondWithin: 'P14D',
        question: `Selvitys: ${secret}`,
      }),
    );
    ok(
      await aino.post(`/arrangements/${started.id}/termination`, { reason: 'other', explanation: `Loppu: ${secret}` }),
    );

    const connection = await Connection.connect({ address: systemEnv().temporalAddress });
    const client = new Client({ connection });
    const forbidden = [
      secret,
      'Palautus',
      'Kysymys',
      'Erityinen harkinta',
      'Arviointi',
      'Loppu',
      'Palaute',
      'Selvitys',
      // Not even who the client is: no step of the process needs the client's id.
      ...CLIENTS.flatMap((c) => [c.fullName, c.dateOfBirth, c.id]),
    ];
    let histories = 0;
    let supervisionHistories = 0;
    try {
      for await (const wf of client.workflow.list()) {
        const history = await client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory();
        const text = [
          historyToJSON(history),
          ...decodedPayloads(historyToJSON(history)),
          JSON.stringify(wf.searchAttributes),
        ].join('\n');
        for (const word of forbidden)
          expect({ workflowId: wf.workflowId, leaks: text.includes(word) ? word : null }).toEqual({
            workflowId: wf.workflowId,
            leaks: null,
          });
        histories++;
        if (wf.type === 'supervisionWorkflow') supervisionHistories++;
      }
    } finally {
      await connection.close();
    }
    expect(histories).toBeGreaterThan(0);
    expect(supervisionHistories).toBeGreaterThan(0);
    // The secret is where it belongs: in PostgreSQL.
    const [row] = await sys.db.query(
      `select count(*) as n from arrangement_text where arrangement_id = $1 and body::text like '%päihteitä%'`,
      [id],
    );
    expect(Number(row.n)).toBe(4);
  });
});
