import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiUser, connect, proposal, type System } from './support/api';
import { eventually, ok } from './support/expect';
import { activeService, ownProduction } from './support/fixtures';

/**
 * Decision letters, read back from the PDF with pdftotext (poppler-utils) as a person would read them:
 * the grounds and the last day to request rectification, in the client's language, the county's name
 * in both, and every Finnish and Swedish letter in an embedded font.
 */
let sys: System;
let aino: ApiUser, sanna: ApiUser;
const dir = mkdtempSync(join(tmpdir(), 'luvn-letters-'));
const finnish = {
  id: randomUUID(),
  name: 'Väinö Kirjetesti',
  language: 'fi',
  guardian: 'Marketta Kirjetesti',
  address: 'Kirjekuja 1 A 2, 02100 Espoo',
};
const swedish = {
  id: randomUUID(),
  name: 'Åsa Brevtestsson',
  language: 'sv',
  guardian: 'Sten Brevtestsson',
  address: 'Brevgränd 3, 10600 Ekenäs',
};
/** Where the county's individual affairs section takes requests for rectification, as this file sets it. */
const authority = {
  fi: `Yksilöasioiden jaosto, Kirjetesti ${randomUUID().slice(0, 6)}, PL 1000, 02070 Länsi-Uudenmaan hyvinvointialue`,
  sv: `Sektionen för individärenden, Brevtest ${randomUUID().slice(0, 6)}, PB 1000, 02070 Västra Nylands välfärdsområde`,
  email: `oikaisu-${randomUUID().slice(0, 6)}@luvn.example`,
};
let ownWorker: { name: string; email: string };

