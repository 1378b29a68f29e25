import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { today } from '../../../../libs/domain/dates';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { newId } from '../common/ids';
import { select } from '../common/postgres';
import type {
  ContractListQueryDto,
  CreateContractDto,
  EndContractDto,
  RenewContractDto,
  RepriceContractDto,
} from './contracts.dto';
import { contractActionsFor, contractRefusal, type ContractState } from './contract-actions';
import { inForce, lastDay } from './in-force';
import type { ContractAction } from '../../../../libs/contracts/actions';

type Kind = 'created' | 'renewed' | 'repriced' | 'suspended' | 'resumed' | 'ended';
/** The history row each change writes. */
const KIND: Record<ContractAction, Kind> = {
  renew: 'renewed',
  reprice: 'repriced',
  suspend: 'suspended',
  resume: 'resumed',
  end: 'ended',
};
type Status = 'active' | 'suspended' | 'terminated';
type Values = Record<string, unknown>;

/** The contract's own columns, as a change sees them before it is made. */
interface Current {
  id: string;
  supplierId: string;
  serviceCode: string;
  status: Status;
  validFrom: string;
  validTo: string;
  suspendedOn: string | null;
  endedOn: string | null;
}

const day = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

/** A contract as the API shows it, on `$1` (today). */
const CONTRACT = `
  select c.id, c.supplier_id as "supplierId", s.name as "supplierName", c.service_code as "serviceCode",
         c.procurement_decision as "procurementDecision", c.unit, contract_price_on(c.id, $1::date) as "unitPriceCents",
         coalesce((select jsonb_agg(jsonb_build_object('fromOn', ${day('p.from_on')}, 'unitPriceCents', p.unit_price_cents)
                   order by p.from_on) from contract_price p where p.contract_id = c.id), '[]') as prices,
         ${day('c.valid_from')} as "validFrom", ${day('c.valid_to')} as "validTo", c.status,
         ${day('c.suspended_on')} as "suspendedOn", ${day('c.ended_on')} as "endedOn", ${day(lastDay('c'))} as "lastDay",
         ${inForce('c', '$1')} as "inForceToday", c.cancellation_terms as "cancellationTerms",
         c.order_email as "orderEmail", c.order_answer_working_days as "orderAnswerWorkingDays"
  from supplier_contract c join supplier s on s.id = c.supplier_id`;

/**
 * Procurement's contracts: created from a procurement decision, renewed, repriced, suspended, resumed and
 * ended, each change and its history row (who, why, before and after) in one transaction. A change
 * applies to orders and commitments made from its day: a payment commitment already made keeps its price
 * and its end (the commitment copied them when it was made).
 */
@Injectable()
export class ContractsService {
  constructor(private readonly ds: DataSource) {}

  async list(q: ContractListQueryDto, user: AuthUser) {
    const on = today();
    const where: string[] = [];
    const params: unknown[] = [on];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (q.supplierId) where.push(`c.supplier_id = ${p(q.supplierId)}`);
    if (q.serviceCode) where.push(`c.service_code = ${p(q.serviceCode)}`);
    if (q.status) where.push(`c.status = ${p(q.status)}`);
    if (q.endingWithinDays !== undefined) {
      where.push(
        `c.status <> 'terminated' and c.valid_to between $1::date and $1::date + ${p(q.endingWithinDays)}::int`,
      );
    }
    const rows = await select<ContractState & Values>(
      this.ds,
      `${CONTRACT} ${where.length ? `where ${where.join(' and ')}` : ''}
       order by c.valid_to, s.name, c.service_code`,
      params,
    );
    return rows.map((c) => ({ ...c, allowedActions: contractActionsFor(user, c, on) }));
  }

