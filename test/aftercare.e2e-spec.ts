import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGE_SCHEMAS } from '../libs/delivery/messages';
import { addDays, addDuration } from '../libs/domain/dates';
import { queueMonthlyUse } from '../libs/persistence/aftercare';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';
import { httpReceiver, type Receiver } from './support/receivers';

/**
 * Child welfare's aftercare across counties (issue 28, seed 003): a young person placed from here who lives in
 * another county, with the client plan and the notices to that county; a young person another county placed,
 * arranged here at that county's cost; aftercare's services without the children's caps; and a responsible
 * worker who is never left out. The test's own young people, aged from the server's today.
 */
const SERVICE = 'quick_aftercare_support_test';
const CONTRACT = '00000000-0000-4000-8000-0000280000ff';

let sys: System;
let helmi: ApiUser, laura: ApiUser, riikka: ApiUser, aino: ApiUser, perhepolku: ApiUser;
let county: Receiver;
let today = '';
const dir = mkdtempSync(join(tmpdir(), 'aftercare-'));
/** Placed from here, lives in Vantaa and Kerava. */
const placedFromHere = { id: randomUUID(), name: 'Aleksi Jälkinen' };
/** Placed by Pirkanmaa, lives in Lohja. */
const placedHere = { id: randomUUID(), name: 'Bea Tampereelta' };

/** Born `years` years and ten days before the server's today. */
const bornYearsAgo = (years: number) => addDays(addDuration(today, `P${years}Y`, -1), -10);

