import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FINDING_SOURCES, type FindingSource } from '../../../../libs/contracts';
import { readsSelfMonitoring } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * The self-monitoring plan's findings per own-production unit and quarter: bad feedback on the unit's
 * services and its planned visits' concerns, counted by source. Counts only, never whose feedback, so no
 * client's access log is written. A finding falls in the quarter of what it rests on: the day the feedback
 * was answered, the day of the visit.
 */
@Injectable()
export class SelfMonitoringReportService {
  constructor(private readonly ds: DataSource) {}

  async findings(user: AuthUser, year: number) {
    // The service line's leads see every unit; a unit's lead their own; the unit's workers none.
    if (!readsSelfMonitoring(user)) {
      throw new DomainError(ErrorCode.Forbidden, "the unit's findings are its lead's and the service line's");
    }
    const unitId = user.role === 'own_production' ? user.supplierId : null;
    const units = await select<{ supplierId: string; unitName: string }>(
      this.ds,
      `select id as "supplierId", name as "unitName" from supplier
       where own_production and ($1::uuid is null or id = $1) order by name`,
      [unitId],
    );
    const counts = await select<{ supplierId: string; quarter: number; source: FindingSource; count: number }>(
      this.ds,
      // A finding's day (rests_on): the day its feedback was answered, its visit's day, or else the day it was recorded.
      `select f.supplier_id as "supplierId", extract(quarter from f.rests_on)::int as quarter, f.source,
              count(*)::int as count
       from supplier s join supervision_finding f on f.supplier_id = s.id
         and f.rests_on >= make_date($1, 1, 1) and f.rests_on < make_date($1 + 1, 1, 1)
       where s.own_production and ($2::uuid is null or s.id = $2)
       group by 1, 2, 3`,
      [year, unitId],
    );
    const count = (supplierId: string, quarter: number, source: FindingSource) =>
      counts.find((c) => c.supplierId === supplierId && c.quarter === quarter && c.source === source)?.count ?? 0;
    return {
      year,
      units: units.map((u) => ({
        ...u,
        quarters: QUARTERS.map((q) => {
          const bySource = Object.fromEntries(FINDING_SOURCES.map((s) => [s, count(u.supplierId, q, s)])) as Record<
            FindingSource,
            number
          >;
          return {
            quarter: `${year}-Q${q}`,
            feedback: bySource.feedback,
            plannedVisit: bySource.planned_visit,
            total: bySource.feedback + bySource.planned_visit,
          };
        }),
      })),
    };
  }
}