  async one(id: string, user: AuthUser) {
    const on = today();
    const [row] = await select<ContractState & Values>(this.ds, `${CONTRACT} where c.id = $2`, [on, id]);
    if (!row) throw DomainError.notFound('contract', id);
    const contract = { ...row, allowedActions: contractActionsFor(user, row, on) };
    const history = await select(
      this.ds,
      `select h.kind, case when u.id is null then null else jsonb_build_object('id', u.id, 'name', u.full_name) end as by,
              h.reason, h.before, h.after, h.at
       from contract_change h left join app_user u on u.id = h.by_user
       where h.contract_id = $1 order by h.id`,
      [id],
    );
    const [running] = await select<{ running: number; past: number }>(
      this.ds,
      `select count(*)::int as running,
              count(*) filter (where pc.valid_to > coalesce(${lastDay('c')}, $2::date - 1))::int as past
       from payment_commitment pc join supplier_contract c on c.id = pc.contract_id
       where pc.contract_id = $1 and pc.status = 'open'`,
      [id, today()],
    );
    return { ...contract, history, runningCommitments: running?.running ?? 0, runningPastLastDay: running?.past ?? 0 };
  }

  async create(dto: CreateContractDto, user: AuthUser) {
    const id = newId();
    await this.ds.transaction(async (m) => {
      const [supplier] = await select(m, 'select 1 from supplier where id = $1', [dto.supplierId]);
      if (!supplier) throw DomainError.invalidField('supplierId', 'known_supplier', 'no such supplier');
      const [service] = await select(
        m,
        `select 1 from catalogue_version
         where version = (select max(version) from catalogue_version)
           and services @> jsonb_build_array(jsonb_build_object('code', $1::text))`,
        [dto.serviceCode],
      );
      if (!service) {
        throw DomainError.invalidField('serviceCode', 'known_service', 'no such service in the catalogue');
      }
      if (dto.validTo < today()) {
        throw DomainError.invalidField('validTo', 'not_in_past', 'a new contract must run at least until today');
      }
      await this.refuseOverlap(m, null, dto.supplierId, dto.serviceCode, dto.validFrom, dto.validTo, 'validFrom');
      await m.query(
        `insert into supplier_contract (id, supplier_id, service_code, procurement_decision, unit, unit_price_cents,
           valid_from, valid_to, cancellation_terms, order_email, order_answer_working_days)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          dto.supplierId,
          dto.serviceCode,
          dto.procurementDecision,
          dto.unit,
          dto.unitPriceCents,
          dto.validFrom,
          dto.validTo,
          JSON.stringify(dto.cancellationTerms),
          dto.orderEmail,
          dto.orderAnswerWorkingDays,
        ],
      );
      const { reason, ...terms } = dto;
      await this.record(m, id, 'created', user, reason, null, terms);
    });
    return this.one(id, user);
  }

  renew(id: string, dto: RenewContractDto, user: AuthUser) {
    return this.change(id, user, 'renew', dto.reason, async (c, m, on) => {
      if (dto.validTo <= c.validTo) {
        throw DomainError.invalidField(
          'validTo',
          'extends_validity',
          `must be after the present last day ${c.validTo}`,
        );
      }
      if (dto.validTo < on) throw DomainError.invalidField('validTo', 'not_in_past', 'must not be before today');
      await this.refuseOverlap(m, c.id, c.supplierId, c.serviceCode, c.validFrom, dto.validTo, 'validTo');
      await m.query('update supplier_contract set valid_to = $2 where id = $1', [c.id, dto.validTo]);
      return [{ validTo: c.validTo }, { validTo: dto.validTo }];
    });
  }

  reprice(id: string, dto: RepriceContractDto, user: AuthUser) {
    return this.change(id, user, 'reprice', dto.reason, async (c, m, on) => {
      if (dto.fromDate < on) {
        throw DomainError.invalidField('fromDate', 'not_in_past', 'a price applies from today or later');
      }
      if (dto.fromDate < c.validFrom || dto.fromDate > c.validTo) {
        throw DomainError.invalidField(
          'fromDate',
          'within_validity',
          `must be within the contract's validity ${c.validFrom}–${c.validTo}`,
        );
      }
      const [was] = await select<{ price: number }>(m, 'select contract_price_on($1, $2) as price', [
        c.id,
        dto.fromDate,
      ]);
      await m.query(
        `insert into contract_price (contract_id, from_on, unit_price_cents) values ($1, $2, $3)
         on conflict (contract_id, from_on) do update set unit_price_cents = excluded.unit_price_cents`,
        [c.id, dto.fromDate, dto.unitPriceCents],
      );
      return [
        { unitPriceCents: was?.price ?? null, fromDate: dto.fromDate },
        { unitPriceCents: dto.unitPriceCents, fromDate: dto.fromDate },
      ];
    });
  }

  suspend(id: string, reason: string, user: AuthUser) {
    return this.change(id, user, 'suspend', reason, async (c, m, on) => {
      await m.query(`update supplier_contract set status = 'suspended', suspended_on = $2 where id = $1`, [c.id, on]);
      return [{ status: c.status }, { status: 'suspended', suspendedOn: on }];
    });
  }

  resume(id: string, reason: string, user: AuthUser) {
    return this.change(id, user, 'resume', reason, async (c, m) => {
      await m.query(`update supplier_contract set status = 'active', suspended_on = null where id = $1`, [c.id]);
      return [
        { status: c.status, suspendedOn: c.suspendedOn },
        { status: 'active', suspendedOn: null },
      ];
    });
  }

  end(id: string, dto: EndContractDto, user: AuthUser) {
    return this.change(id, user, 'end', dto.reason, async (c, m, on) => {
      if (dto.endsOn < on) throw DomainError.invalidField('endsOn', 'not_in_past', 'a contract ends today or later');
      if (dto.endsOn < c.validFrom || dto.endsOn > c.validTo) {
        throw DomainError.invalidField(
          'endsOn',
          'within_validity',
          `must be within the contract's validity ${c.validFrom}–${c.validTo}`,
        );
      }
      await m.query(`update supplier_contract set status = 'terminated', ended_on = $2 where id = $1`, [
        c.id,
        dto.endsOn,
      ]);
      return [
        { status: c.status, validTo: c.validTo },
        { status: 'terminated', endedOn: dto.endsOn },
      ];
    });
  }

  /**
   * One change: the contract locked, the action's rule (contract-actions.ts, which also lists the contract's
   * allowedActions) checked, the change's own checks made and applied, and its history row, in one transaction.
   */
  private async change(
    id: string,
    user: AuthUser,
    action: ContractAction,
    reason: string,
    apply: (c: Current, m: EntityManager, on: string) => Promise<[Values, Values]>,
  ) {
    await this.ds.transaction(async (m) => {
      const [c] = await select<Current>(
        m,
        `select id, supplier_id as "supplierId", service_code as "serviceCode", status,
                ${day('valid_from')} as "validFrom", ${day('valid_to')} as "validTo",
                ${day('suspended_on')} as "suspendedOn", ${day('ended_on')} as "endedOn"
         from supplier_contract where id = $1 for update`,
        [id],
      );
      if (!c) throw DomainError.notFound('contract', id);
      const on = today();
      const refusal = contractRefusal(action, c, on);
      if (refusal) {
        throw new DomainError(ErrorCode.InvalidTransition, refusal.message, [{ field: 'status', ...refusal }]);
      }
      const [before, after] = await apply(c, m, on);
      await this.record(m, id, KIND[action], user, reason, before, after);
    });
    return this.one(id, user);
  }

  private async record(
    m: EntityManager,
    id: string,
    kind: Kind,
    user: AuthUser,
    reason: string,
    before: Values | null,
    after: Values,
  ): Promise<void> {
    await m.query(
      `insert into contract_change (contract_id, kind, by_user, reason, before, after) values ($1, $2, $3, $4, $5, $6)`,
      [id, kind, user.userId, reason, before === null ? null : JSON.stringify(before), JSON.stringify(after)],
    );
  }

  /** One contract per supplier and service at a time: a longer one is a renewal, not a second contract. */
  private async refuseOverlap(
    m: EntityManager,
    self: string | null,
    supplierId: string,
    serviceCode: string,
    from: string,
    to: string,
    field: string,
  ): Promise<void> {
    const [other] = await select<{ id: string }>(
      m,
      `select c.id from supplier_contract c
       where c.supplier_id = $1 and c.service_code = $2 and c.id is distinct from $3::uuid
         and c.status <> 'terminated' and c.valid_from <= $5::date and c.valid_to >= $4::date
       limit 1`,
      [supplierId, serviceCode, self, from, to],
    );
    if (other) {
      throw new DomainError(
        ErrorCode.Conflict,
        `${field}: the supplier has contract ${other.id} for the service then`,
        [{ field, rule: 'overlapping_contract', message: `contract ${other.id} covers the same service then` }],
      );
    }
  }
}
