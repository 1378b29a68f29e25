import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ArrangementStatus } from '../../../../libs/contracts';
import { parkedCount } from '../../../../libs/delivery/outbox';
import { AccessLogService } from '../access/access-log.service';
import { permits } from '../access/permissions';
import { clientShown, reach } from '../access/record-policy';
import { ATTENTION } from '../arrangements/attention';
import type { AuthUser } from '../auth/auth';
import { select } from '../common/postgres';
import { ATTENTION_CATEGORIES, type AttentionCategory } from './attention.responses';

/** The Finnish day of an instant, in SQL. */
const day = (instant: string) => `(${instant} at time zone 'Europe/Helsinki')::date`;
const TODAY = day('now()');

/** Each category: its rule (one home: ATTENTION), and the day it was due or has waited since. */
const CATEGORIES: Record<AttentionCategory, { where: string; dueOn?: string; waitingSince?: string }> = {
  continuation_overdue: {
    where: ATTENTION.continuationOverdue,
    dueOn: day('coalesce(a.reassessment_overdue_since, a.period_ends_at)'),
  },
  // The decision is wanted before the period ends: its end is the day it is due by.
  continuation_due: { where: ATTENTION.continuationDue, dueOn: day('a.period_ends_at') },
  evaluation_overdue: { where: ATTENTION.evaluationOverdue, dueOn: day('a.next_evaluation_due_at') },
  access_overdue: { where: ATTENTION.accessOverdue, dueOn: 'a.due_on' },
  change_pending: {
    where: ATTENTION.changePending,
    waitingSince: day(
      `(select max(e.occurred_at) from arrangement_event e
        where e.arrangement_id = a.id and e.type = 'change_requested')`,
    ),
  },
  unmet_need: {
    where: ATTENTION.unmetNeedOpen,
    waitingSince: day(
      `(select min(u.recorded_at) from unmet_need u where u.arrangement_id = a.id and u.resolved_at is null)`,
    ),
  },
};

interface Row {
  arrangementId: string;
  status: ArrangementStatus;
  serviceCode: string;
  municipalityCode: string;
  municipality: { fi: string; sv: string; en: string };
  dueOn: string | null;
  daysLate: number | null;
  waitingSince: string | null;
  clientId: string;
  clientName: string;
  total: number;
}

/**
 * What needs someone to act now, for a team lead (the teams they lead) or a team member (their team):
 * each category by the same rule as the lists that show it elsewhere, counted, with its first rows.
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly ds: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async now(user: AuthUser, limit: number) {
    const sections = [];
    const shownClients: string[] = [];
    for (const category of ATTENTION_CATEGORIES) {
      const rows = await this.rowsOf(user, category, limit);
      sections.push({
        category,
        count: rows[0]?.total ?? 0,
        rows: rows.map(({ clientId, clientName, total: _total, ...r }) => {
          const shown = clientShown(user, r.status) === 'full';
          if (shown) shownClients.push(clientId);
          return { ...r, client: shown ? { id: clientId, name: clientName } : null };
        }),
      });
    }
    await this.accessLog.listed(user, shownClients, 'arrangement');
    return {
      sections,
      parkedDeliveries: permits(user.role, 'delivery.read') ? await parkedCount(this.ds) : null,
    };
  }

  private rowsOf(user: AuthUser, category: AttentionCategory, limit: number): Promise<Row[]> {
    const { where, dueOn = 'null::date', waitingSince = 'null::date' } = CATEGORIES[category];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    return select<Row>(
      this.ds,
      `select a.id as "arrangementId", a.status, a.service_code as "serviceCode",
              c.municipality_code as "municipalityCode",
              json_build_object('fi', m.name_fi, 'sv', m.name_sv, 'en', m.name_fi) as municipality,
              to_char(${dueOn}, 'YYYY-MM-DD') as "dueOn",
              (${TODAY} - ${dueOn})::int as "daysLate", to_char(${waitingSince}, 'YYYY-MM-DD') as "waitingSince",
              c.id as "clientId", c.full_name as "clientName", count(*) over ()::int as total
       from arrangement a join client c on c.id = a.client_id join municipality m on m.code = c.municipality_code
       where (${where}) and ${reach(user, 'arrangement', p)}
       order by ${dueOn} nulls last, ${waitingSince} nulls last, a.id
       limit ${p(limit)}`,
      params,
    );
  }
}
