import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SupplierContractEntity } from '../../../../libs/persistence/entities/reference.entity';
import { COUNTED_IN_SURVEY, MIN_ANSWERS_SHOWN } from '../../../../libs/domain/feedback';
import { DomainError } from '../common/domain-error';

export interface SupplierOffer {
  supplierId: string;
  supplierName: string;
  contractId: string;
  unit: string;
  unitPriceCents: number;
  validFrom: string;
  validTo: string;
  scorecard: { answers: number; nps: number | null; openCases: number };
}

@Injectable()
export class SuppliersService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Suppliers that may be ordered from for a service on a date (an active contract covering it; a
   * terminated contract blocks the supplier), each with its feedback picture for the service: NPS
   * over its answers (withheld under the minimum shown) and its open supervision cases.
   */
  async offering(serviceCode: string, on: string): Promise<SupplierOffer[]> {
    const rows: SupplierOffer[] = await this.ds.query(
      `select s.id as "supplierId", s.name as "supplierName", c.id as "contractId", c.unit,
              c.unit_price_cents as "unitPriceCents", to_char(c.valid_from, 'YYYY-MM-DD') as "validFrom",
              to_char(c.valid_to, 'YYYY-MM-DD') as "validTo",
              jsonb_build_object(
                'answers', fb.n,
                'nps', case when fb.n >= $3 then round(100.0 * (fb.promoters - fb.detractors) / fb.n, 1)::float end,
                'openCases', (select count(*)::int from supervision_case sc where sc.supplier_id = s.id and sc.status <> 'closed')
              ) as scorecard
       from supplier_contract c join supplier s on s.id = c.supplier_id
       cross join lateral (
         select count(recommend)::int as n, count(*) filter (where recommend >= 9) as promoters,
                count(*) filter (where recommend <= 6) as detractors
         from feedback f where f.supplier_id = s.id and f.service_code = $1 and f.respondent = $4
       ) fb
       where c.service_code = $1 and c.status = 'active' and $2::date between c.valid_from and c.valid_to
       order by c.unit_price_cents, s.name`,
      [serviceCode, on, MIN_ANSWERS_SHOWN, COUNTED_IN_SURVEY],
    );
    return rows;
  }

  async validContract(supplierId: string, serviceCode: string, on: string): Promise<SupplierContractEntity> {
    const contract = await this.ds
      .getRepository(SupplierContractEntity)
      .createQueryBuilder('c')
      .where('c.supplier_id = :supplierId and c.service_code = :serviceCode', { supplierId, serviceCode })
      .andWhere(`c.status = 'active' and :on::date between c.valid_from and c.valid_to`, { on })
      .orderBy('c.valid_to', 'DESC')
      .getOne();
    if (!contract) {
      throw DomainError.invalidField(
        'supplierId',
        'valid_contract',
        `supplier ${supplierId} has no valid contract for ${serviceCode} on ${on}`,
      );
    }
    return contract;
  }

  /** The last day of a contract as it stands now (a terminated one may have ended early); null for none. */
  async contractEnd(contractId: string | null): Promise<string | null> {
    if (!contractId) return null;
    const contract = await this.ds.getRepository(SupplierContractEntity).findOneBy({ id: contractId });
    return contract?.validTo ?? null;
  }
}
