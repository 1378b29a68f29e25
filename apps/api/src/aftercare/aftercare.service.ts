import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  CostToldBody,
  RecordAftercareBody,
  ServiceElsewhereBody,
} from '../../../../libs/contracts/aftercare-commands';
import { aftercareEndsOn, aftercareProblems, allowedAftercareActions } from '../../../../libs/domain/aftercare';
import { clientPlanPdf } from '../../../../libs/letters/client-plan';
import {
  aftercareContacts,
  aftercareOf,
  type AftercareRow,
  livesHere,
  placedHere,
  servicesElsewhere,
  servicesHere,
} from '../../../../libs/persistence/aftercare';
import { AccessLogService } from '../access/access-log.service';
import { permits } from '../access/permissions';
import { RecordPolicy } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import { select } from '../common/postgres';

const facts = (row: AftercareRow) => ({
  placedHere: placedHere(row),
  livesHere: livesHere(row),
  planAgreed: row.planAgreedOn !== null,
});

/**
 * A young person's aftercare across counties (seed 003): who placed them and where they live, whom they contact
 * in each county, the services arranged here and elsewhere with their costs, and the client plan that lists them.
 */
@Injectable()
export class AftercareService {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: RecordPolicy,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The counties of the register, this one first; their notice addresses to one who sets them. */
  counties(user: AuthUser) {
    const addresses = permits(user.role, 'county.change');
    return select(
      this.ds,
      `select code, jsonb_build_object('fi', name_fi, 'sv', name_sv, 'en', name_en) as name, own,
              case when $1 then notice_url end as "noticeUrl",
              case when $1 and not own then '{setNoticeAddress}'::text[] else '{}'::text[] end as "allowedActions"
       from county order by own desc, name_fi`,
      [addresses],
    );
  }

  async setNoticeAddress(code: string, noticeUrl: string | null) {
    const [row] = await select<{ own: boolean }>(this.ds, 'select own from county where code = $1', [code]);
    if (!row) throw DomainError.notFound('county', code);
    if (row.own) throw new DomainError(ErrorCode.Conflict, 'this county sends the notices; it receives none itself');
    await this.ds.query('update county set notice_url = $2 where code = $1', [code, noticeUrl]);
    return { code, noticeUrl };
  }

  /** The young person's aftercare, whom they contact, and the services in both counties; the read is logged. */
  async read(clientId: string, user: AuthUser) {
    await this.policy.assert(user, 'client', clientId);
    const row = await aftercareOf(this.ds, clientId);
    await this.accessLog.record(user, [{ clientId, record: 'aftercare', action: 'read' }]);
    const mayRecord = permits(user.role, 'aftercare.record');
    if (!row) return { clientId, aftercare: null, allowedActions: allowedAftercareActions(null, mayRecord) };
    const [contacts, here, elsewhere] = await Promise.all([
      aftercareContacts(this.ds, row),
      servicesHere(this.ds, clientId),
      servicesElsewhere(this.ds, clientId),
    ]);
    return {
      clientId,
      aftercare: {
        basis: row.basis,
        startedOn: row.startedOn,
        endsOn: row.endsOn,
        placingCounty: row.placingCounty,
        residenceCounty: row.residenceCounty,
        placedHere: placedHere(row),
        livesHere: livesHere(row),
        planAgreedOn: row.planAgreedOn,
        ...contacts,
        servicesHere: here,
        servicesElsewhere: elsewhere,
      },
      allowedActions: allowedAftercareActions(facts(row), mayRecord),
    };
  }

  /** Records (or corrects) the young person's aftercare; refused naming every rule it breaks. */
  async record(clientId: string, user: AuthUser, body: RecordAftercareBody) {
    await this.policy.assert(user, 'client', clientId);
    const [client] = await select<{ dateOfBirth: string }>(
      this.ds,
      `select to_char(date_of_birth, 'YYYY-MM-DD') as "dateOfBirth" from client where id = $1`,
      [clientId],
    );
    const counties = await select<{ code: string; own: boolean }>(this.ds, 'select code, own from county');
    const problems = aftercareProblems(body, {
      dateOfBirth: client!.dateOfBirth,
      ownCounty: counties.find((c) => c.own)!.code,
      counties: new Set(counties.map((c) => c.code)),
    });
    if (problems.length) throw DomainError.invalid(problems);
    const r = body.responsibleWorker;
    const o = body.otherCountyContact;
    await this.accessLog.record(user, [{ clientId, record: 'aftercare', action: 'change' }]);
    await this.ds.query(
      `insert into aftercare (client_id, basis, started_on, ends_on, placing_county, residence_county, plan_agreed_on,
         responsible_name, responsible_team, responsible_phone, responsible_email,
         other_contact_name, other_contact_team, other_contact_phone, other_contact_email, recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       on conflict (client_id) do update set basis = excluded.basis, started_on = excluded.started_on,
         ends_on = excluded.ends_on, placing_county = excluded.placing_county,
         residence_county = excluded.residence_county, plan_agreed_on = excluded.plan_agreed_on,
         responsible_name = excluded.responsible_name, responsible_team = excluded.responsible_team,
         responsible_phone = excluded.responsible_phone, responsible_email = excluded.responsible_email,
         other_contact_name = excluded.other_contact_name, other_contact_team = excluded.other_contact_team,
         other_contact_phone = excluded.other_contact_phone, other_contact_email = excluded.other_contact_email,
         recorded_by = excluded.recorded_by, recorded_at = now()`,
      [
        clientId,
        body.basis,
        body.startedOn,
        aftercareEndsOn(client!.dateOfBirth),
        body.placingCounty,
        body.residenceCounty,
        body.planAgreedOn,
        r?.name ?? null,
        r?.team ?? null,
        r?.phone ?? null,
        r?.email ?? null,
        o?.name ?? null,
        o?.team ?? null,
        o?.phone ?? null,
        o?.email ?? null,
        user.userId,
      ],
    );
    return this.read(clientId, user);
  }

