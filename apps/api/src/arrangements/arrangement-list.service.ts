import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ArrangementStatus } from '../../../../libs/contracts';
import type { ArrangementActionFacts } from '../../../../libs/domain/actions/arrangement-actions';
import { arrangementActionFactsSql, arrangementActionsFor } from '../access/allowed-actions';
import { AccessLogService } from '../access/access-log.service';
import { clientShown, reach } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { select } from '../common/postgres';
import type { ArrangementListQueryDto } from './arrangements.dto';
import { ATTENTION } from './attention';

/** What an arrangement waits for from its own worker, most urgent first; null when nothing. */
export const WAITS_FOR = [
  'continuation_overdue',
  'evaluation_overdue',
  'continuation_decision',
  'complete_proposal',
  'start_service',
  'submit_proposal',
  'feedback',
] as const;
export type WaitsFor = (typeof WAITS_FOR)[number];

interface Row {
  id: string;
  status: ArrangementStatus;
  serviceCode: string;
  hoursPerMonth: number;
  desiredStartOn: string | null;
  dueOn: string | null;
  supplierId: string | null;
  consultationOpen: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  supplierName: string | null;
  statusOn: string;
  updatedAt: Date;
  clientId: string;
  clientName: string;
  waitsFor: WaitsFor | null;
  state: ArrangementActionFacts | null;
}

/**
 * The arrangements the caller reaches, newest first: an own worker's clients' in every state with what
 * each waits for from them; a supplier's orders and services (without who the client is until it has
 * accepted). One access-log row per client listed.
 */
@Injectable()
export class ArrangementListService {
  constructor(
    private readonly ds: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async list(user: AuthUser, q: ArrangementListQueryDto) {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [reach(user, 'arrangement', p)];
    if (q.status) where.push(`a.status = any(${p(q.status)}::text[])`);
    if (q.clientId) where.push(`a.client_id = ${p(q.clientId)}`);
    const rows = await select<Row>(
      this.ds,
      `select a.id, a.status, a.service_code as "serviceCode", a.hours_per_month as "hoursPerMonth",
              to_char(a.desired_start_on, 'YYYY-MM-DD') as "desiredStartOn", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn",
              a.supplier_id as "supplierId", a.consultation_open as "consultationOpen",
              to_char(a.period_start, 'YYYY-MM-DD') as "periodStart",
              to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd", a.updated_at as "updatedAt",
              s.name as "supplierName",
              to_char(case
                when a.status = 'ended' then a.ended_on
                when a.status = 'active' then a.started_on
                when a.status = 'reassessment_overdue'
                  then (a.reassessment_overdue_since at time zone 'Europe/Helsinki')::date
                when a.status in ('granted', 'denied') then a.decided_on
                else (a.updated_at at time zone 'Europe/Helsinki')::date
              end, 'YYYY-MM-DD') as "statusOn",
              c.id as "clientId", c.full_name as "clientName", ${arrangementActionFactsSql('a.state')} as state,
              case
                when ${ATTENTION.continuationOverdue} then 'continuation_overdue'
                when ${ATTENTION.evaluationOverdue} then 'evaluation_overdue'
                when ${ATTENTION.continuationDue} then 'continuation_decision'
                when a.status = 'returned' then 'complete_proposal'
                when a.status = 'committed' then 'start_service'
                when a.status = 'draft' then 'submit_proposal'
                when exists (select 1 from feedback_request r where r.arrangement_id = a.id and r.status = 'open')
                  then 'feedback'
              end as "waitsFor"
       from arrangement a join client c on c.id = a.client_id
       left join supplier s on s.id = a.supplier_id
       where ${where.join(' and ')}
       order by a.updated_at desc, a.id
       limit ${p(q.limit)}`,
      params,
    );
    await this.accessLog.listed(
      user,
      rows.map((r) => r.clientId),
      'arrangement',
    );
    return rows.map(({ clientId, clientName, updatedAt, state, ...r }) => {
      const shown = clientShown(user, r.status);
      return {
        ...r,
        updatedAt: updatedAt.toISOString(),
        client: shown === 'none' ? null : shown === 'full' ? { id: clientId, name: clientName } : { name: clientName },
        allowedActions: arrangementActionsFor(user, state),
      };
    });
  }
}
