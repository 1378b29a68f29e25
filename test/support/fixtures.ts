import type { DataSource } from 'typeorm';
import type { ApiUser } from './api';
import { ok } from './expect';

/**
 * A service of the tests' own, published through the API by a team lead as a copy of home help with
 * `changes`: its figures and durations belong to the test that made it.
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
  ok(
    await teamLead.put(`/catalogue/services/${code}`, {
      basedOnVersion: latest.version,
      note,
      service: { ...card, code, legalBases: ['SHL'], ...changes },
    }),
  );
}

/** Procurement's contract for a test service, valid for as long as the tests will run. */
export async function contract(
  db: DataSource,
  c: { id: string; supplierId: string; serviceCode: string; priceCents: number; terms?: Record<string, number> },
): Promise<void> {
  await db.query(
    `insert into supplier_contract (id, supplier_id, service_code, unit, unit_price_cents, valid_from, valid_to,
       cancellation_terms)
     values ($1, $2, $3, 'hour', $4, '2020-01-01', '2099-12-31', $5) on conflict (id) do nothing`,
    [c.id, c.supplierId, c.serviceCode, c.priceCents, JSON.stringify(c.terms ?? {})],
  );
}