beforeAll(async () => {
  sys = await connect();
  [helmi, laura, riikka, aino, perhepolku] = ['helmi', 'laura', 'riikka', 'aino', 'perhepolku'].map((u) =>
    sys.as(u as 'helmi'),
  ) as [ApiUser, ApiUser, ApiUser, ApiUser, ApiUser];
  today = await sys.today();
  county = await httpReceiver();
  for (const [young, years, municipality] of [
    [placedFromHere, 19, 'lohja'],
    [placedHere, 20, 'lohja'],
  ] as const) {
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, $4, 'fi', 'LsL', $5)`,
      [young.id, young.name, bornYearsAgo(years), municipality, demo.userId('helmi')],
    );
  }
  // The other counties' addresses are their own: the test's receiver stands for both.
  await sys.db.query(`update county set notice_url = $1 where code in ('vantaa_kerava', 'pirkanmaa')`, [county.url]);
  await publishTestService(riikka, SERVICE, 'Jälkihuollon testipalvelu, jonka jaksot kestävät sekunteja', {
    legalBases: ['SHL', 'LsL'],
    periods: { first: 'PT6S', step: 'PT6S', max: 'PT12S', specialExtra: null },
    evaluationInterval: 'PT4S',
    aftercare: true,
  });
  await contract(sys.db, { id: CONTRACT, supplierId: demo.perhepolku, serviceCode: SERVICE, priceCents: 4000 });
});
afterAll(async () => {
  await sys.db.query(`update county set notice_url = null where code in ('vantaa_kerava', 'pirkanmaa')`);
  // Every notice the counties got is as the published schema of its topic says.
  const unlike = county.received.flatMap((r) => {
    const checked = MESSAGE_SCHEMAS[r.json.topic as keyof typeof MESSAGE_SCHEMAS]?.safeParse(r.json);
    return checked?.success ? [] : [`${r.key}: ${checked?.error.message ?? `no schema for ${String(r.json.topic)}`}`];
  });
  await county.close();
  await sys.close();
  expect(unlike).toEqual([]);
});

const textOf = (pdf: Buffer, name: string) => {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};
const noticesOf = (topic: string, match: (j: Record<string, unknown>) => boolean) =>
  county.processed.filter((r) => r.json.topic === topic && match(r.json));
const noticeArrives = (topic: string, match: (j: Record<string, unknown>) => boolean) =>
  eventually(`${topic} to reach the county`, () => Promise.resolve(noticesOf(topic, match)[0]));
const contact = { name: 'Liisa Laine', team: 'Nuorten palvelut', phone: '+358 9 839 0000', email: null };

interface Figures {
  counties: { countyCode: string; placedFromHere: number; placedHere: number }[];
  costs: { countyCode: string; year: number; paidByThemCents: number; paidByUsCents: number }[];
}
/** The team lead's aftercare figures for a county (and a year's costs): other test files may add to them too. */
async function figuresOf(countyCode: string, year: number) {
  const f = ok(await riikka.get<Figures>('/reports/aftercare'));
  const c = f.counties.find((x) => x.countyCode === countyCode);
  const cost = f.costs.find((x) => x.countyCode === countyCode && x.year === year);
  return {
    placedFromHere: c?.placedFromHere ?? 0,
    placedHere: c?.placedHere ?? 0,
    paidByThemCents: cost?.paidByThemCents ?? 0,
    paidByUsCents: cost?.paidByUsCents ?? 0,
  };
}

describe('a young person placed from here who lives in another county', () => {
  it('has a responsible worker here, a client plan listing both counties’ services, and the other county told', async () => {
    const before = await figuresOf('vantaa_kerava', Number(today.slice(0, 4)));
    const aftercare = {
      basis: 'placement',
      startedOn: addDays(addDuration(bornYearsAgo(19), 'P18Y'), 30),
      placingCounty: 'west_uusimaa',
      residenceCounty: 'vantaa_kerava',
      planAgreedOn: today,
      otherCountyContact: { ...contact, name: 'Ville Vantaalainen' },
    };
    // Neither this county's placement nor someone living here: not ours, and the fields say why.
    const notOurs = refused(
      await helmi.put(`/clients/${placedFromHere.id}/aftercare`, {
        ...aftercare,
        placingCounty: 'pirkanmaa',
        responsibleWorker: contact,
        otherCountyContact: null,
      }),
      400,
    );
    expect(notOurs.problems).toEqual([expect.objectContaining({ field: 'residenceCounty', rule: 'county_concerned' })]);
    refused(await aino.put(`/clients/${placedFromHere.id}/aftercare`, aftercare), 403);

    const recorded = ok(await helmi.put(`/clients/${placedFromHere.id}/aftercare`, aftercare));
    expect(recorded.aftercare).toMatchObject({
      placedHere: true,
      livesHere: false,
      endsOn: addDays(addDuration(bornYearsAgo(19), 'P25Y'), -1),
      responsibleWorker: { name: demo.fullName('helmi'), county: 'west_uusimaa' },
      otherCountyContact: { name: 'Ville Vantaalainen', county: 'vantaa_kerava' },
    });
    expect(recorded.allowedActions).toEqual(['record', 'recordServiceElsewhere', 'recordCost', 'sendPlan']);

    // What Vantaa and Kerava arranges, and what it told a month of it cost.
    const housing = ok(
      await helmi.post(
        `/clients/${placedFromHere.id}/aftercare/services-elsewhere`,
        { service: 'Tukiasuminen nuorten asumisyksikössä', arrangedFrom: aftercare.startedOn },
        `elsewhere-${placedFromHere.id}`,
      ),
    );
    const month = today.slice(0, 7);
    ok(
      await helmi.put(`/clients/${placedFromHere.id}/aftercare/services-elsewhere/${housing.id}/costs`, {
        month,
        amountCents: 125_000,
      }),
    );
    refused(
      await helmi.put(`/clients/${placedFromHere.id}/aftercare/services-elsewhere/${housing.id}/costs`, {
        month: '2026-13',
        amountCents: 1,
      }),
      400,
    );

    // The client plan, in the young person's language: both counties, whom to contact, the services.
    const res = await helmi.download(`/clients/${placedFromHere.id}/aftercare/plan.pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const plan = textOf(Buffer.from(await res.arrayBuffer()), 'plan-here');
    for (const words of [
      'ASIAKASSUUNNITELMA',
      placedFromHere.name,
      'Vantaan ja Keravan hyvinvointialue',
      demo.fullName('helmi'),
      'Ville Vantaalainen',
      'Tukiasuminen nuorten asumisyksikössä',
      'ei aseta palveluille eikä kustannuksille kattoa',
    ]) {
      expect(plan).toContain(words);
    }

    // The plan goes to the other county as a delivery, its PDF with it; once for a key.
    const sent = ok(await helmi.post(`/clients/${placedFromHere.id}/aftercare/plan/send`, {}, 'plan-1'));
    ok(await helmi.post(`/clients/${placedFromHere.id}/aftercare/plan/send`, {}, 'plan-1'));
    expect(sent.countyCode).toBe('vantaa_kerava');
    const told = await noticeArrives('county.client_plan', (j) => j.clientId === placedFromHere.id);
    const sentPlan = textOf(Buffer.from((told.json.plan as { base64: string }).base64, 'base64'), 'plan-sent');
    expect(sentPlan).toContain('Tukiasuminen nuorten asumisyksikössä');
    expect(noticesOf('county.client_plan', (j) => j.clientId === placedFromHere.id)).toHaveLength(1);
    // The team lead's deliveries list it, to another county.
    await eventually('the plan listed as delivered', async () => {
      const listed: { key: string; destination: string }[] = ok(
        await riikka.get('/deliveries?status=delivered&limit=500'),
      );
      return listed.find((d) => d.key === sent.messageKey && d.destination === 'county');
    });
    // The notice names the young person by id only: no name, no birth date.
    expect(JSON.stringify({ ...told.json, plan: null })).not.toContain(placedFromHere.name);

    // Every read and change of the aftercare is in the young person's access log.
    const logged = await sys.db.query(
      `select record, action from access_log where client_id = $1 and record in ('aftercare', 'client_plan')`,
      [placedFromHere.id],
    );
    expect(logged).toEqual(
      expect.arrayContaining([
        { record: 'aftercare', action: 'change' },
        { record: 'aftercare', action: 'create' },
        { record: 'client_plan', action: 'read' },
        { record: 'client_plan', action: 'create' },
      ]),
    );

    // The team lead's figures: the young person placed elsewhere, and the cost Vantaa and Kerava told.
    const after = await figuresOf('vantaa_kerava', Number(today.slice(0, 4)));
    expect(after.placedFromHere - before.placedFromHere).toBe(1);
    expect(after.paidByUsCents - before.paidByUsCents).toBe(125_000);
    const figures = ok(await riikka.get('/reports/aftercare'));
    expect(figures.responsibleWorkers).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: demo.userId('helmi') })]),
    );
  });
});

