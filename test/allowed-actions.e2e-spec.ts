import { randomUUID } from 'node:crypto';
import { connect, demo, proposal, type System } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService } from './support/fixtures';

/**
 * The API tells each caller what they may do with an arrangement now, from the process's own rules: an
 * action offered is taken, one not offered is refused; a row without its process's state (one recorded
 * before states were kept) is answered from the process, and the worker fills the state in.
 */
let sys: System;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

const actionsOf = async (who: 'aino' | 'erik' | 'sanna' | 'jonas' | 'riikka', id: string): Promise<string[]> =>
  ok(await sys.as(who).get(`/arrangements/${id}`)).allowedActions;

describe('allowed actions through the API', () => {
  it('offers each person what the process takes from them, and nothing else', async () => {
    const { id } = ok(await sys.as('aino').post('/arrangements', proposal(demo.eetu.id)));
    expect(await actionsOf('aino', id)).toEqual([
      'saveDraft',
      'requestConsultation',
      'submit',
      'withdraw',
      'readLetters',
    ]);
    // The arranging team reaches the draft but may only read its letters: its commands are refused.
    expect(await actionsOf('sanna', id)).toEqual(['readLetters']);
    refused(await sys.as('sanna').post(`/arrangements/${id}/claim`), 409);

    ok(await sys.as('aino').post(`/arrangements/${id}/submit`));
    expect(await actionsOf('aino', id)).toEqual(['withdraw', 'readLetters']);
    expect(await actionsOf('sanna', id)).toEqual(['claim', 'readLetters']);
    refused(await sys.as('aino').post(`/arrangements/${id}/submit`), 409);

    ok(await sys.as('sanna').post(`/arrangements/${id}/claim`));
    const handler = await actionsOf('sanna', id);
    expect(handler).toEqual(
      expect.arrayContaining(['release', 'returnForCompletion', 'chooseArrangement', 'deny', 'recordUnmetNeed']),
    );
    expect(handler).not.toContain('grant');
    // A colleague in the same team is offered nothing on a proposal another member handles, and is refused.
    expect(await actionsOf('jonas', id)).toEqual(['readLetters']);
    refused(await sys.as('jonas').post(`/arrangements/${id}/release`), 403);
    // The team lead reads it, and may only hand the client over.
    expect(await actionsOf('riikka', id)).toEqual(['handOver', 'readLetters']);
  });

  it('answers from the process for a row without its state, and the worker fills the state in', async () => {
    const { id } = ok(await sys.as('aino').post('/arrangements', proposal(demo.eetu.id)));
    ok(await sys.as('aino').post(`/arrangements/${id}/submit`));
    await sys.db.query('update arrangement set state = null where id = $1', [id]);
    expect(await actionsOf('sanna', id)).toEqual(['claim', 'readLetters']);
    const filled = await eventually('the worker fills the state in', async () => {
      const [row] = await sys.db.query(
        `select state->>'status' as status, (state->>'seq')::int as seq, last_event_seq as "lastEventSeq"
         from arrangement where id = $1 and state is not null`,
        [id],
      );
      return row as { status: string; seq: number; lastEventSeq: number } | undefined;
    });
    expect(filled).toEqual({ status: 'submitted', seq: filled.lastEventSeq, lastEventSeq: filled.lastEventSeq });
  });

  it('offers an ended service to the new own worker after a handover, as the process would', async () => {
    const clientId = randomUUID();
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, 'Toimet Testinen', '2015-05-05', 'espoo', 'fi', 'SHL', $2)`,
      [clientId, demo.userId('aino')],
    );
    const { id } = await activeService(sys, 'home_help', demo.perhepolku, undefined, clientId);
    ok(await sys.as('aino').post(`/arrangements/${id}/termination`, { reason: 'moved', explanation: 'Muutti.' }));
    expect(await actionsOf('aino', id)).toEqual(['recordVisit', 'giveFeedback', 'readLetters']);
    ok(
      await sys.as('riikka').post(`/clients/${clientId}/own-worker`, {
        ownWorkerId: demo.userId('erik'),
        reason: 'Aino jäi virkavapaalle.',
      }),
    );
    expect(await actionsOf('erik', id)).toEqual(['recordVisit', 'giveFeedback', 'readLetters']);
    refused(await sys.as('aino').get(`/arrangements/${id}`), 403);
  });
});
