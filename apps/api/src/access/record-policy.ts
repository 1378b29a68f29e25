import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ArrangementStatus, PROVIDER_ROLES } from '../../../../libs/contracts';
import { type AuthUser, leadsUnit } from '../../../../libs/contracts';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';
import { permits } from './permissions';

/**
 * Which records, within the permissions the role table gives, a caller may touch: the one record rule of
 * the API. It is written once, as SQL, so that a single record (`assert`) and a list (`reach`) are
 * decided by the same words:
 *
 * | record            | own worker        | arranging     | team lead                          | procurement | supplier      | registrar | own production |
 * | arrangement       | their clients'    | their team's  | handled by, or of clients of, their teams | none | its own orders | none | its unit's orders |
 * | client            | their own         | none          | of own workers of their teams      | none        | none          | all       | none |
 * | person (user)     | none              | none          | of their teams                     | none        | none          | none      | none |
 * | team              | none              | their own     | those they lead                    | none        | none          | none      | none |
 * | supervision case  | their clients' feedback is part of it | all | all                    | but units'  | its own       | all       | its lead: its unit's |
 * | supplier          | all               | all           | all                                | all         | itself        | all       | its unit |
 *
 * An own-production unit's users (its lead and workers) are a provider's: they reach their unit's orders and
 * see of the client what a supplier does, the contact while they provide the service. A unit's supervision
 * case is its self-monitoring: its lead takes the supplier's part, and procurement, which supervises what the
 * county buys, neither sees nor acts on it (the service line's lead takes its part: case-actions.ts).
 *
 * The registrar reaches every client, but its permissions let it only find one (id, name, birth date) and
 * read the client's access log: the county's registry office answers any client's request.
 *
 * An arrangement follows its client's current own worker (a handover moves it). Refusals: 404 when the
 * id does not exist, 403 when it does and the caller may not touch it. Ids are random UUIDs, so telling
 * that one exists reveals nothing about anyone; the 403 tells a worker who mistyped nothing either.
 */
export type RecordKind = 'arrangement' | 'client' | 'person' | 'team' | 'supervision_case' | 'supplier';

/** The table and alias each kind's rule is written against. */
const TABLES: Record<RecordKind, { table: string; alias: string; what: string; refusal: string }> = {
  arrangement: {
    table: 'arrangement',
    alias: 'a',
    what: 'arrangement',
    refusal: 'this arrangement is not among those you handle',
  },
  client: {
    table: 'client',
    alias: 'c',
    what: 'client',
    refusal: "only the client's own worker, or the lead of their team, handles this client",
  },
  person: { table: 'app_user', alias: 'u', what: 'user', refusal: 'this person is not in a team you lead' },
  team: { table: 'team', alias: 't', what: 'team', refusal: 'this team is not yours' },
  supervision_case: {
    table: 'supervision_case',
    alias: 'sc',
    what: 'supervision case',
    refusal: 'this case is not among those you take part in',
  },
  supplier: {
    table: 'supplier',
    alias: 's',
    what: 'supplier',
    refusal: 'a supplier sees only its own record and figures',
  },
};

/** Adds a parameter and returns its placeholder. */
type Param = (value: unknown) => string;

/**
 * The records of a kind the caller reaches, as a condition on the kind's alias (a, c, u, t, sc).
 * Lists put it in their `where`; `assert` asks it of one row.
 */
export function reach(user: AuthUser, kind: RecordKind, p: Param): string {
  const ledTeamOf = (worker: string) =>
    `exists (select 1 from app_user w where w.id = ${worker} and w.team_id = any(${p(user.teams)}::text[]))`;
  switch (kind) {
    case 'arrangement':
      if (user.role === 'own_worker') return `a.own_worker_id = ${p(user.userId)}`;
      if (user.role === 'arranging') return `a.team_id = ${p(user.teamId)}`;
      if (user.role === 'team_lead')
        return `(a.team_id = any(${p(user.teams)}::text[]) or ${ledTeamOf('a.own_worker_id')})`;
      if (isProvider(user)) return `a.supplier_id = ${p(user.supplierId)}`;
      return 'false';
    case 'client':
      if (user.role === 'own_worker') return `c.own_worker_id = ${p(user.userId)}`;
      if (user.role === 'team_lead') return ledTeamOf('c.own_worker_id');
      if (user.role === 'registrar') return 'true';
      return 'false';
    case 'person':
      return user.role === 'team_lead' ? `u.team_id = any(${p(user.teams)}::text[])` : 'false';
    case 'team':
      if (user.role === 'arranging') return `t.id = ${p(user.teamId)}`;
      if (user.role === 'team_lead') return `t.id = any(${p(user.teams)}::text[])`;
      return 'false';
    case 'supervision_case':
      if (user.role === 'supplier') return `sc.supplier_id = ${p(user.supplierId)}`;
      // A unit's self-monitoring case is its lead's, as a supplier's case is the supplier's; not its workers'.
      if (user.role === 'own_production') return leadsUnit(user) ? `sc.supplier_id = ${p(user.supplierId)}` : 'false';
      // Procurement supervises what the county buys: a unit's self-monitoring has the line's lead in its place.
      if (user.role === 'procurement') return `not ${selfMonitoring('sc.supplier_id')}`;
      if (user.role === 'own_worker') {
        return `exists (select 1 from supervision_finding f join feedback fb on fb.id = f.feedback_id
                join arrangement fa on fa.id = fb.arrangement_id
                where f.case_id = sc.id and fa.own_worker_id = ${p(user.userId)})`;
      }
      return 'true';
    case 'supplier':
      return isProvider(user) ? `s.id = ${p(user.supplierId)}` : 'true';
  }
}

