import type { DataSource } from 'typeorm';
import type { ArrangementEntity } from '../../../../libs/persistence/entities/arrangement.entity';
import type { ClientEntity } from '../../../../libs/persistence/entities/reference.entity';
import { type AuthUser, PROVIDER_ROLES, SYSTEM_ACTOR_ID } from '../../../../libs/contracts';
import { ageBand, ageOn, dateOf, type IsoDate } from '../../../../libs/domain/dates';
import { addWorkingDays } from '../../../../libs/domain/working-days';
import { select } from '../common/postgres';

/**
 * What a record's reader needs beside its row, read in one query: the client, the proposal's text, and the
 * names beside the ids: who the own worker is, which team arranges, who handles it and who decided, who
 * provides the service; the client's municipality and age (told to a supplier only as a band); an order's day
 * and the day its answer is due by the contract. What of it the reader sees is the caller's to decide.
 */
interface FactsRow extends ClientEntity {
  proposal: Record<string, unknown> | null;
  ownWorkerName: string | null;
  teamFi: string | null;
  teamSv: string | null;
  teamEn: string | null;
  assigneeName: string | null;
  decidedByName: string | null;
  supplierName: string | null;
  ownProduction: boolean | null;
  municipalityFi: string;
  municipalitySv: string;
  orderedAt: Date | null;
  answerWorkingDays: number | null;
  unitWorkerName: string | null;
}

/**
 * The client's columns as the facts name them (the client as `c`, its municipality as `m`), read also where a
 * new draft's facts come from.
 */
export const CLIENT_FACTS = `c.id, c.full_name as "fullName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
  c.municipality_code as "municipalityCode", c.language, c.legal_basis as "legalBasis",
  c.own_worker_id as "ownWorkerId", c.address, c.contact_name as "contactName",
  c.contact_phone as "contactPhone", c.special_support_needs as "specialSupportNeeds",
  m.name_fi as "municipalityFi", m.name_sv as "municipalitySv"`;

/** The facts a new draft has: its client, own worker and team; no one has handled, decided or provided it yet. */
export type DraftFactsRow = Omit<
  FactsRow,
  | 'proposal'
  | 'assigneeName'
  | 'decidedByName'
  | 'supplierName'
  | 'ownProduction'
  | 'orderedAt'
  | 'answerWorkingDays'
  | 'unitWorkerName'
>;

/** The facts' statement for the arrangement whose id is `id` and the proposal revision `revision` (SQL each). */
export function factsStatement(id: string, revision: string): string {
  return `select ${CLIENT_FACTS}, pt.body as proposal, ow.full_name as "ownWorkerName",
            t.name_fi as "teamFi", t.name_sv as "teamSv", t.name_en as "teamEn",
            asg.full_name as "assigneeName", dec.full_name as "decidedByName",
            s.name as "supplierName", s.own_production as "ownProduction",
            (select max(e.occurred_at) from arrangement_event e
              where e.arrangement_id = a.id and e.type = 'arrangement_chosen') as "orderedAt",
            sc.order_answer_working_days as "answerWorkingDays", uw.full_name as "unitWorkerName"
     from arrangement a
     join client c on c.id = a.client_id
     join municipality m on m.code = c.municipality_code
     left join app_user ow on ow.id = a.own_worker_id
     left join team t on t.id = a.team_id
     left join app_user asg on asg.id = a.assignee_id
     left join app_user dec on dec.id = a.decided_by
     left join supplier s on s.id = a.supplier_id
     left join supplier_contract sc on sc.id = a.contract_id
     left join app_user uw on uw.id = (a.state->>'unitWorkerId')::uuid
     left join arrangement_text pt on pt.id = ${revision}
     where a.id = ${id}`;
}

export async function arrangementFacts(ds: DataSource, a: ArrangementEntity, today: IsoDate) {
  const [f] = await select<FactsRow>(ds, factsStatement('$1', '$2'), [a.id, a.proposalRevisionId]);
  if (!f) throw new Error(`arrangement ${a.id} has no row to read its facts from`);
  return factsOf(a, f, today);
}

