import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../../libs/contracts';
import { DomainError } from '../common/domain-error';
import { select } from '../common/postgres';

/** Statuses in which a unit has taken an order on: its hours count against the unit's capacity. */
const TAKEN_ON = ['arranged', 'granted', 'committed', 'active', 'reassessment_overdue'];

export interface UnitCapacityRow {
  supplierId: string;
  unitName: string;
  serviceCode: string;
  hoursPerMonth: number;
  hoursTakenOn: number;
}

/**
 * The county's own-production units as providers: a unit is a supplier record marked own production, its
 * users have the `own_production` role with the unit as their supplier, and its capacity is hours a month
 * per service. What a unit does with an order is the supplier's path (the order, its answer, visits).
 */
@Injectable()
export class UnitsService {
  constructor(private readonly ds: DataSource) {}

  /** Own production is ordered from one of the county's units, never from a supplier. */
  async requireUnit(supplierId: string): Promise<void> {
    const [unit] = await select(this.ds, 'select 1 from supplier where id = $1 and own_production', [supplierId]);
    if (!unit) {
      throw DomainError.invalidField(
        'supplierId',
        'own_production_unit',
        `${supplierId} is not one of the county's own-production units`,
      );
    }
  }

  /** The worker a unit names on accepting works in that unit and is still at work. */
  async requireWorker(unitId: string | null, workerId: string): Promise<void> {
    const [worker] = await select(
      this.ds,
      `select 1 from app_user where id = $1 and role = 'own_production' and supplier_id = $2 and disabled_at is null`,
      [workerId, unitId],
    );
    if (!worker) {
      throw DomainError.invalidField('workerId', 'unit_worker', `${workerId} is not an active worker of the unit`);
    }
  }

  /** The active users of the caller's unit, the lead among them: whom the unit may name to work with a family. */
  workers(user: AuthUser): Promise<{ id: string; name: string }[]> {
    return select(
      this.ds,
      `select id, full_name as name from app_user
       where role = 'own_production' and supplier_id = $1 and disabled_at is null order by full_name`,
      [user.supplierId],
    );
  }

  /**
   * Each unit's capacity against the hours a month of the services it has taken on: a unit's user sees
   * their unit's; the county's workers choosing a way see every unit's.
   */
  capacity(user: AuthUser): Promise<UnitCapacityRow[]> {
    return this.capacityOf(user.role === 'own_production' ? user.supplierId : null, null);
  }

  /**
   * A unit accepts an order only while the service's hours fit in what it has left of its capacity for the
   * service (none where it has no capacity for it); else it declines with `no_capacity`.
   */
  async requireCapacity(unitId: string, serviceCode: string, hoursAsked: number): Promise<void> {
    const [row] = await this.capacityOf(unitId, serviceCode);
    const free = Math.max(0, (row?.hoursPerMonth ?? 0) - (row?.hoursTakenOn ?? 0));
    if (hoursAsked > free) {
      throw DomainError.invalidField(
        'accept',
        'unit_capacity',
        `the unit has ${free} of its ${row?.hoursPerMonth ?? 0} hours a month of ${serviceCode} free and the order ` +
          `asks for ${hoursAsked}: decline it with the cause no_capacity`,
      );
    }
  }

  /** The one computation of a unit's capacity and the hours it has taken on, per unit and service. */
  capacityOf(unitId: string | null, serviceCode: string | null): Promise<UnitCapacityRow[]> {
    return select<UnitCapacityRow>(
      this.ds,
      `select uc.supplier_id as "supplierId", s.name as "unitName", uc.service_code as "serviceCode",
              uc.hours_per_month as "hoursPerMonth",
              coalesce((select sum(a.hours_per_month) from arrangement a
                        where a.supplier_id = uc.supplier_id and a.service_code = uc.service_code
                          and a.status = any($3::text[])), 0)::int as "hoursTakenOn"
       from unit_capacity uc join supplier s on s.id = uc.supplier_id
       where ($1::uuid is null or uc.supplier_id = $1) and ($2::text is null or uc.service_code = $2)
       order by s.business_id, uc.service_code`,
      [unitId, serviceCode, TAKEN_ON],
    );
  }
}
