import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SupplierContractEntity } from '../../../../libs/persistence/entities/reference.entity';
import { COUNTED_IN_SURVEY, MIN_ANSWERS_SHOWN } from '../../../../libs/domain/feedback';
import { DomainError } from '../common/domain-error';
import { inForce } from '../contracts/in-force';

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
   * Suppliers that may be ordered from for a service on a date (a contract in force that day: not
   * suspended, within its validity, not ended before it; a contract a supervision case ended blocks the
   * supplier at once), at the contract's price on that day, each with its feedback picture for the service: NPS
   * over its answers (withheld under the minimum shown) and its open supervision cases.
   */
  async offering(serviceCode: string, on: string): Promise<SupplierOffer[]> {
    const rows: SupplierOffer[] = await this.ds.query(
      `select s.id as "supplierId", s.name as "supplierName", c.id as "contractId", c.unit,
              contract_price_on(c.id, $2::date) as "unitPriceCents", to_char(c.valid_from, 'YYYY-MM-DD') as "validFrom",
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
       where c.service_code = $1 and ${inForce('c', '$2')}
       order by "unitPriceCents", s.name`,
      [serviceCode, on, MIN_ANSWERS_SHOWN, COUNTED_IN_SURVEY],
    );
    return rows;
  }

  async validContract(supplierId: string, serviceCode: string, on: string): Promise<SupplierContractEntity> {
    const contract = await this.ds
      .getRepository(SupplierContractEntity)
      .createQueryBuilder('c')
      .where('c.supplier_id = :supplierId and c.service_code = :serviceCode', { supplierId, serviceCode })
      .andWhere(inForce('c', ':on'), { on })
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

  /**
   * The last day of a contract as it stands now (ended on a day before its validity's end, that day); null
   * for none. A new commitment never runs past it; one already made is not rewritten.
   */
  async contractEnd(contractId: string | null): Promise<string | null> {
    if (!contractId) return null;
    const contract = await this.ds.getRepository(SupplierContractEntity).findOneBy({ id: contractId });
    if (!contract) return null;
    return contract.endedOn && contract.endedOn < contract.validTo ? contract.endedOn : contract.validTo;
  }
}