/** The facts as `to_jsonb` gives them, read in the statement that reads the arrangement: instants as text. */
export type FactsJson = Omit<FactsRow, 'orderedAt'> & { orderedAt: string | null };

export function factsOfJson(a: ArrangementEntity, f: FactsJson, today: IsoDate) {
  return factsOf(a, { ...f, orderedAt: f.orderedAt === null ? null : new Date(f.orderedAt) }, today);
}

/** A draft's facts as it is written, from the row its proposal was checked against: no read after the write. */
export function draftFacts(
  a: ArrangementEntity,
  row: DraftFactsRow,
  proposal: Record<string, unknown>,
  today: IsoDate,
) {
  return factsOf(
    a,
    {
      ...row,
      proposal,
      assigneeName: null,
      decidedByName: null,
      supplierName: null,
      ownProduction: null,
      orderedAt: null,
      answerWorkingDays: null,
      unitWorkerName: null,
    },
    today,
  );
}

/** What a record's reader needs beside its row (the header above), before the reader's role picks from it. */
export type ArrangementFacts = ReturnType<typeof factsOf>;

function factsOf(a: ArrangementEntity, f: FactsRow, today: IsoDate) {
  const age = ageOn(f.dateOfBirth, today);
  const orderedOn = f.orderedAt && dateOf(f.orderedAt);
  const { proposal, id, fullName, dateOfBirth, municipalityCode, language, legalBasis, ownWorkerId } = f;
  const { address, contactName, contactPhone, specialSupportNeeds } = f;
  return {
    client: {
      id,
      fullName,
      dateOfBirth,
      municipalityCode,
      language,
      legalBasis,
      ownWorkerId,
      address,
      contactName,
      contactPhone,
      specialSupportNeeds,
    } satisfies ClientEntity,
    proposal,
    parties: {
      ownWorker: { id: a.ownWorkerId, name: f.ownWorkerName ?? '' },
      team: { id: a.teamId, name: { fi: f.teamFi ?? a.teamId, sv: f.teamSv ?? a.teamId, en: f.teamEn ?? a.teamId } },
      assignee: a.assigneeId && { id: a.assigneeId, name: f.assigneeName ?? '' },
      supplier: a.supplierId && { id: a.supplierId, name: f.supplierName ?? '', ownProduction: !!f.ownProduction },
      unitWorker: a.state?.unitWorkerId ? { id: a.state.unitWorkerId, name: f.unitWorkerName ?? '' } : null,
    },
    decidedByName: f.decidedByName,
    municipality: { fi: f.municipalityFi, sv: f.municipalitySv, en: f.municipalityFi },
    age,
    order:
      a.status === 'ordered' && orderedOn
        ? {
            orderedOn,
            answerBy: f.answerWorkingDays ? addWorkingDays(orderedOn, f.answerWorkingDays) : null,
            ageBand: ageBand(age),
          }
        : null,
  };
}

/**
 * Who did a step, by name and role, as the timeline says it to `reader`; the process itself is `system`.
 * A supplier is not told who at another supplier (one that declined the order) did a step: only the role.
 */
export async function actorsOf(ds: DataSource, ids: string[], reader: AuthUser) {
  const rows = await select<{ id: string; name: string; role: string; supplierId: string | null }>(
    ds,
    `select id, full_name as name, role, supplier_id as "supplierId" from app_user where id = any($1::uuid[])`,
    [[...new Set(ids)].filter((id) => id !== SYSTEM_ACTOR_ID)],
  );
  const hidden = (r: (typeof rows)[number]) =>
    PROVIDER_ROLES.includes(reader.role) && r.supplierId !== null && r.supplierId !== reader.supplierId;
  const byId = new Map(rows.map((r) => [r.id, { name: hidden(r) ? null : r.name, role: r.role }]));
  return (id: string) => (id === SYSTEM_ACTOR_ID ? { name: null, role: 'system' } : (byId.get(id) ?? null));
}
