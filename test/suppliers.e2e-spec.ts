import { supplierAddress } from '../libs/delivery/deliverer';
import { connect, demo, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';

/**
 * Procurement's register of suppliers over HTTP: a supplier added and changed with who and when, its business
 * id checked and its webhook's secret never given back; the others' refusals; the scorecard's running
 * services (counts) and a supplier refused another's scorecard. A service of this file's own.
 */
const SERVICE = `suppliers_test_${Date.now().toString(36)}`;
const SECRET = 'salainen-allekirjoitusavain-1';
const NEW_SECRET = 'toinen-allekirjoitusavain-22';

let sys: System;
let petra: ApiUser, riikka: ApiUser, sanna: ApiUser, aino: ApiUser, tukiverkko: ApiUser;

beforeAll(async () => {
  sys = await connect();
  [petra, riikka, sanna, aino, tukiverkko] = [
    sys.as('petra'),
    sys.as('riikka'),
    sys.as('sanna'),
    sys.as('aino'),
    sys.as('tukiverkko'),
  ];
  await publishTestService(riikka, SERVICE, 'Testipalvelu palveluntuottajarekisterin testeille');
});
afterAll(() => sys.close());

const record = (changes: Record<string, unknown> = {}) => ({
  name: 'Perhetuki Testi Oy',
  businessId: '0737546-2',
  orderEmail: 'tilaukset@perhetuki.example',
  webhookUrl: 'https://perhetuki.example/luvn',
  webhookSecret: SECRET,
  ...changes,
});
const secretOf = async (supplierId: string): Promise<string | null> => {
  const rows: { secret: string | null }[] = await sys.db.query(
    'select webhook_secret as secret from supplier where id = $1',
    [supplierId],
  );
  return rows[0]?.secret ?? null;
};

/** The supplier the register's tests add and change. */
let id = '';

describe('the register of suppliers', () => {
  it('adds a supplier with who and when, and never gives its webhook secret back', async () => {
    const created = ok(await petra.post('/suppliers', record()));
    id = created.id;
    expect(created).toMatchObject({
      name: 'Perhetuki Testi Oy',
      businessId: '0737546-2',
      ownProduction: false,
      orderEmail: 'tilaukset@perhetuki.example',
      webhookUrl: 'https://perhetuki.example/luvn',
      webhookSecretSet: true,
      allowedActions: ['edit', 'addContract'],
    });
    expect(created.history).toEqual([
      expect.objectContaining({
        kind: 'created',
        by: { id: demo.userId('petra'), name: 'Petra Holm' },
        fields: ['name', 'businessId', 'orderEmail', 'webhookUrl', 'webhookSecret'],
      }),
    ]);
    expect(await secretOf(id)).toBe(SECRET);
    for (const reader of [petra, riikka, sanna]) {
      const seen = ok(await reader.get(`/suppliers/${id}`));
      expect(seen).not.toHaveProperty('webhookSecret');
      expect(JSON.stringify(seen)).not.toContain(SECRET);
      expect(JSON.stringify(ok(await reader.get('/supplier-directory')))).not.toContain(SECRET);
    }
    // The team lead reads the record and is offered no change; procurement may add suppliers.
    expect(ok(await riikka.get(`/suppliers/${id}`)).allowedActions).toEqual([]);
    const directory = ok(await petra.get('/supplier-directory'));
    expect(directory.allowedActions).toEqual(['create']);
    expect(directory.suppliers.find((s: { id: string }) => s.id === id)).toEqual({
      id,
      name: 'Perhetuki Testi Oy',
      businessId: '0737546-2',
      ownProduction: false,
      contractsInForce: 0,
      openCases: 0,
      runningServices: 0,
      allowedActions: ['edit', 'addContract'],
    });
    expect(ok(await riikka.get('/supplier-directory')).allowedActions).toEqual([]);
  });

  it('keeps the secret when an edit leaves it out, replaces it with a new one, and drops it with the webhook', async () => {
    const edited = ok(
      await petra.put(`/suppliers/${id}`, record({ orderEmail: 'uudet@perhetuki.example', webhookSecret: undefined })),
    );
    expect(edited).toMatchObject({ orderEmail: 'uudet@perhetuki.example', webhookSecretSet: true });
    expect(await secretOf(id)).toBe(SECRET);
    expect(edited.history.at(-1)).toMatchObject({ kind: 'changed', fields: ['orderEmail'] });

    const rekeyed = ok(
      await petra.put(`/suppliers/${id}`, record({ orderEmail: 'uudet@perhetuki.example', webhookSecret: NEW_SECRET })),
    );
    expect(await secretOf(id)).toBe(NEW_SECRET);
    expect(rekeyed.history.at(-1)).toMatchObject({ fields: ['webhookSecret'] });
    expect(JSON.stringify(rekeyed)).not.toContain(NEW_SECRET);

    // The same record sent again changes nothing and writes no history.
    const same = ok(
      await petra.put(`/suppliers/${id}`, record({ orderEmail: 'uudet@perhetuki.example', webhookSecret: null })),
    );
    expect(same.history).toHaveLength(rekeyed.history.length);

    const unhooked = ok(
      await petra.put(
        `/suppliers/${id}`,
        record({ orderEmail: 'uudet@perhetuki.example', webhookUrl: null, webhookSecret: null }),
      ),
    );
    expect(unhooked).toMatchObject({ webhookUrl: null, webhookSecretSet: false });
    expect(await secretOf(id)).toBeNull();
    expect(unhooked.history.at(-1)).toMatchObject({ fields: ['webhookUrl', 'webhookSecret'] });
  });

  it('refuses a bad field naming it and its rule, and a business id another supplier has with 409', async () => {
    const problem = async (body: Record<string, unknown>) =>
      refused(await petra.post('/suppliers', body), 400).problems;
    expect(await problem(record({ businessId: '1234567-8' }))).toEqual([
      expect.objectContaining({ field: 'businessId', rule: 'business_id' }),
    ]);
    expect(await problem(record({ businessId: '1572860-0', webhookUrl: 'http://perhetuki.example/luvn' }))).toEqual([
      expect.objectContaining({ field: 'webhookUrl', rule: 'https_url' }),
    ]);
    expect(await problem(record({ businessId: '1572860-0', orderEmail: 'ei osoite' }))).toEqual([
      expect.objectContaining({ field: 'orderEmail' }),
    ]);
    expect(await problem(record({ businessId: '1572860-0', webhookSecret: null }))).toEqual([
      expect.objectContaining({ field: 'webhookSecret', rule: 'webhook_secret' }),
    ]);
    expect(await problem(record({ businessId: '1572860-0', name: ' ' }))).toEqual([
      expect.objectContaining({ field: 'name' }),
    ]);

    const taken = refused(await petra.post('/suppliers', record({ businessId: '1234567-1' })), 409);
    expect(taken.problems).toEqual([expect.objectContaining({ field: 'businessId', rule: 'business_id_taken' })]);
    const takenOnEdit = refused(await petra.put(`/suppliers/${id}`, record({ businessId: '2345678-0' })), 409);
    expect(takenOnEdit.problems).toEqual([expect.objectContaining({ rule: 'business_id_taken' })]);
    refused(
      await petra.put('/suppliers/00000000-0000-4000-8000-00000000dead', record({ businessId: '1572860-0' })),
      404,
    );
    // Nothing refused was written.
    expect(await sys.db.query("select 1 from supplier where business_id = '1572860-0'")).toEqual([]);
  });

  it('is not for a supplier, an own worker or the arranging team to change', async () => {
    for (const [user, call] of [
      [tukiverkko, () => tukiverkko.get(`/suppliers/${id}`)],
      [tukiverkko, () => tukiverkko.get('/supplier-directory')],
      [aino, () => aino.get(`/suppliers/${id}`)],
      [aino, () => aino.post('/suppliers', record({ businessId: '1572860-0' }))],
      [sanna, () => sanna.put(`/suppliers/${id}`, record())],
      [riikka, () => riikka.post('/suppliers', record({ businessId: '1572860-0' }))],
    ] as const) {
      expect(user).toBeDefined();
      expect(refused(await call(), 403).problems[0]).toMatchObject({ rule: 'permission' });
    }
  });

  it("sends a supplier's e-mail to its contract's address, or to its own when the contract names none", async () => {
    const withoutAddress = '00000000-0000-4000-8000-000005400001';
    const withAddress = '00000000-0000-4000-8000-000005400002';
    await contract(sys.db, {
      id: withoutAddress,
      supplierId: id,
      serviceCode: SERVICE,
      priceCents: 5000,
      validTo: '2030-12-31',
    });
    await sys.db.query(
      `insert into supplier_contract (id, supplier_id, service_code, unit, unit_price_cents, valid_from, valid_to,
         cancellation_terms, order_email)
       values ($1, $2, 'home_help', 'hour', 5000, '2020-01-01', '2030-12-31', '{}', 'kotipalvelu@perhetuki.example')
       on conflict (id) do nothing`,
      [withAddress, id],
    );
    expect((await supplierAddress(sys.db, id, withoutAddress))?.email).toBe('uudet@perhetuki.example');
    expect((await supplierAddress(sys.db, id, withAddress))?.email).toBe('kotipalvelu@perhetuki.example');
    expect((await supplierAddress(sys.db, id, null))?.email).toBe('uudet@perhetuki.example');
  });
});

describe("a supplier's scorecard", () => {
  it('counts its running services by service, never whose, and withholds figures of fewer than 5 answers', async () => {
    await contract(sys.db, {
      id: '00000000-0000-4000-8000-000005400003',
      supplierId: demo.tukiverkko,
      serviceCode: SERVICE,
      priceCents: 5200,
    });
    const running = await activeService(sys, SERVICE, demo.tukiverkko);
    ok(
      await aino.post('/feedback', {
        arrangementId: running.id,
        respondent: 'family',
        answeredOn: await sys.today(),
        heard: 4,
        rightThings: 3,
        recommend: 9,
      }),
    );
    for (const reader of [petra, tukiverkko]) {
      const card = ok(await reader.get(`/suppliers/${demo.tukiverkko}/scorecard?serviceCode=${SERVICE}`));
      expect(card.running).toEqual([{ serviceCode: SERVICE, count: 1 }]);
      const all = card.services.find((s: { period: string }) => s.period === 'all');
      expect(all).toMatchObject({ answers: 1, withheld: true, nps: null, means: { heard: null } });
      const text = JSON.stringify(card);
      expect(text).not.toContain(demo.eetu.id);
      expect(text).not.toContain(demo.eetu.fullName);
      expect(text).not.toContain(running.id);
    }
  });

  it('is read by a supplier for itself only', async () => {
    ok(await tukiverkko.get(`/suppliers/${demo.tukiverkko}/scorecard`));
    const other = refused(await tukiverkko.get(`/suppliers/${demo.perhepolku}/scorecard`), 403);
    expect(other.problems).toEqual([]);
    refused(await tukiverkko.get('/suppliers/00000000-0000-4000-8000-00000000dead/scorecard'), 404);
    // The words of the families are not the supplier's to read, nor its running services' list.
    refused(await tukiverkko.get(`/suppliers/${demo.tukiverkko}/feedback-words`), 403);
    refused(await aino.get(`/suppliers/${demo.tukiverkko}/scorecard`), 403);
  });
});
