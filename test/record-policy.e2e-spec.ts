import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';

/**
 * The one record rule (apps/api/src/access/record-policy.ts): within a permission, a team lead reaches
 * the teams they lead and no others; a supplier reaches the family it serves only while it provides the
 * service it accepted, and then only the name, address and contact.
 */
let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser, tuomas: ApiUser, perhepolku: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  tuomas = sys.as('tuomas');
  perhepolku = sys.as('perhepolku');
});
afterAll(() => sys.close());

/** A proposal of aino's for Eetu (family social work), submitted and claimed by sanna. */
async function claimed() {
  const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id)));
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  return id as string;
}

const deniedHomeHelp = async (lead: ApiUser, on: string) => {
  const figures = ok(await lead.get(`/reports/figures?from=${on}&to=${on}&serviceCode=home_help`));
  const row = figures.decisions.find(
    (d: { kind: string; outcome: string }) => d.kind === 'initial' && d.outcome === 'denied',
  );
  return (row?.count ?? 0) as number;
};

describe('a team lead', () => {
  it('reaches the people, queues, clients and figures of the teams they lead, and no others', async () => {
    const today = await sys.today();
    const [riikkaBefore, tuomasBefore] = [await deniedHomeHelp(riikka, today), await deniedHomeHelp(tuomas, today)];
    const id = await claimed();
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));

    // Riikka leads family social work and child welfare; Tuomas child welfare only.
    ok(await riikka.get(`/arrangements/${id}`));
    refused(await tuomas.get(`/arrangements/${id}`), 403);
    refused(await tuomas.get(`/arrangements/${id}/timeline`), 403);
    refused(await tuomas.get('/teams/arr-fsw/queue'), 403);
    ok(await tuomas.get('/teams/arr-cw/queue'));
    refused(await tuomas.get('/teams/no-such-team/queue'), 404);

    const caseloads = ok(await tuomas.get('/reports/caseloads'));
    // Child welfare's own workers (other files add some of their own), none of family social work's.
    const led = caseloads.map((c: { userId: string }) => c.userId);
    expect(led).toContain(demo.userId('helmi'));
    expect(led).not.toContain(demo.userId('aino'));
    expect(led).not.toContain(demo.userId('erik'));
    expect(ok(await riikka.get('/reports/caseloads')).map((c: { userId: string }) => c.userId)).toEqual(
      expect.arrayContaining([demo.userId('aino'), demo.userId('erik'), demo.userId('helmi')]),
    );

    const year = `from=${today.slice(0, 4)}-01-01&to=${today}`;
    refused(await tuomas.get(`/clients/${demo.eetu.id}/access-log?${year}`), 403);
    ok(await tuomas.get(`/clients/${demo.onni.id}/access-log?${year}`));
    refused(
      await tuomas.post(`/clients/${demo.eetu.id}/own-worker`, { ownWorkerId: demo.userId('erik'), reason: 'x' }),
      403,
    );
    refused(await tuomas.get(`/clients/${demo.eetu.id}/own-worker/history`), 403);
    refused(await tuomas.post(`/users/${demo.userId('aino')}/disable`), 403);

    // The denial counts in the figures of the lead of family social work, not in child welfare's.
    expect(await deniedHomeHelp(riikka, today)).toBe(riikkaBefore + 1);
    expect(await deniedHomeHelp(tuomas, today)).toBe(tuomasBefore);
  });
});

describe('a supplier', () => {
  it('sees whom to reach, and no more, only while it provides the service it accepted', async () => {
    const id = await claimed();
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku }));
    expect(ok(await perhepolku.get(`/arrangements/${id}`)).client).toBeNull();

    ok(await perhepolku.post(`/arrangements/${id}/order-response`, { accept: true }));
    const accepted = ok(await perhepolku.get(`/arrangements/${id}`));
    expect(accepted.client).toEqual({
      name: demo.eetu.fullName,
      address: demo.eetu.address,
      contactName: demo.eetu.contactName,
      contactPhone: demo.eetu.contactPhone,
    });
    expect(accepted.proposal).toBeNull();
    const timeline = ok(await perhepolku.get(`/arrangements/${id}/timeline`));
    expect(timeline.every((e: { text: unknown }) => e.text === null)).toBe(true);
    // The county's worker sees the whole client, the supplier's read is in the client's access log.
    expect(ok(await aino.get(`/arrangements/${id}`)).client).toMatchObject({
      id: demo.eetu.id,
      dateOfBirth: demo.eetu.dateOfBirth,
    });
    const today = await sys.today();
    const log = ok(await riikka.get(`/clients/${demo.eetu.id}/access-log?from=${today}&to=${today}`));
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: demo.userId('perhepolku'), record: 'arrangement', recordId: id }),
      ]),
    );

    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
    expect(ok(await perhepolku.get(`/arrangements/${id}`)).client).toBeNull();
  });
});