describe('a young person another county placed, who lives here', () => {
  it("gets aftercare's service past the children's maximum, at the placing county's cost, and it is told", async () => {
    const before = await figuresOf('pirkanmaa', Number(today.slice(0, 4)));
    refused(
      await helmi.put(`/clients/${placedHere.id}/aftercare`, {
        basis: 'open_care_support',
        startedOn: addDays(addDuration(bornYearsAgo(20), 'P18Y'), 1),
        placingCounty: 'pirkanmaa',
        residenceCounty: 'west_uusimaa',
      }),
      400,
    );
    // Before the plan is agreed, no service is proposed: the plan comes first.
    const aftercare = {
      basis: 'open_care_support',
      startedOn: addDays(addDuration(bornYearsAgo(20), 'P18Y'), 1),
      placingCounty: 'pirkanmaa',
      residenceCounty: 'west_uusimaa',
      responsibleWorker: contact,
    };
    ok(await helmi.put(`/clients/${placedHere.id}/aftercare`, aftercare));
    const noPlan = refused(
      await helmi.post('/arrangements', proposal(placedHere.id, { serviceCode: SERVICE, desiredStartOn: today })),
      400,
    );
    expect(noPlan.problems).toEqual([expect.objectContaining({ field: 'clientId', rule: 'client_plan' })]);
    const recorded = ok(await helmi.put(`/clients/${placedHere.id}/aftercare`, { ...aftercare, planAgreedOn: today }));
    expect(recorded.aftercare.responsibleWorker).toMatchObject({ name: 'Liisa Laine', county: 'pirkanmaa' });
    expect(recorded.aftercare.ownWorker).toMatchObject({ name: demo.fullName('helmi') });

    // Hours beyond the card's children's range are no refusal for aftercare's service.
    const active = await activeService(
      sys,
      SERVICE,
      demo.perhepolku,
      undefined,
      placedHere.id,
      helmi,
      { hoursPerMonth: 200 },
      laura,
    );
    const id = active.id as string;
    expect(active).toMatchObject({ aftercare: true, payingCounty: 'pirkanmaa', hoursPerMonth: 200 });
    const decided = await noticeArrives('county.aftercare_decision', (j) => j.arrangementId === id);
    expect(decided.json).toMatchObject({ countyCode: 'pirkanmaa', clientId: placedHere.id, outcome: 'granted' });
    await noticeArrives('county.aftercare_service_started', (j) => j.arrangementId === id);

    // Three continuations take it past the 12 s maximum with no special consideration: aftercare has no cap.
    for (const period of [2, 3, 4]) {
      await eventually('the continuation to fall due', async () => {
        const a = ok(await helmi.get(`/arrangements/${id}`));
        return a.running?.continuationDue && a.running.period === period - 1 ? a : undefined;
      });
      ok(await helmi.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today }));
      await eventually(`period ${period}`, async () => {
        const a = ok(await helmi.get(`/arrangements/${id}`));
        return a.running?.period === period ? a : undefined;
      });
    }

    // A month's use: the supplier's visit, told to Pirkanmaa once the month has ended, at the contract's price.
    ok(
      await perhepolku.send(
        'POST',
        `/arrangements/${id}/visits`,
        { startsAt: new Date().toISOString(), hours: 3, status: 'delivered' },
        `aftercare-visit-${id}`,
      ),
    );
    const nextMonth = addDuration(`${today.slice(0, 7)}-01`, 'P1M');
    await queueMonthlyUse(sys.db, nextMonth);
    const use = await noticeArrives('county.aftercare_monthly_use', (j) => j.arrangementId === id);
    expect(use.json).toMatchObject({
      countyCode: 'pirkanmaa',
      month: today.slice(0, 7),
      chargedHours: 3,
      costCents: 12_000,
    });

    // The cost is Pirkanmaa's in the figures.
    const after = await figuresOf('pirkanmaa', Number(today.slice(0, 4)));
    expect(after.paidByThemCents - before.paidByThemCents).toBe(12_000);
    expect(after.placedHere - before.placedHere).toBe(1);

    // Not continued: it ends, and Pirkanmaa is told.
    await eventually('the continuation to fall due', async () => {
      const a = ok(await helmi.get(`/arrangements/${id}`));
      return a.running?.continuationDue ? a : undefined;
    });
    ok(
      await helmi.post(`/arrangements/${id}/continuation`, {
        outcome: 'end',
        reassessedOn: today,
        reason: 'Nuori asuu omillaan ja pärjää; tuki päättyy.',
      }),
    );
    const ended = await noticeArrives('county.aftercare_service_ended', (j) => j.arrangementId === id);
    expect(ended.json).toMatchObject({ countyCode: 'pirkanmaa', reason: 'not_continued' });
  });
});