beforeAll(async () => {
  sys = await connect();
  [aino, sanna] = [sys.as('aino'), sys.as('sanna')];
  for (const c of [finnish, swedish]) {
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id,
         address, contact_name)
       values ($1, $2, '2014-04-04', 'espoo', $3, 'SHL', (select id from app_user where username = 'aino'), $4, $5)`,
      [c.id, c.name, c.language, c.address, c.guardian],
    );
  }
  [ownWorker] = await sys.db.query("select full_name as name, email from app_user where username = 'aino'");
  // The county's settings name the authority: set from today, the letters of today's decisions print them.
  const today = await sys.today();
  const riikka = sys.as('riikka');
  const source = 'Testi: yksilöasioiden jaoston yhteystiedot';
  for (const [key, scope, text] of [
    ['rectification_authority_address', 'fi', authority.fi],
    ['rectification_authority_address', 'sv', authority.sv],
    ['rectification_authority_email', '', authority.email],
  ]) {
    ok(await riikka.post('/county-settings', { key, scope, text, validFrom: today, source }));
  }
});
afterAll(() => sys.close());

/** A proposal for `clientId` denied by the team with `reason`, sent by post. */
async function denied(clientId: string, reason: string): Promise<string> {
  const { id } = ok(await aino.post('/arrangements', proposal(clientId, { serviceCode: 'home_help' })));
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  await ownProduction(sys, id);
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied', reason, notification: 'post' }));
  return id;
}

async function letterOf(user: ApiUser, id: string, seq: number): Promise<{ status: number; pdf: Buffer }> {
  const res = await user.download(`/arrangements/${id}/decisions/${seq}/letter`);
  return { status: res.status, pdf: Buffer.from(await res.arrayBuffer()) };
}

function text(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const finnishDay = (iso: string) => iso.split('-').reverse().map(Number).join('.');

describe('decision letters', () => {
  it("gives a Finnish-speaking client a denied decision's grounds and the last day to request rectification, in Finnish", async () => {
    const id = await denied(finnish.id, 'Tarve täyttyy kevyemmällä tuella; perhetyö riittää.');
    const [decision] = ok(await aino.get(`/arrangements/${id}/decisions`));
    expect(decision).toMatchObject({ kind: 'initial', outcome: 'denied', notification: 'post' });
    // The law's count, asked of the county's calendar: seven days to notification by post, then 30.
    const deadline = ok(
      await aino.get(`/calendar/rectification-deadline?sentOn=${decision.decidedOn}&notification=post`),
    );
    expect(decision.appealDeadline).toBe(deadline.lastDay);

    const { status, pdf } = await letterOf(aino, id, decision.seq);
    expect(status).toBe(200);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const read = text(pdf, 'fi');
    expect(read).toContain('Länsi-Uudenmaan hyvinvointialue – Västra Nylands välfärdsområde');
    expect(read).toContain(`Asiakas: ${finnish.name}`);
    expect(read).toContain('Päätös: Ei myönnetä');
    expect(read).toContain('Tarve täyttyy kevyemmällä tuella; perhetyö riittää.');
    expect(read).toContain('OIKAISUVAATIMUSOHJE');
    expect(read).toContain(`Oikaisuvaatimuksen viimeinen jättöpäivä: ${finnishDay(deadline.lastDay)}`);
    expect(read).toContain(`Päätös katsotaan tiedoksi saaduksi: ${finnishDay(deadline.notifiedOn)}`);
    // What a family needs to act on it: to whom, which decision, who made it and who answers questions.
    expect(read).toContain(`${finnish.guardian} Kirjekuja 1 A 2 02100 Espoo`);
    expect(decision.reference).toMatch(/^LUVN-[0-9A-F]{8}-\d+$/);
    expect(read).toContain(`Viitenumero: ${decision.reference}`);
    expect(read).toContain('Tehtävänimike: sosiaaliohjaaja');
    expect(read).toContain(`Lisätietoja päätöksestä antaa: ${ownWorker.name}, ${ownWorker.email}`);
    // Where to send a request, what it must say, and the deadline with how it is counted.
    expect(read).toContain('Oikaisuvaatimus osoitetaan: Länsi-Uudenmaan hyvinvointialueen yksilöasioiden jaosto');
    expect(read).toContain(`Postiosoite: ${authority.fi}`);
    expect(read).toContain(`Sähköposti: ${authority.email}`);
    expect(read).toContain('Oikaisuvaatimuksen sisältö');
    expect(read).toContain('millaista oikaisua vaaditaan ja millä perusteilla');
    expect(read).toContain('vaatimuksen tekijän nimi ja yhteystiedot');
    expect(read).toContain('30 päivän kuluessa päätöksen tiedoksisaannista');
    expect(read).toContain('seitsemäntenä päivänä lähettämisestä');
    expect(read).toContain('viimeistään määräajan viimeisenä päivänä ennen viraston aukioloajan päättymistä');
    // The font is in the file, so the letters print the same anywhere.
    const fonts = execFileSync('pdffonts', [join(dir, 'fi.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);

    // Kept as it was rendered: the same bytes again; the read is in the client's access log.
    expect((await letterOf(aino, id, decision.seq)).pdf.equals(pdf)).toBe(true);
    const log = ok(await sys.as('riikka').get(`/clients/${finnish.id}/access-log?from=2000-01-01&to=2100-01-01`));
    expect(log.some((e: { record: string }) => e.record === 'decision_letter')).toBe(true);
  });

  it("writes a Swedish-speaking client's letter in Swedish, with the county's name in both languages", async () => {
    const id = await denied(swedish.id, 'Behovet kan mötas med lättare stöd; familjearbete räcker.');
    const [decision] = ok(await aino.get(`/arrangements/${id}/decisions`));
    const read = text((await letterOf(sanna, id, decision.seq)).pdf, 'sv');
    expect(read).toContain('Länsi-Uudenmaan hyvinvointialue – Västra Nylands välfärdsområde');
    expect(read).toContain(`Klient: ${swedish.name}`);
    expect(read).toContain('Beslut: Beviljas inte');
    expect(read).toContain('Behovet kan mötas med lättare stöd; familjearbete räcker.');
    expect(read).toContain('ANVISNING OM BEGÄRAN OM OMPRÖVNING');
    expect(read).toContain(`Sista dag för begäran om omprövning: ${finnishDay(decision.appealDeadline)}`);
    expect(read).toContain(`${swedish.guardian} Brevgränd 3 10600 Ekenäs`);
    expect(read).toContain(`Referensnummer: ${decision.reference}`);
    expect(read).toContain('Befattning: socialhandledare');
    expect(read).toContain(`Mer information om beslutet ger: ${ownWorker.name}, ${ownWorker.email}`);
    expect(read).toContain(
      'Begäran om omprövning riktas till: Västra Nylands välfärdsområdes sektion för individärenden',
    );
    expect(read).toContain(`Postadress: ${authority.sv}`);
    expect(read).toContain(`E-post: ${authority.email}`);
    expect(read).toContain('Innehållet i begäran om omprövning');
    expect(read).toContain('hurdan omprövning som begärs och på vilka grunder');
    expect(read).toContain('inom 30 dagar från delfåendet av beslutet');
    expect(read).toContain('senast den sista dagen innan ämbetsverkets öppettid går ut');
  });

  it('addresses a young person of age, not the guardian', async () => {
    const young = { id: randomUUID(), name: 'Noora Nuortesti', address: 'Nuortentie 5, 02230 Espoo' };
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id,
         address, contact_name)
       values ($1, $2, '2014-04-04', 'espoo', 'fi', 'SHL', (select id from app_user where username = 'aino'), $3,
         'Huoltaja Nuortesti')`,
      [young.id, young.name, young.address],
    );
    const id = await denied(young.id, 'Tuki järjestyy jälkihuollon kautta.');
    const [decision] = ok(await aino.get(`/arrangements/${id}/decisions`));
    // Of age by the decision's day (the letter is written the first time it is read): her own name.
    await sys.db.query(`update client set date_of_birth = $2::date - interval '19 years' where id = $1`, [
      young.id,
      decision.decidedOn,
    ]);
    const read = text((await letterOf(aino, id, decision.seq)).pdf, 'young');
    expect(read).toContain(`${young.name} Nuortentie 5 02230 Espoo`);
    expect(read).not.toContain('Huoltaja Nuortesti');
  });

  it('gives a grant no rectification instructions: a grant is not appealable', async () => {
    const { id } = await activeService(sys, 'home_help', null, undefined, finnish.id);
    const [grant] = ok(await aino.get(`/arrangements/${id}/decisions`));
    expect(grant).toMatchObject({ kind: 'initial', outcome: 'granted', appealDeadline: null });
    const read = text((await letterOf(aino, id, grant.seq)).pdf, 'grant');
    expect(read).toContain('Päätös: Myönnetään');
    expect(read).toContain(`Viitenumero: ${grant.reference}`);
    expect(read).not.toContain('OIKAISUVAATIMUSOHJE');
  });

  it('writes a letter for an unmet need and for an early end too, each appealable with its last day', async () => {
    const { id } = ok(await aino.post('/arrangements', proposal(finnish.id, { serviceCode: 'home_help' })));
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/unmet-need`, { reason: 'Yksikään tuottaja ei ota uusia asiakkaita.' }));
    const [unmet] = ok(await aino.get(`/arrangements/${id}/decisions`));
    expect(unmet).toMatchObject({ kind: 'unmet_need', outcome: 'unmet_need' });
    const unmetText = text((await letterOf(aino, id, unmet.seq)).pdf, 'unmet');
    expect(unmetText).toContain('PÄÄTÖS: PALVELUA EI VOIDA JÄRJESTÄÄ');
    expect(unmetText).toContain('Yksikään tuottaja ei ota uusia asiakkaita.');
    expect(unmetText).toContain(`Oikaisuvaatimuksen viimeinen jättöpäivä: ${finnishDay(unmet.appealDeadline)}`);

    const { id: running } = await activeService(sys, 'home_help', null, undefined, finnish.id);
    const today = await sys.today();
    ok(
      await aino.post(`/arrangements/${running}/termination`, {
        reason: 'moved',
        explanation: 'Perhe muutti Turkuun.',
      }),
    );
    const ending = await eventually('the ending among the decisions', async () => {
      const listed: { kind: string }[] = ok(await aino.get(`/arrangements/${running}/decisions`));
      return listed.find((d) => d.kind === 'ending') as { seq: number; appealDeadline: string } | undefined;
    });
    const endText = text((await letterOf(aino, running, ending.seq)).pdf, 'ending');
    expect(endText).toContain('PÄÄTÖS PALVELUN PÄÄTTYMISESTÄ');
    expect(endText).toContain(`Palvelu päättyy ${finnishDay(today)}`);
    expect(endText).toContain('Perhe muutti Turkuun.');
    expect(endText).toContain(`Oikaisuvaatimuksen viimeinen jättöpäivä: ${finnishDay(ending.appealDeadline)}`);
  });

  it('keeps the letter from a supplier, and answers 404 for a decision that does not exist', async () => {
    const id = await denied(finnish.id, 'Ei tarvetta.');
    expect((await letterOf(sys.as('perhepolku'), id, 1)).status).toBe(403);
    expect((await letterOf(aino, id, 999)).status).toBe(404);
    expect((await aino.download(`/arrangements/${id}/decisions/first/letter`)).status).toBe(400);
  });
});