  /** A service the county the young person lives in arranges for them, as it told (placed from here). */
  async addServiceElsewhere(clientId: string, user: AuthUser, key: string, body: ServiceElsewhereBody) {
    const row = await this.placedFromHereLivingElsewhere(clientId, user);
    const id = uuidFromName(`aftercare-service:${clientId}:${user.userId}:${key}`);
    await this.accessLog.record(user, [{ clientId, record: 'aftercare', recordId: id, action: 'create' }]);
    await this.ds.query(
      `insert into aftercare_service_elsewhere (id, client_id, county_code, service, arranged_from, arranged_to,
         recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
      [id, clientId, row.residenceCounty, body.service, body.arrangedFrom, body.arrangedTo, user.userId],
    );
    return { id, countyCode: row.residenceCounty, ...body, costs: [] };
  }

  /** What the other county told a month of a service cost; told again, the newer figure stands. */
  async recordCost(clientId: string, serviceId: string, user: AuthUser, body: CostToldBody) {
    await this.placedFromHereLivingElsewhere(clientId, user);
    const [service] = await select(
      this.ds,
      'select id from aftercare_service_elsewhere where id = $1 and client_id = $2',
      [serviceId, clientId],
    );
    if (!service) throw DomainError.notFound('service elsewhere', serviceId);
    await this.accessLog.record(user, [{ clientId, record: 'aftercare', recordId: serviceId, action: 'change' }]);
    await this.ds.query(
      `insert into aftercare_cost_told (service_id, month, amount_cents, recorded_by) values ($1, $2, $3, $4)
       on conflict (service_id, month) do update set amount_cents = excluded.amount_cents,
         recorded_by = excluded.recorded_by, recorded_at = now()`,
      [serviceId, `${body.month}-01`, body.amountCents, user.userId],
    );
    return { serviceId, ...body };
  }

  /** The client plan as a PDF in the young person's language; each read logged. */
  async plan(clientId: string, user: AuthUser): Promise<Buffer> {
    await this.policy.assert(user, 'client', clientId);
    const pdf = await clientPlanPdf(this.ds, clientId);
    if (!pdf) throw DomainError.notFound('aftercare of client', clientId);
    await this.accessLog.record(user, [{ clientId, record: 'client_plan', action: 'read' }]);
    return pdf;
  }

  /**
   * The client plan sent to the other county concerned, as a delivery to its notice address: the PDF goes with
   * it as the plan stands when it is sent. Once per Idempotency-Key.
   */
  async sendPlan(clientId: string, user: AuthUser, key: string) {
    await this.policy.assert(user, 'client', clientId);
    const row = await aftercareOf(this.ds, clientId);
    if (!row) throw DomainError.notFound('aftercare of client', clientId);
    if (!allowedAftercareActions(facts(row), permits(user.role, 'aftercare.record')).includes('sendPlan')) {
      const message =
        row.planAgreedOn === null
          ? 'record the day the client plan was agreed first'
          : 'no other county is part of this aftercare';
      throw new DomainError(ErrorCode.Conflict, message, [{ field: 'planAgreedOn', rule: 'client_plan', message }]);
    }
    const countyCode = placedHere(row) ? row.residenceCounty : row.placingCounty;
    const messageKey = `plan:${clientId}:${uuidFromName(`${user.userId}:${key}`)}`;
    await this.accessLog.record(user, [{ clientId, record: 'client_plan', action: 'create' }]);
    await this.ds.query(
      `insert into outbox (message_key, topic, payload) values ($1, 'county.client_plan', $2)
       on conflict (message_key) do nothing`,
      [messageKey, JSON.stringify({ clientId, countyCode, planAgreedOn: row.planAgreedOn })],
    );
    return { clientId, countyCode, messageKey };
  }

  private async placedFromHereLivingElsewhere(clientId: string, user: AuthUser): Promise<AftercareRow> {
    await this.policy.assert(user, 'client', clientId);
    const row = await aftercareOf(this.ds, clientId);
    if (!row) throw DomainError.notFound('aftercare of client', clientId);
    if (!placedHere(row) || livesHere(row)) {
      const message = 'services elsewhere are recorded for a young person placed from here who lives in another county';
      throw new DomainError(ErrorCode.Conflict, message, [
        { field: 'residenceCounty', rule: 'county_concerned', message },
      ]);
    }
    return row;
  }
}