describe("the children's maximum", () => {
  it('still stops a child’s service on the same card', async () => {
    const active = await activeService(sys, SERVICE, demo.perhepolku, undefined, demo.eetu.id, aino);
    const id = active.id as string;
    await eventually('the continuation to fall due', async () => {
      const a = ok(await aino.get(`/arrangements/${id}`));
      return a.running?.continuationDue ? a : undefined;
    });
    ok(await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today }));
    await eventually('period 2', async () => {
      const a = ok(await aino.get(`/arrangements/${id}`));
      return a.running?.period === 2 && a.running.continuationDue ? a : undefined;
    });
    const past = refused(
      await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today }),
      400,
    );
    expect(past.problems).toEqual([expect.objectContaining({ field: 'outcome', rule: 'period_max' })]);
    // No one pays for it but this county: nothing goes to another county.
    expect(noticesOf('county.aftercare_decision', (j) => j.arrangementId === id)).toEqual([]);
  });
});

describe('a responsible worker', () => {
  it('is never left out by a handover: not to a worker who is leaving', async () => {
    const young = randomUUID();
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, 'Cecilia Vastuullinen', $2, 'raasepori', 'sv', 'LsL', $3)`,
      [young, bornYearsAgo(22), demo.userId('helmi')],
    );
    ok(
      await helmi.put(`/clients/${young}/aftercare`, {
        basis: 'placement',
        startedOn: addDays(addDuration(bornYearsAgo(22), 'P18Y'), 1),
        placingCounty: 'west_uusimaa',
        residenceCounty: 'west_uusimaa',
      }),
    );
    const leaving = randomUUID();
    await sys.db.query(
      `insert into app_user (id, username, full_name, role, profession, team_id, leaving_on)
       values ($1, $2, 'Lähtevä Sosiaalityöntekijä', 'own_worker', 'social_worker', 'cw-lohja', $3)`,
      [leaving, `leaving-${leaving.slice(0, 8)}`, addDays(today, 30)],
    );
    const refusal = refused(
      await riikka.post(`/clients/${young}/own-worker`, { ownWorkerId: leaving, reason: 'Tiimi vaihtuu.' }),
      409,
    );
    expect(refusal.problems).toEqual([expect.objectContaining({ field: 'ownWorkerId', rule: 'responsible_worker' })]);
    // The young person is still helmi's.
    const aftercare = ok(await helmi.get(`/clients/${young}/aftercare`));
    expect(aftercare.aftercare.responsibleWorker.name).toBe(demo.fullName('helmi'));
    // A child of helmi's may go to the leaving worker: only aftercare's responsible worker must stay.
    const child = randomUUID();
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, 'Lapsi Siirrettävä', '2015-05-05', 'raasepori', 'fi', 'LsL', $2)`,
      [child, demo.userId('helmi')],
    );
    ok(await riikka.post(`/clients/${child}/own-worker`, { ownWorkerId: leaving, reason: 'Tiimi vaihtuu.' }));
    // Nor can helmi leave while she is anyone's own worker.
    refused(await riikka.post(`/users/${demo.userId('helmi')}/disable`), 409);
  });
});
