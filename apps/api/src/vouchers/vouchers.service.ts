import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../../libs/contracts';
import type { VoucherUnit } from '../../../../libs/contracts/voucher-commands';
import { CatalogueService } from '../catalogue/catalogue.service';
import { DomainError } from '../common/domain-error';
import { pgCode, select } from '../common/postgres';
import type { SetVoucherValueDto, VoucherProviderDto } from './vouchers.dto';

export interface VoucherValue {
  serviceCode: string;
  unit: VoucherUnit;
  valueCents: number;
  validFrom: string;
  source: string;
}

export interface VoucherProvider {
  supplierId: string;
  supplierName: string;
  serviceCode: string;
  approvedOn: string;
  withdrawnOn: string | null;
}

const FOREIGN_KEY_VIOLATION = '23503';

const PROVIDER_COLUMNS = `p.supplier_id as "supplierId", s.name as "supplierName", p.service_code as "serviceCode",
  to_char(p.approved_on, 'YYYY-MM-DD') as "approvedOn", to_char(p.withdrawn_on, 'YYYY-MM-DD') as "withdrawnOn"`;

/**
 * Service vouchers: the county's value of each service's voucher, kept as history from the day it applies,
 * and the suppliers approved to accept it. The one place that says which providers a family may choose
 * from and what the voucher is worth on a day; a voucher's commitment and letter read the same table.
 */
@Injectable()
export class VouchersService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  /** The voucher of a service on a day: its value, and the providers a family may choose from. */
  async offer(serviceCode: string, on: string) {
    const [value, providers] = await Promise.all([this.valueOn(serviceCode, on), this.providers(serviceCode, on)]);
    return { serviceCode, on, value, providers };
  }

  /** The value in force on a day: the latest set from that day or before; null while none is set. */
  async valueOn(serviceCode: string, on: string): Promise<VoucherValue | null> {
    const [value] = await select<VoucherValue>(
      this.ds,
      `select service_code as "serviceCode", unit, value_cents as "valueCents",
              to_char(valid_from, 'YYYY-MM-DD') as "validFrom", source
       from voucher_value where service_code = $1 and valid_from <= $2::date
       order by valid_from desc, id desc limit 1`,
      [serviceCode, on],
    );
    return value ?? null;
  }

  /** The suppliers approved as the voucher's providers on a day (not yet withdrawn), by name. */
  providers(serviceCode: string, on: string): Promise<VoucherProvider[]> {
    return select<VoucherProvider>(
      this.ds,
      `select ${PROVIDER_COLUMNS}
       from voucher_provider p join supplier s on s.id = p.supplier_id
       where p.service_code = $1 and p.approved_on <= $2::date and (p.withdrawn_on is null or p.withdrawn_on > $2::date)
       order by s.name`,
      [serviceCode, on],
    );
  }

  /**
   * A voucher may be chosen when the county has set its value and the family's choice accepts it:
   * otherwise there would be nothing to commit, or a provider the county never approved.
   */
  async requireChoosable(supplierId: string, serviceCode: string, on: string): Promise<void> {
    if (!(await this.valueOn(serviceCode, on))) {
      throw DomainError.invalidField('way', 'voucher_value', `the county has set no voucher value for ${serviceCode}`);
    }
    if (!(await this.providers(serviceCode, on)).some((p) => p.supplierId === supplierId)) {
      throw DomainError.invalidField(
        'supplierId',
        'voucher_provider',
        `supplier ${supplierId} is not approved to accept the voucher of ${serviceCode} on ${on}`,
      );
    }
  }

  /** A new value from its day: a commitment or letter of an earlier day keeps the value in force then. */
  async setValue(dto: SetVoucherValueDto, user: AuthUser): Promise<VoucherValue> {
    await this.requireService(dto.serviceCode);
    const [value] = await select<VoucherValue>(
      this.ds,
      `insert into voucher_value (service_code, unit, value_cents, valid_from, source, set_by)
       values ($1, $2, $3, $4, $5, $6)
       returning service_code as "serviceCode", unit, value_cents as "valueCents",
                 to_char(valid_from, 'YYYY-MM-DD') as "validFrom", source`,
      [dto.serviceCode, dto.unit, dto.valueCents, dto.validFrom, dto.source, user.userId],
    );
    return value!;
  }

  /** Approves a supplier as a provider of a service's voucher, or records the approval's withdrawal. */
  async setProvider(dto: VoucherProviderDto, user: AuthUser): Promise<VoucherProvider> {
    await this.requireService(dto.serviceCode);
    try {
      await this.ds.query(
        `insert into voucher_provider (supplier_id, service_code, approved_on, withdrawn_on, approved_by)
         values ($1, $2, $3, $4, $5)
         on conflict (supplier_id, service_code) do update
           set approved_on = excluded.approved_on, withdrawn_on = excluded.withdrawn_on,
               approved_by = excluded.approved_by`,
        [dto.supplierId, dto.serviceCode, dto.approvedOn, dto.withdrawnOn, user.userId],
      );
    } catch (err) {
      if (pgCode(err) === FOREIGN_KEY_VIOLATION) {
        throw DomainError.invalidField('supplierId', 'known_supplier', `no supplier ${dto.supplierId}`);
      }
      throw err;
    }
    const [provider] = await select<VoucherProvider>(
      this.ds,
      `select ${PROVIDER_COLUMNS} from voucher_provider p join supplier s on s.id = p.supplier_id
       where p.supplier_id = $1 and p.service_code = $2`,
      [dto.supplierId, dto.serviceCode],
    );
    return provider!;
  }

  private async requireService(code: string): Promise<void> {
    const known = (await this.catalogue.current()).services.some((s) => s.code === code);
    if (!known) throw DomainError.invalidField('serviceCode', 'known_service', `no service ${code} in the catalogue`);
  }
}
