import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import { USERS } from '../../libs/persistence/dev/demo-region';
import { type ApiUser, demo, proposal, type System } from './api';
import { ok } from './expect';

/**
 * A service of the tests' own, published by a team lead as a copy of home help with `changes`: its figures
 * and durations belong to the test that made it. Through the development API, which takes periods of
 * seconds as the public catalogue API does not. It is named by its code in every language (unless
 * `changes` names it), so that a list of services never shows two by home help's name.
 */
export async function publishTestService(
  teamLead: ApiUser,
  code: string,
  note: string,
  changes: Record<string, unknown> = {},
): Promise<void> {
  const [latest] = ok(await teamLead.get('/catalogue/versions'));
  const card = ok(await teamLead.get('/catalogue/services/home_help'));
  delete card.version;
  delete card.allowedActions;
  ok(
    await teamLead.put(`/dev-api/catalogue/services/${code}`, {
      basedOnVersion: latest.version,
      note,
      service: {
        ...card,
        code,
        name: { fi: `Testipalvelu ${code}`, sv: `Testtjänst ${code}`, en: `Test service ${code}` },
        legalBases: ['SHL'],
        ...changes,
      },
    }),
  );
}

/** Procurement's contract for a test service: valid for as long as the tests will run, or until `validTo`. */
export async function contract(
  db: DataSource,
  c: {
    id: string;
    supplierId: string;
    serviceCode: string;
    priceCents: number;
    terms?: Record<string, number>;
    validTo?: string;
  },
): Promise<void> {
  await db.query(
    `insert into supplier_contract (id, supplier_id, service_code, unit, unit_price_cents, valid_from, valid_to,
       cancellation_terms, order_answer_working_days)
     values ($1, $2, $3, 'hour', $4, '2020-01-01', $6, $5, 3) on conflict (id) do nothing`,
    [c.id, c.supplierId, c.serviceCode, c.priceCents, JSON.stringify(c.terms ?? {}), c.validTo ?? '2099-12-31'],
  );
}

/**
 * Takes a proposal of aino's for Eetu (or of `ownWorker`'s for `clientId`; assessed on `needsAssessedOn`,
 * by default today) through the queue to an active service starting today as the server counts it: bought
 * from `supplierId` (which accepts the order), or from own production when it is null. `proposed` overrides
 * the proposal's fields (its hours, say).
 */
export async function activeService(
  sys: System,
  serviceCode: string,
  supplierId: string | null,
  needsAssessedOn?: string,
  clientId: string = demo.eetu.id,
  ownWorker: ApiUser = sys.as('aino'),
  proposed: Record<string, unknown> = {},
) {
  const [aino, sanna] = [ownWorker, sys.as('sanna')];
  const today = await sys.today();
  needsAssessedOn ??= today;
  const { id } = ok(
    await aino.post(
      '/arrangements',
      proposal(clientId, { serviceCode, needsAssessedOn, desiredStartOn: today, ...proposed }),
    ),
  );
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  if (supplierId) {
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId }));
    const supplier = USERS.find((u) => u.supplierId === supplierId)!.username;
    ok(await sys.as(supplier).post(`/arrangements/${id}/order-response`, { accept: true }));
  } else {
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production' }));
  }
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
  return ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
}

/** A real PDF, as a supplier's office software writes one. */
export function pdfOf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on('data', (b: Buffer) => parts.push(b));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.text(text);
    doc.end();
  });
}
