import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addDuration } from '../libs/domain/dates';
import { TEAM_PHONES } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, type System } from './support/api';
import { ok } from './support/expect';
import { addPerson, fakeIdentityCode, type FamilyUser, signInFamily } from './support/family';
import { activeService, contract, publishTestService } from './support/fixtures';

/**
 * A young person in child welfare's aftercare in the family's view (issue 28, seed 003: the young person knows
 * whom to contact, and the client plan is given to them): placed by another county, they see that county's
 * responsible worker beside their own worker here, read their client plan, and their decision letter names the
 * responsible worker; placed from here, the responsible worker is their own worker. Each read is in the access log.
 * The test's own young people, aged from the server's today.
 */
const SERVICE = 'family_view_aftercare_test';
const CONTRACT = '00000000-0000-4000-8000-0000280001ff';

let sys: System;
let helmi: ApiUser, laura: ApiUser, riikka: ApiUser;
let today = '';
const dir = mkdtempSync(join(tmpdir(), 'family-aftercare-'));
/** Placed by Satakunta, lives here. */
const placedElsewhere = { id: randomUUID(), name: 'Sanni Satakunnasta' };
/** Placed from here, lives here. */
const placedHere = { id: randomUUID(), name: 'Otso Omalta' };
/** Sixteen, in no aftercare. */
const notInAftercare = { id: randomUUID(), name: 'Vilja Vailla' };
/** Satakunta's responsible worker, as Satakunta gave them: the e-mail is not for the family's view. */
const satakunta = {
  name: 'Saara Sataoja',
  team: 'Jälkihuollon tiimi, Pori',
  phone: '+358 2 623 0280',
  email: 'saara.sataoja@sata.example',
};
let pinja: FamilyUser, otso: FamilyUser, vilja: FamilyUser;
let pinjaPerson: string;

/** Born `years` years and ten days before the server's today. */
const bornYearsAgo = (years: number) => addDays(addDuration(today, `P${years}Y`, -1), -10);

