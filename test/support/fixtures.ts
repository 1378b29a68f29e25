import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import { SUPPLIERS, USERS } from '../../libs/persistence/dev/demo-region';
import { type ApiUser, demo, type DemoUser, proposal, type System } from './api';
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
 * from `supplierId` (which accepts the order), or from own production when it is null (see `ownProduction`). `proposed` overrides
 * the proposal's fields (its hours, say); `team` is the arranging team's member who handles it (sanna's team
 * handles family social work, laura's child welfare).
 */
export async function activeService(
  sys: System,
  serviceCode: string,
  supplierId: string | null,
  needsAssessedOn?: string,
  clientId: string = demo.eetu.id,
  ownWorker: ApiUser = sys.as('aino'),
  proposed: Record<string, unknown> = {},
  team: ApiUser = sys.as('sanna'),
) {
  const [aino, sanna] = [ownWorker, team];
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
    await ownProduction(sys, id, sanna);
  }
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
  return ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
}

const [homeHelpUnit, familyWorkUnit] = SUPPLIERS.filter((s) => s.ownProduction).map((s) => s.id) as [string, string];

/**
 * The demo unit that provides a service, its lead (who answers its orders) and the worker the lead names:
 * the family work unit for family work, the home help unit for the rest (the tests' services copy home help).
 */
export function unitFor(serviceCode: string): { id: string; lead: DemoUser; worker: DemoUser } {
  return serviceCode === 'family_work' || serviceCode === 'intensified_family_work'
    ? { id: familyWorkUnit, lead: 'maria', worker: 'juho' }
    : { id: homeHelpUnit, lead: 'hanna', worker: 'leena' };
}

/**
 * Own production for an arrangement the `team` member has claimed: ordered from the demo unit for its
 * service, whose lead accepts naming the unit's worker, so that it is arranged. The test system's units have
 * room for every service the tests start (a capacity of their own for the tests' services too): the
 * capacity's refusals are tested on a service of their own (test/own-production.e2e-spec.ts).
 */
export async function ownProduction(sys: System, id: string, team: ApiUser = sys.as('sanna')) {
  const { serviceCode } = ok(await team.get<{ serviceCode: string }>(`/arrangements/${id}`));
  const unit = unitFor(serviceCode);
  await roomInUnit(sys, unit.id, serviceCode);
  ok(await team.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: unit.id }));
  return ok(
    await sys.as(unit.lead).post(`/arrangements/${id}/order-response`, {
      accept: true,
      workerId: demo.userId(unit.worker),
    }),
  );
}

/** The unit's capacity for the service, raised so that every service the tests order from it fits. */
export async function roomInUnit(sys: System, unitId: string, serviceCode: string): Promise<void> {
  await sys.db.query(
    `insert into unit_capacity (supplier_id, service_code, hours_per_month) values ($1, $2, $3)
     on conflict (supplier_id, service_code) do update set hours_per_month = greatest(unit_capacity.hours_per_month, $3)`,
    [unitId, serviceCode, ROOM_FOR_EVERY_TEST],
  );
}
const ROOM_FOR_EVERY_TEST = 100_000;

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
