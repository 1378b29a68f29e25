import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RUNNING_STATUSES } from '../../../../libs/contracts';
import type { SupplierRecordBody } from '../../../../libs/contracts/supplier-commands';
import { today } from '../../../../libs/domain/dates';
import type { AuthUser } from '../auth/auth';
import { reach } from '../access/record-policy';
import { inForce } from '../contracts/in-force';
import { DomainError, ErrorCode } from '../common/domain-error';
import { newId } from '../common/ids';
import { pgCode, select, UNIQUE_VIOLATION } from '../common/postgres';
import { directoryActionsFor, supplierActionsFor } from './supplier-actions';

/** The record's fields as its history keeps them: the secret never, only whether it changed. */
interface Kept {
  name: string;
  businessId: string;
  orderEmail: string | null;
  webhookUrl: string | null;
}
const KEPT: (keyof Kept)[] = ['name', 'businessId', 'orderEmail', 'webhookUrl'];

/**
 * Procurement's register of suppliers: each supplier's name, business id, the address its orders go to
 * (a contract's own address comes first, see libs/delivery/deliverer.ts) and its webhook; every change kept
 * with who made it and when. The webhook's secret is written, never read back: the record says whether one
 * is kept.
 */
@Injectable()
export class SupplierRecordsService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Every supplier with its counts: contracts in force today, open cases, running services (never whose).
   * The open cases are those the caller takes part in: procurement does not count a unit's self-monitoring.
   */
  async directory(user: AuthUser) {
    const params: unknown[] = [today(), RUNNING_STATUSES];
    const p = (v: unknown) => `$${params.push(v)}`;
    const suppliers = await select<Record<string, unknown>>(
      this.ds,
      `select s.id, s.name, s.business_id as "businessId", s.own_production as "ownProduction",
              (select count(*)::int from supplier_contract c where c.supplier_id = s.id and ${inForce('c', '$1')})
                as "contractsInForce",
              (select count(*)::int from supervision_case sc
               where sc.supplier_id = s.id and sc.status <> 'closed' and ${reach(user, 'supervision_case', p)})
                as "openCases",
              (select count(*)::int from arrangement a where a.supplier_id = s.id and a.status = any($2::text[]))
                as "runningServices"
       from supplier s order by s.name, s.id`,
      params,
    );
    const allowedActions = supplierActionsFor(user);
    return { suppliers: suppliers.map((s) => ({ ...s, allowedActions })), allowedActions: directoryActionsFor(user) };
  }

  async one(id: string, user: AuthUser) {
    const [row] = await select<Record<string, unknown>>(
      this.ds,
      `select s.id, s.name, s.business_id as "businessId", s.own_production as "ownProduction",
              s.order_email as "orderEmail", s.webhook_url as "webhookUrl",
              (s.webhook_secret is not null) as "webhookSecretSet"
       from supplier s where s.id = $1`,
      [id],
    );
    if (!row) throw DomainError.notFound('supplier', id);
    const changes = await select<{
      kind: 'created' | 'changed';
      by: { id: string; name: string } | null;
      at: Date;
      before: Partial<Kept> | null;
      after: Kept;
      secretChanged: boolean;
    }>(
      this.ds,
      `select h.kind, case when u.id is null then null else jsonb_build_object('id', u.id, 'name', u.full_name) end as by,
              h.at, h.before, h.after, h.secret_changed as "secretChanged"
       from supplier_change h left join app_user u on u.id = h.by_user
       where h.supplier_id = $1 order by h.id`,
      [id],
    );
    const history = changes.map(({ before, after, secretChanged, ...c }) => ({
      ...c,
      fields: [
        ...KEPT.filter((k) => (before ? before[k] !== after[k] : after[k] !== null)),
        ...(secretChanged ? ['webhookSecret' as const] : []),
      ],
    }));
    return { ...row, history, allowedActions: supplierActionsFor(user) };
  }

  async create(dto: SupplierRecordBody, user: AuthUser) {
    const id = newId();
    await this.writing(async (m) => {
      await this.refuseTakenBusinessId(m, dto.businessId, null);
      const secret = requireSecret(dto, false);
      await m.query(
        `insert into supplier (id, business_id, name, own_production, order_email, webhook_url, webhook_secret)
         values ($1, $2, $3, false, $4, $5, $6)`,
        [id, dto.businessId, dto.name, dto.orderEmail, dto.webhookUrl, secret],
      );
      await this.record(m, id, 'created', user, null, kept(dto), secret !== null);
    });
    return this.one(id, user);
  }

  async change(id: string, dto: SupplierRecordBody, user: AuthUser) {
    await this.writing(async (m) => {
      const [was] = await select<Kept & { secretSet: boolean }>(
        m,
        `select name, business_id as "businessId", order_email as "orderEmail", webhook_url as "webhookUrl",
                (webhook_secret is not null) as "secretSet"
         from supplier where id = $1 for update`,
        [id],
      );
      if (!was) throw DomainError.notFound('supplier', id);
      await this.refuseTakenBusinessId(m, dto.businessId, id);
      // No webhook, no secret: a URL removed takes its secret with it; a new secret replaces the kept one.
      const secret = requireSecret(dto, was.secretSet);
      await m.query(
        `update supplier set name = $2, business_id = $3, order_email = $4, webhook_url = $5,
                webhook_secret = case when $5::text is null then null else coalesce($6, webhook_secret) end
         where id = $1`,
        [id, dto.name, dto.businessId, dto.orderEmail, dto.webhookUrl, secret],
      );
      const { secretSet, ...before } = was;
      const secretChanged = secret !== null || (secretSet && dto.webhookUrl === null);
      const after = kept(dto);
      if (secretChanged || KEPT.some((k) => before[k] !== after[k])) {
        await this.record(m, id, 'changed', user, before, after, secretChanged);
      }
    });
    return this.one(id, user);
  }

  /** A transaction whose insert or update may meet another supplier's business id at the same moment. */
  private async writing(work: (m: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.ds.transaction(work);
    } catch (err) {
      if (pgCode(err) === UNIQUE_VIOLATION) throw takenBusinessId();
      throw err;
    }
  }

  private async refuseTakenBusinessId(m: EntityManager, businessId: string, self: string | null): Promise<void> {
    const [other] = await select<{ id: string; name: string }>(
      m,
      'select id, name from supplier where business_id = $1 and id is distinct from $2::uuid',
      [businessId, self],
    );
    if (other) throw takenBusinessId(other.name);
  }

  private async record(
    m: EntityManager,
    id: string,
    kind: 'created' | 'changed',
    user: AuthUser,
    before: Kept | null,
    after: Kept,
    secretChanged: boolean,
  ): Promise<void> {
    await m.query(
      `insert into supplier_change (supplier_id, kind, by_user, before, after, secret_changed)
       values ($1, $2, $3, $4, $5, $6)`,
      [id, kind, user.userId, before === null ? null : JSON.stringify(before), JSON.stringify(after), secretChanged],
    );
  }
}

const kept = (dto: SupplierRecordBody): Kept => ({
  name: dto.name,
  businessId: dto.businessId,
  orderEmail: dto.orderEmail,
  webhookUrl: dto.webhookUrl,
});

/** The secret to write (null: none new); a webhook needs a secret, given now or kept from before. */
function requireSecret(dto: SupplierRecordBody, kept: boolean): string | null {
  const secret = dto.webhookSecret ?? null;
  if (dto.webhookUrl !== null && secret === null && !kept) {
    throw DomainError.invalidField('webhookSecret', 'webhook_secret', 'a webhook needs a secret to sign its posts');
  }
  return dto.webhookUrl === null ? null : secret;
}

function takenBusinessId(name?: string): DomainError {
  const message = name ? `the supplier ${name} has this business id` : 'another supplier has this business id';
  return new DomainError(ErrorCode.Conflict, `businessId: ${message}`, [
    { field: 'businessId', rule: 'business_id_taken', message },
  ]);
}
