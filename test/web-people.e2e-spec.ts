import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../libs/domain/dates';
import { AccessLogPage } from './pages/access-log';
import { HandoversPage } from './pages/handovers';
import { MyClientsPage } from './pages/my-clients';
import { demo } from './support/api';
import { ok } from './support/expect';
import { browserTests, ownWorkerOfOwn } from './support/web-tests';

/**
 * Handing clients over and a client's access log, in a real browser: a team lead hands two clients of a
 * leaving worker to another own worker together, who finds them on her own list, also by search; the
 * registrar finds one of them, reads the log and downloads it as a PDF in the client's language (Swedish),
 * and her own reads are in the log. The workers and clients are this file's own.
 */
const web = browserTests();
const sys = () => web.sys;
const RUN = Date.now().toString(36);
const LEAVING = { id: randomUUID(), username: `leena-${RUN}`, name: `Leena Lähtevä ${RUN}` };
const RECEIVER = { id: randomUUID(), username: `ulla-${RUN}`, name: `Ulla Uusitalo ${RUN}` };
/** Siiri's language is Swedish: her log is printed in it. */
const SIIRI = { id: randomUUID(), name: `Siiri Siirtola ${RUN}`, born: '2014-03-09', language: 'sv' };
const SAMI = { id: randomUUID(), name: `Sami Siirtola ${RUN}`, born: '2016-10-21', language: 'fi' };
const REASON = 'Leenan työsuhde päättyy.';

beforeAll(async () => {
  await ownWorkerOfOwn(sys(), LEAVING);
  await ownWorkerOfOwn(sys(), RECEIVER);
  for (const c of [SIIRI, SAMI]) {
    await sys().db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, 'espoo', $4, 'SHL', $5)`,
      [c.id, c.name, c.born, c.language, LEAVING.id],
    );
  }
  ok(
    await sys()
      .as('riikka')
      .post(`/users/${LEAVING.id}/leaving-day`, { leavingOn: addDays(await sys().today(), 14) }),
  );
});

const finnishDay = (iso: string) => iso.split('-').reverse().map(Number).join('.');

describe('handing clients over', () => {
  it("lets a team lead hand a leaving worker's two clients over together, and the new own worker find them", async () => {
    const lead = (await web.signedIn('Riikka Salo')).as(HandoversPage);
    await lead.open();
    // The leaving worker's clients are first on the page, to be handed over.
    expect(await lead.clientsIn('handover-needed')).toEqual(expect.arrayContaining([SIIRI.name, SAMI.name]));
    await lead.chooseWorker(LEAVING.name);
    expect(await lead.clientsIn('worker-clients')).toEqual([SAMI.name, SIIRI.name]);
    await lead.search(finnishDay(SIIRI.born));
    await lead.table('worker-clients').locator('tbody th', { hasText: SAMI.name }).waitFor({ state: 'detached' });
    expect(await lead.clientsIn('worker-clients')).toEqual([SIIRI.name]);
    await lead.expectAccessible();
    await lead.screenshots('handovers');

    await lead.choose('handover-needed', SIIRI.name);
    await lead.choose('handover-needed', SAMI.name);
    await lead.handOver(RECEIVER.name, REASON, 2);
    await lead.expectAccessible();

    for (const c of [SIIRI, SAMI]) {
      const [last] = ok(await sys().as('riikka').get(`/clients/${c.id}/own-worker/history`));
      expect(last).toMatchObject({ fromWorker: LEAVING.name, toWorker: RECEIVER.name, reason: REASON });
    }
    // Nothing of theirs is left to hand over.
    const waiting = ok(await sys().as('riikka').get('/clients?handover=needed'));
    expect(waiting.map((c: { id: string }) => c.id)).not.toEqual(expect.arrayContaining([SIIRI.id]));

    const own = (await web.signedIn(RECEIVER.name)).as(MyClientsPage);
    await own.waitForHeading();
    await own.client(SIIRI.name).waitFor();
    await own.client(SAMI.name).waitFor();
    await own.page.getByRole('textbox', { name: own.t.clientSearch.label }).fill('sami');
    await own.page.getByRole('button', { name: own.t.clientSearch.submit, exact: true }).click();
    await own.client(SIIRI.name).waitFor({ state: 'detached' });
    await own.client(SAMI.name).waitFor();
    await own.page.getByRole('textbox', { name: own.t.clientSearch.label }).fill(SIIRI.born);
    await own.page.getByRole('button', { name: own.t.clientSearch.submit, exact: true }).click();
    await own.client(SAMI.name).waitFor({ state: 'detached' });
    await own.client(SIIRI.name).waitFor();
    await own.expectAccessible();
    await own.screenshots('my-clients-search');
  });
});

describe("a client's access log", () => {
  it('lets the registrar find a client and print the log in the client’s language, her own reads in it', async () => {
    const kaisa = demo.userId('kaisa');
    const registrar = (await web.signedIn('Kaisa Lehtonen')).as(AccessLogPage);
    await registrar.waitForHeading();
    await registrar.find(`${finnishDay(SIIRI.born)} siirtola ${RUN}`);
    expect(await registrar.found()).toEqual([
      `${SIIRI.name}, ${registrar.text(registrar.t.accessLog.born, { date: finnishDay(SIIRI.born) })}`,
    ]);
    await registrar.choose(SIIRI.name);
    // The search itself is the newest entry the table shows: Kaisa saw Siiri in a list.
    const [newest] = await registrar.rows();
    expect(newest!.slice(1)).toEqual([
      'Kaisa Lehtonen',
      'kirjaaja',
      'asiakkaan tiedot',
      'näki listalla',
      'asiakasasian käsittely',
    ]);
    await registrar.expectAccessible();
    await registrar.screenshots('access-log');

    const [{ before }] = await sys().db.query(
      `select count(*)::int as before from access_log where user_id = $1 and client_id = $2 and action = 'read'`,
      [kaisa, SIIRI.id],
    );
    const { name, pdf } = await registrar.downloadPdf();
    expect(name).toMatch(/\.pdf$/);
    const file = join(mkdtempSync(join(tmpdir(), 'access-log-')), name);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Siiri's language is Swedish: the log is printed in it, with the handover and Kaisa's own reads.
    expect(text).toContain('LOGG ÖVER ANVÄNDNINGEN AV KLIENTUPPGIFTER');
    expect(text).toContain(`Klient: ${SIIRI.name} (född ${finnishDay(SIIRI.born)})`);
    expect(text).toMatch(/Riikka Salo chef klientens uppgifter ändrade/);
    expect(text).toMatch(/Kaisa Lehtonen registrator klientens uppgifter läste/);
    expect(text).toContain('Utskriven');

    // Printing it was a read of its own.
    const [{ after }] = await sys().db.query(
      `select count(*)::int as after from access_log where user_id = $1 and client_id = $2 and action = 'read'`,
      [kaisa, SIIRI.id],
    );
    expect(after).toBeGreaterThan(before);
    const log = ok(
      await sys()
        .as('riikka')
        .get(`/clients/${SIIRI.id}/access-log?from=${await sys().today()}&to=${await sys().today()}&lang=sv`),
    );
    expect(log[0]).toMatchObject({ userId: kaisa, role: 'registrar', roleText: 'registrator', action: 'read' });
  });
});