const textOf = (pdf: Buffer, name: string) => {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

beforeAll(async () => {
  sys = await connect();
  [helmi, laura, riikka] = [sys.as('helmi'), sys.as('laura'), sys.as('riikka')];
  today = await sys.today();
  for (const [young, years] of [
    [placedElsewhere, 20],
    [placedHere, 19],
    [notInAftercare, 16],
  ] as const) {
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, 'lohja', 'fi', 'LsL', $4)`,
      [young.id, young.name, bornYearsAgo(years), demo.userId('helmi')],
    );
  }
  ok(
    await helmi.put(`/clients/${placedElsewhere.id}/aftercare`, {
      basis: 'placement',
      startedOn: addDays(addDuration(bornYearsAgo(20), 'P18Y'), 1),
      placingCounty: 'satakunta',
      residenceCounty: 'west_uusimaa',
      planAgreedOn: today,
      responsibleWorker: satakunta,
    }),
  );
  ok(
    await helmi.put(`/clients/${placedHere.id}/aftercare`, {
      basis: 'placement',
      startedOn: addDays(addDuration(bornYearsAgo(19), 'P18Y'), 1),
      placingCounty: 'west_uusimaa',
      residenceCounty: 'west_uusimaa',
      planAgreedOn: today,
    }),
  );
  pinjaPerson = await addPerson(sys.db, {
    name: placedElsewhere.name,
    identityCode: fakeIdentityCode(),
    self: placedElsewhere.id,
  });
  pinja = await signInFamily(pinjaPerson);
  otso = await signInFamily(
    await addPerson(sys.db, { name: placedHere.name, identityCode: fakeIdentityCode(), self: placedHere.id }),
  );
  vilja = await signInFamily(
    await addPerson(sys.db, { name: notInAftercare.name, identityCode: fakeIdentityCode(), self: notInAftercare.id }),
  );
  await publishTestService(riikka, SERVICE, 'Jälkihuollon palvelu perheen näkymän testiin', {
    legalBases: ['SHL', 'LsL'],
    aftercare: true,
  });
  await contract(sys.db, { id: CONTRACT, supplierId: demo.perhepolku, serviceCode: SERVICE, priceCents: 4000 });
});
afterAll(() => sys.close());

describe("a young person another county placed, in the family's view", () => {
  it("sees that county's responsible worker and the team to call, reads the client plan, and the read is logged", async () => {
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    const matters = ok(await pinja.get(`/family/clients/${placedElsewhere.id}`));
    expect(matters).toMatchObject({ id: placedElsewhere.id, as: 'client', clientPlan: true });
    expect(matters.contact).toEqual({
      ownWorker: demo.fullName('helmi'),
      team: expect.objectContaining({ fi: expect.any(String) }),
      phone: TEAM_PHONES['cw-lohja'],
      responsibleWorker: {
        name: satakunta.name,
        team: { fi: satakunta.team, sv: satakunta.team, en: satakunta.team },
        phone: satakunta.phone,
        county: { fi: 'Satakunnan hyvinvointialue', sv: 'Satakunta välfärdsområde', en: 'Satakunta' },
      },
    });
    // The team's phone, never the worker's own contact: the e-mail Satakunta gave stays with the workers.
    expect(JSON.stringify(matters)).not.toContain(satakunta.email);

    const res = await pinja.download(`/family/clients/${placedElsewhere.id}/aftercare/plan.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const plan = textOf(Buffer.from(await res.arrayBuffer()), 'plan');
    for (const words of [
      'ASIAKASSUUNNITELMA',
      placedElsewhere.name,
      'Vastuutyöntekijä (sijoittajahyvinvointialue)',
      `${satakunta.name}, ${satakunta.team} (Satakunnan hyvinvointialue)`,
      satakunta.phone,
      demo.fullName('helmi'),
    ]) {
      expect(plan).toContain(words);
    }

    const rows = await sys.db.query(
      `select user_id as "userId", role, record, action from access_log
       where id > $1 and client_id = $2 order by id`,
      [last, placedElsewhere.id],
    );
    expect(rows).toEqual([
      { userId: pinjaPerson, role: 'client', record: 'client', action: 'read' },
      { userId: pinjaPerson, role: 'client', record: 'client_plan', action: 'read' },
    ]);
  });

  it("gets a decision letter that names the placing county's responsible worker and the team's phone", async () => {
    const active = await activeService(sys, SERVICE, demo.perhepolku, undefined, placedElsewhere.id, helmi, {}, laura);
    const matters = ok(await pinja.get(`/family/clients/${placedElsewhere.id}`));
    const [service] = matters.arrangements.filter((a: { id: string }) => a.id === active.id);
    const [decision] = service.decisions;
    expect(decision).toMatchObject({ kind: 'initial', outcome: 'granted' });
    const res = await pinja.download(`/family/arrangements/${active.id}/decisions/${decision.seq}/letter`);
    expect(res.status).toBe(200);
    const letter = textOf(Buffer.from(await res.arrayBuffer()), 'letter');
    expect(letter).toContain(`Asiakas: ${placedElsewhere.name}`);
    expect(letter).toContain(`Lisätietoja päätöksestä antaa: ${demo.fullName('helmi')}`);
    expect(letter).toContain(
      `Jälkihuollon vastuutyöntekijä: ${satakunta.name}, ${satakunta.team}, Satakunnan hyvinvointialue, puh. ${satakunta.phone}`,
    );
    expect(letter).not.toContain(satakunta.email);
  });
});

describe("the family's view of aftercare, otherwise", () => {
  it('names the own worker as the responsible worker of a young person placed from here', async () => {
    const matters = ok(await otso.get(`/family/clients/${placedHere.id}`));
    expect(matters.clientPlan).toBe(true);
    expect(matters.contact.responsibleWorker).toEqual({
      name: demo.fullName('helmi'),
      team: matters.contact.team,
      phone: TEAM_PHONES['cw-lohja'],
      county: { fi: 'Länsi-Uudenmaan hyvinvointialue', sv: 'Västra Nylands välfärdsområde', en: 'West Uusimaa' },
    });
    expect((await otso.download(`/family/clients/${placedHere.id}/aftercare/plan.pdf`)).status).toBe(200);
  });

  it('has no responsible worker nor plan for a young person not in aftercare, and no one reads another’s plan', async () => {
    const matters = ok(await vilja.get(`/family/clients/${notInAftercare.id}`));
    expect(matters).toMatchObject({ clientPlan: false, contact: { responsibleWorker: null } });
    const none = await vilja.download(`/family/clients/${notInAftercare.id}/aftercare/plan.pdf`);
    expect(none.status).toBe(404);
    // Another young person's plan is as if it did not exist, and reading nothing logs nothing.
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    expect((await vilja.download(`/family/clients/${placedElsewhere.id}/aftercare/plan.pdf`)).status).toBe(404);
    const [{ rows }] = await sys.db.query(
      'select count(*)::int as rows from access_log where id > $1 and client_id = $2',
      [last, placedElsewhere.id],
    );
    expect(rows).toBe(0);
  });
});
