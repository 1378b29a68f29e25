import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { today } from '../../../../libs/domain/dates';
import { decisionsOf } from '../../../../libs/letters/letter-store';
import { aftercareContacts, aftercareOf, countyNames } from '../../../../libs/persistence/aftercare';
import { AccessLogService, type FamilyRole } from '../access/access-log.service';
import { DomainError } from '../common/domain-error';
import { select } from '../common/postgres';
import type { FamilySession } from './family-sessions';

/**
 * The age from which a young person sees their own matters in the family's view: the Administrative
 * Procedure Act (434/2003) § 14 lets a minor of 15 act in a matter of their own person beside the guardian;
 * the Act on the Status and Rights of Social Welfare Clients (812/2000) §§ 10–11 weighs a minor's own view
 * by age and development. A fixed age simplifies "able to judge", a worker's assessment (docs/security.md).
 */
export const OWN_MATTERS_FROM_AGE = 15;

/**
 * Whose matters a person may see, and one rule for it: the clients they are the guardian of (the register's
 * `guardianship`), and themselves when they are a client of 15 or more. Everything else is 404, as if it
 * did not exist: a family learns nothing of another's records.
 */
export const FAMILY_CLIENTS = `
  select c.id, c.full_name as name, 'guardian' as "as"
  from guardianship g join client c on c.id = g.client_id
  where g.person_id = $1
  union all
  select c.id, c.full_name as name, 'client' as "as"
  from person p join client c on c.id = p.client_id
  where p.id = $1 and c.date_of_birth <= $2::date - make_interval(years => ${OWN_MATTERS_FROM_AGE})`;

export interface FamilyClientRow {
  id: string;
  name: string;
  as: FamilyRole;
}

@Injectable()
export class FamilyReach {
  constructor(
    readonly ds: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async clients(family: FamilySession): Promise<FamilyClientRow[]> {
    return select<FamilyClientRow>(this.ds, `${FAMILY_CLIENTS} order by name, id`, [family.personId, today()]);
  }

  /** The client, if the person may see them; otherwise 404 naming the id asked for. */
  async client(family: FamilySession, clientId: string): Promise<FamilyClientRow> {
    const [row] = await select<FamilyClientRow>(this.ds, `select * from (${FAMILY_CLIENTS}) x where id = $3`, [
      family.personId,
      today(),
      clientId,
    ]);
    if (!row) throw DomainError.notFound('client', clientId);
    return row;
  }

  /** Writes the rows of a family's read to the access log, naming the person and how they see the client. */
  log(family: FamilySession, client: FamilyClientRow, accesses: Parameters<AccessLogService['record']>[1]) {
    return this.accessLog.record(
      { userId: family.personId, role: client.as, teamId: null, supplierId: null },
      accesses.map((a) => ({ ...a, clientId: client.id })),
    );
  }

  /**
   * A client's arrangements that have a decision, each with its decisions, and whom to contact: in aftercare,
   * also the responsible worker, and the client plan there is to read.
   */
  async matters(client: FamilyClientRow) {
    const [contact] = await select<{
      ownWorker: string;
      team: Record<'fi' | 'sv' | 'en', string>;
      phone: string | null;
    }>(
      this.ds,
      `select u.full_name as "ownWorker", jsonb_build_object('fi', t.name_fi, 'sv', t.name_sv, 'en', t.name_en) as team,
              t.phone
       from client c join app_user u on u.id = c.own_worker_id join team t on t.id = u.team_id
       where c.id = $1`,
      [client.id],
    );
    const arrangements = await select<{
      id: string;
      serviceCode: string;
      service: Record<string, string> | null;
      status: string;
      periodStart: string | null;
      periodEnd: string | null;
      nextEvaluationOn: string | null;
      justification: string | null;
      goals: string | null;
    }>(
      this.ds,
      `select a.id, a.service_code as "serviceCode",
              (select s->'name' from catalogue_version v, jsonb_array_elements(v.services) s
               where v.version = a.catalogue_version and s->>'code' = a.service_code) as service,
              a.status, to_char(a.period_start, 'YYYY-MM-DD') as "periodStart",
              to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd",
              case when a.status = 'active'
                then to_char(a.next_evaluation_due_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD') end
                as "nextEvaluationOn",
              -- The proposal's justification and goals are the family's to read; the workers' other notes
              -- (statements, supervision) are not shown here.
              t.body->>'justification' as justification, t.body->>'goals' as goals
       from arrangement a left join arrangement_text t on t.id = a.proposal_revision_id
       where a.client_id = $1 and exists (select 1 from decision_record d where d.arrangement_id = a.id)
       order by a.created_at, a.id`,
      [client.id],
    );
    const withDecisions = await Promise.all(
      arrangements.map(async (a) => ({
        ...a,
        service: a.service ?? { fi: a.serviceCode, sv: a.serviceCode, en: a.serviceCode },
        decisions: (await decisionsOf(this.ds, a.id)).map(({ notification: _how, ...d }) => d),
      })),
    );
    const aftercare = await this.aftercare(client.id);
    return {
      ...client,
      contact: { ...contact!, responsibleWorker: aftercare?.responsibleWorker ?? null },
      clientPlan: aftercare !== null,
      arrangements: withDecisions,
    };
  }

  /**
   * A young person's aftercare as the family's view shows it: the responsible worker (whom aftercareContacts
   * names: the placing county's), their team and county in each language, the phone; null when not in aftercare.
   */
  private async aftercare(clientId: string) {
    const row = await aftercareOf(this.ds, clientId);
    if (!row) return null;
    const languages = ['fi', 'sv', 'en'] as const;
    const [contacts, counties] = await Promise.all([
      Promise.all(languages.map((l) => aftercareContacts(this.ds, row, l))),
      Promise.all(languages.map((l) => countyNames(this.ds, l))),
    ]);
    const w = contacts[0]!.responsibleWorker;
    const each = (name: (i: number) => string) =>
      Object.fromEntries(languages.map((l, i) => [l, name(i)])) as Record<(typeof languages)[number], string>;
    return {
      responsibleWorker: {
        name: w.name,
        team: each((i) => contacts[i]!.responsibleWorker.team),
        phone: w.phone,
        county: each((i) => counties[i]!.get(w.county) ?? w.county),
      },
    };
  }

  /** The client of an arrangement the person may see; 404 otherwise (another family's, or none). */
  async clientOfArrangement(family: FamilySession, arrangementId: string): Promise<FamilyClientRow> {
    const [row] = await select<{ clientId: string }>(
      this.ds,
      'select client_id as "clientId" from arrangement where id = $1',
      [arrangementId],
    );
    if (!row) throw DomainError.notFound('arrangement', arrangementId);
    return this.client(family, row.clientId).catch(() => {
      throw DomainError.notFound('arrangement', arrangementId);
    });
  }
}
