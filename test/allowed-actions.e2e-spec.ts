import { randomUUID } from 'node:crypto';
import { arrangementActionFactsSql, arrangementActionsFor } from '../apps/api/src/access/allowed-actions';
import type { ArrangementState, AuthUser } from '../libs/contracts';
import type { ArrangementActionFacts } from '../libs/domain/actions/arrangement-actions';
import { USERS } from '../libs/persistence/dev/demo-region';
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

  it("works out a list's actions from the part of the state the rules read, as from the whole state", async () => {
    // A running service of aino's, so that the running list has a row and the states below include one.
    const running = await activeService(sys, 'home_help', demo.perhepolku);
    // Every state the processes of this run have recorded, whole and as a list reads it, for every demo user;
    // and each also as a process recorded it before the running phase, the card's steps and its continuation
    // rules were kept (those keys absent).
    const rows: { id: string; whole: ArrangementState; cut: ArrangementActionFacts }[] = await sys.db.query(
      `select a.id, a.state as whole, ${arrangementActionFactsSql('a.state')} as cut
       from (select id, updated_at, state from arrangement where state is not null
             union all
             select id, updated_at, state - 'running' #- '{input,rules,requiredSteps}' #- '{input,rules,continuation}'
             from arrangement where state is not null) a
       order by a.updated_at desc limit 3000`,
    );
    expect(rows.map((r) => r.id)).toContain(running.id);
    expect(new Set(rows.map((r) => r.whole.status)).size).toBeGreaterThanOrEqual(4);
    const users = USERS.map((u): [string, AuthUser] => [
      u.username,
      { ...u, userId: u.id, teams: u.teamId ? [u.teamId] : [] },
    ]);
    const differing = rows.flatMap((r) =>
      users
        .filter(([, u]) => arrangementActionsFor(u, r.cut).join() !== arrangementActionsFor(u, r.whole).join())
        .map(([name]) => `${r.id} (${r.whole.status}) for ${name}`),
    );
    expect(differing).toEqual([]);

    // And through the lists: each offers what the arrangement's own page does.
    const listed = async (who: 'aino' | 'sanna', path: string) => {
      const body = ok(await sys.as(who).get(path));
      const items: { id: string; allowedActions: string[] }[] = Array.isArray(body) ? body : body.items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items.slice(0, 8)) expect(item.allowedActions).toEqual(await actionsOf(who, item.id));
    };
    await listed('sanna', '/teams/arr-fsw/queue?limit=50');
    await listed('aino', '/arrangements?limit=50');
    await listed('aino', '/running-services?limit=50');
  });
});