/** Whether the supplier is one of the county's own-production units, whose supervision is self-monitoring. */
export const selfMonitoring = (supplierId: string) =>
  `exists (select 1 from supplier own where own.id = ${supplierId} and own.own_production)`;

/** Statuses in which a supplier provides the service it accepted, and so needs to reach the family. */
const PROVIDING: readonly ArrangementStatus[] = ['arranged', 'granted', 'committed', 'active', 'reassessment_overdue'];

/** A provider's user: a supplier's, or an own-production unit's; `supplierId` names the provider. */
export function isProvider(user: AuthUser): boolean {
  return PROVIDER_ROLES.includes(user.role);
}

/** Procurement never learns who a client is: where it must see services, it sees ids and codes. */
export function seesClients(user: AuthUser): boolean {
  return user.role !== 'procurement';
}

/**
 * How much of the client a caller sees on an arrangement they reach: everything for the county's
 * workers; for a supplier only the name, address and contact, and only while it provides the service
 * it accepted; for procurement nothing.
 */
export function clientShown(user: AuthUser, status: ArrangementStatus): 'full' | 'contact' | 'none' {
  if (!seesClients(user)) return 'none';
  if (isProvider(user)) return PROVIDING.includes(status) ? 'contact' : 'none';
  return 'full';
}

/**
 * Whether the caller reads the self-monitoring findings (with the route's permission): the service line's
 * leads every unit's; of a unit's people, only its lead, its own.
 */
export function readsSelfMonitoring(user: AuthUser): boolean {
  return permits(user.role, 'report.self_monitoring.read') && (user.role !== 'own_production' || leadsUnit(user));
}

/** Whether the caller sees what the county's workers write about a family (proposals, reasons, justifications). */
export function seesCaseTexts(user: AuthUser): boolean {
  return !isProvider(user) && seesClients(user);
}

/** Texts addressed to the supplier under supervision: the question, its answer, the plan asked of it. */
const TO_THE_SUPPLIER = new Set(['clarification_requested', 'clarification_answered', 'corrective_action_required']);

/**
 * Whether the caller sees a supervision step's text. The supplier sees what is addressed to it; a
 * statement about a family is seen by the teams, the team lead and the worker who wrote it, never by
 * procurement, the supplier or another family's worker.
 */
export function caseTextShown(user: AuthUser, type: string, authorId: string): boolean {
  if (isProvider(user)) return TO_THE_SUPPLIER.has(type);
  if (type !== 'statement_added') return true;
  if (!seesClients(user)) return false;
  return user.role !== 'own_worker' || authorId === user.userId;
}

/** The one check for a single record: allowed, or a 404 (no such id) or 403 (not the caller's). */
@Injectable()
export class RecordPolicy {
  constructor(private readonly ds: DataSource) {}

  async assert(user: AuthUser, kind: RecordKind, id: string): Promise<void> {
    RecordPolicy.require(kind, id, await this.reaches(user, kind, id));
  }

  /**
   * The same check for a row read with the rule beside it (`reach` as a column of the statement that reads
   * it, one round trip instead of two): `allowed` null when there is no such record.
   */
  static require(kind: RecordKind, id: string, allowed: boolean | null): void {
    const { what, refusal } = TABLES[kind];
    if (allowed === null) throw DomainError.notFound(what, id);
    if (!allowed) throw new DomainError(ErrorCode.Forbidden, refusal);
  }

  /** Whether the caller reaches the record; null when there is no such record. */
  async reaches(user: AuthUser, kind: RecordKind, id: string): Promise<boolean | null> {
    const params: unknown[] = [id];
    const { table, alias } = TABLES[kind];
    const condition = reach(user, kind, (v) => `$${params.push(v)}`);
    const [row] = await select<{ allowed: boolean }>(
      this.ds,
      `select coalesce((${condition}), false) as allowed from ${table} ${alias} where ${alias}.id = $1`,
      params,
    );
    return row ? row.allowed : null;
  }
}
