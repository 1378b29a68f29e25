import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, CONTRACT_ENDS_ALERT, PROJECTION_FAILED, RUNNING_STATUSES } from '../../../../libs/contracts';
import type { ArrangementActionFacts } from '../../../../libs/domain/actions/arrangement-actions';
import { visitRefusal } from '../../../../libs/domain/actions/visit-actions';
import type { ArrangementEntity } from '../../../../libs/persistence/entities/arrangement.entity';
import { arrangementActionFactsSql, arrangementActionsFor, visitActionsFor } from '../access/allowed-actions';
import { ATTENTION } from '../arrangements/attention';
import { FLAGS_SQL } from './running-flags';
import { dateOf } from '../../../../libs/domain/dates';
import { addToInstant } from '../../../../libs/domain/zoned-arithmetic';
import { AccessLogService } from '../access/access-log.service';
import { reach, seesCaseTexts } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { ArrangementReads } from '../arrangements/arrangement-reads.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import type { RunningListQueryDto, UseQueryDto, VisitCorrectionDto, VisitDto } from './running.dto';

interface CancellationTerms {
  freeCancellationHours?: number;
  lateCancellationChargePercent?: number;
}

const HOUR_MS = 3_600_000;

/**
 * What happens while a service runs, beside the process: visits delivered and cancelled, their use
 * against the payment commitment, and the team lead's lists of what needs acting on.
 */
@Injectable()
export class RunningService {
  constructor(
    private readonly ds: DataSource,
    private readonly arrangements: ArrangementReads,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * Records a visit. A late cancellation by the client is charged as the supplier's contract says;
   * one by the supplier never is. The same idempotency key records the visit once.
   */
  async recordVisit(id: string, user: AuthUser, key: string, dto: VisitDto) {
    const a = await this.arrangements.viewable(id, user);
    await this.arrangements.requireAllowed(a, user, 'recordVisit');
    const v = await this.visitValues(a, dto);
    const visitId = uuidFromName(`visit:${id}:${key}`);
    await this.ds.query(
      `insert into visit (id, arrangement_id, visit_on, starts_at, hours, status, cancelled_by, cancelled_at,
         notice_hours, charged_hours, recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (id) do nothing`,
      [
        visitId,
        id,
        v.visitOn,
        dto.startsAt,
        dto.hours,
        dto.status,
        dto.cancelledBy,
        dto.cancelledAt,
        v.noticeHours,
        v.charged,
        user.userId,
      ],
    );
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'visit', recordId: visitId, action: 'create' }]);
    const [visit] = await this.visitsWhere('v.id = $1', [visitId]);
    return visit;
  }

  /**
   * Corrects a visit recorded wrongly, as its rule allows (libs/domain/actions/visit-actions.ts): its values
   * edited and charged anew, or the record cancelled (void, charging nothing). The visit as it was is kept
   * with the correction, who made it and why; the month's use is read from the visits as they now are.
   */
  async correctVisit(id: string, visitId: string, user: AuthUser, key: string, dto: VisitCorrectionDto) {
    const a = await this.arrangements.viewable(id, user);
    const correctionId = uuidFromName(`visit-correction:${visitId}:${user.userId}:${key}`);
    const [done]: unknown[] = await this.ds.query('select 1 from visit_correction where id = $1', [correctionId]);
    if (!done) {
      const state = await this.arrangements.stateOf(a);
      // Judged before anything is written, and again under the visit's lock: a cancel and an edit sent at
      // once are judged one after the other.
      const judged = async (db: Pick<DataSource, 'query'>) => {
        const [visit]: (Record<string, unknown> & { voided: boolean })[] = await db.query(
          `select to_char(v.visit_on, 'YYYY-MM-DD') as "visitOn", v.starts_at as "startsAt", v.hours::float as hours, v.status,
                  v.cancelled_by as "cancelledBy", v.cancelled_at as "cancelledAt", v.notice_hours::float as "noticeHours",
                  v.charged_hours::float as "chargedHours", v.recorded_by as "recordedBy", v.recorded_at as "recordedAt",
                  v.voided
           from visit v where v.id = $1 and v.arrangement_id = $2 for update`,
          [visitId, id],
        );
        if (!visit) throw DomainError.notFound('visit', visitId);
        const refusal = visitRefusal(dto.kind, state, visit, actorOf(user));
        if (refusal) {
          const code = refusal.kind === 'forbidden' ? ErrorCode.Forbidden : ErrorCode.InvalidTransition;
          throw new DomainError(code, refusal.message);
        }
        return visit;
      };
      await judged(this.ds);
      const edit = dto.visit;
      const v = edit && (await this.visitValues(a, edit, 'visit.startsAt'));
      // Logged before the change, as a recorded visit is: a change is never made without its log row.
      await this.accessLog.record(user, [
        { clientId: a.clientId, record: 'visit', recordId: visitId, action: 'change' },
      ]);
      await this.ds.transaction(async (m) => {
        const before = await judged(m);
        const inserted: unknown[] = await m.query(
          `insert into visit_correction (id, visit_id, kind, reason, before, after, corrected_by)
           values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing returning id`,
          [
            correctionId,
            visitId,
            dto.kind,
            dto.reason,
            JSON.stringify(before),
            edit && JSON.stringify(edit),
            user.userId,
          ],
        );
        if (inserted.length === 0) return;
        if (edit && v) {
          await m.query(
            `update visit set visit_on = $2, starts_at = $3, hours = $4, status = $5, cancelled_by = $6,
               cancelled_at = $7, notice_hours = $8, charged_hours = $9 where id = $1`,
            [
              visitId,
              v.visitOn,
              edit.startsAt,
              edit.hours,
              edit.status,
              edit.cancelledBy,
              edit.cancelledAt,
              v.noticeHours,
              v.charged,
            ],
          );
        } else {
          await m.query('update visit set voided = true, charged_hours = 0 where id = $1', [visitId]);
        }
      });
    }
    const [visit] = await this.visitsWhere('v.id = $1', [visitId]);
    return {
      ...shownTo(user, visit!),
      allowedActions: visitActionsFor(user, await this.arrangements.stateOf(a), visit as { voided: boolean }),
    };
  }

  /**
   * A visit's day, notice and charged hours: a late cancellation by the client is charged as the supplier's
   * contract says; one by the supplier never is. Refused (naming `field`) outside the service's days, and on
   * a day the service had stopped with no decision in force: no visit of those days is paid, and the county
   * would rather the supplier heard so when recording it than find an unpaid line on its invoice.
   */
  private async visitValues(a: ArrangementEntity, dto: VisitDto, field = 'startsAt') {
    const visitOn = dateOf(new Date(dto.startsAt));
    const [stopped]: { fromOn: string; toOn: string | null }[] = await this.ds.query(
      `select to_char(from_on, 'YYYY-MM-DD') as "fromOn", to_char(to_on, 'YYYY-MM-DD') as "toOn" from service_stop
       where arrangement_id = $1 and $2::date >= from_on and (to_on is null or $2::date <= to_on)`,
      [a.id, visitOn],
    );
    if (stopped) {
      throw DomainError.invalidField(
        field,
        'no_decision_in_force',
        `the service had no decision in force from ${stopped.fromOn}${stopped.toOn ? ` to ${stopped.toOn}` : ''}: ` +
          'a visit on those days is not paid',
      );
    }
    const lastDay = a.endedOn ?? a.periodEnd;
    if ((a.startedOn && visitOn < a.startedOn) || (lastDay && visitOn > lastDay)) {
      throw DomainError.invalidField(
        field,
        'within_service',
        `must fall between the start of the service (${a.startedOn}) and ${lastDay ?? 'its end'}`,
      );
    }
    const noticeHours =
      dto.cancelledAt === null ? null : (Date.parse(dto.startsAt) - Date.parse(dto.cancelledAt)) / HOUR_MS;
    const terms = await this.termsOf(a.contractId);
    const charged =
      dto.status === 'delivered'
        ? dto.hours
        : dto.cancelledBy === 'client' && noticeHours !== null && noticeHours < (terms.freeCancellationHours ?? 0)
          ? (dto.hours * (terms.lateCancellationChargePercent ?? 0)) / 100
          : 0;
    return { visitOn, noticeHours: noticeHours === null ? null : Math.round(noticeHours * 100) / 100, charged };
  }

  /** The visits with their corrections (who, when, why, the visit before) and how the caller may correct each. */
  async visits(id: string, user: AuthUser) {
    const a = await this.arrangements.viewable(id, user);
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'visit', recordId: id, action: 'read' }]);
    const [visits, state] = await Promise.all([
      this.visitsWhere('v.arrangement_id = $1', [id]),
      this.arrangements.stateOf(a),
    ]);
    return visits.map((v) => ({
      ...shownTo(user, v),
      allowedActions: visitActionsFor(user, state, v as { voided: boolean }),
    }));
  }

  /** A month's use against the payment commitment: delivered, cancelled, charged, and what is left. */
  async use(id: string, user: AuthUser, q: UseQueryDto) {
    const a = await this.arrangements.viewable(id, user);
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'visit', recordId: id, action: 'read' }]);
    const from = `${q.month}-01`;
    const [commitment]: CommitmentRow[] = await this.ds.query(
      `select kind, status, units_per_month as "unitsPerMonth", unit, unit_price_cents as "unitPriceCents",
              to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo",
              to_char(closed_on, 'YYYY-MM-DD') as "closedOn"
       from payment_commitment where arrangement_id = $1 order by seq desc limit 1`,
      [id],
    );
    const [use]: UseRow[] = await this.ds.query(
      `select count(*) filter (where status = 'delivered')::int as "deliveredVisits",
              coalesce(sum(hours) filter (where status = 'delivered'), 0)::float as "deliveredHours",
              count(*) filter (where cancelled_by = 'client')::int as "clientCancellations",
              count(*) filter (where cancelled_by = 'client' and charged_hours > 0)::int as "lateClientCancellations",
              count(*) filter (where cancelled_by = 'supplier')::int as "supplierCancellations",
              coalesce(sum(hours) filter (where status = 'cancelled'), 0)::float as "cancelledHours",
              -- Days with no decision in force are never charged, as the view visit_charge prices them.
              coalesce(sum(charged_hours) filter (where not exists (
                select 1 from service_stop ss where ss.arrangement_id = visit.arrangement_id
                  and visit.visit_on >= ss.from_on and (ss.to_on is null or visit.visit_on <= ss.to_on))), 0)::float
                as "chargedHours"
       from visit where arrangement_id = $1 and not voided and visit_on >= $2::date and visit_on < ($2::date + interval '1 month')`,
      [id, from],
    );
    // Each visit at the commitment in force on its day and in its contract's unit (the view `visit_charge`).
    const [cost]: { amountCents: number | null }[] = await this.ds.query(
      `select round(sum(units * unit_price_cents))::float as "amountCents" from visit_charge
       where arrangement_id = $1 and charged_on >= $2::date and charged_on < ($2::date + interval '1 month')`,
      [id, from],
    );
    const committed = commitment?.unitsPerMonth ?? null;
    const charged = use!.chargedHours;
    return {
      arrangementId: a.id,
      month: q.month,
      commitment: commitment ?? null,
      ...use!,
      remainingHours: committed === null ? null : committed - charged,
      overCommitment: committed !== null && charged > committed,
      amountCents: commitment?.unitPriceCents == null ? null : (cost?.amountCents ?? 0),
    };
  }

  /** The lists of running services that need someone to act, of the services the caller reaches. */
  async list(user: AuthUser, q: RunningListQueryDto) {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    switch (q.list) {
      case undefined:
        where.push(`a.status = any(${p(RUNNING_STATUSES)}::text[])`);
        break;
      case 'evaluation_overdue':
        where.push(ATTENTION.evaluationOverdue);
        break;
      case 'continuation_due':
        where.push(ATTENTION.continuationDue);
        break;
      case 'continuation_overdue':
        where.push(ATTENTION.continuationOverdue);
        break;
      case 'change_pending':
        where.push(ATTENTION.changePending);
        break;
      case 'contract_ending':
      case 'needs_attention':
        where.push(
          `exists (select 1 from alert al where al.arrangement_id = a.id
             and al.kind = ${p(q.list === 'contract_ending' ? CONTRACT_ENDS_ALERT : PROJECTION_FAILED)}
             and al.resolved_at is null)`,
        );
        break;
      case 'ending_soon':
        where.push(
          `a.status = 'active'`,
          `a.period_ends_at <= ${p(addToInstant(new Date(), q.within))}`,
          `a.continuation_outcome is distinct from 'continue'`,
        );
        break;
    }
    where.push(reach(user, 'arrangement', p));
    if (q.teamId) where.push(`a.team_id = ${p(q.teamId)}`);
    const order = q.list === 'evaluation_overdue' ? 'a.next_evaluation_due_at' : 'a.period_ends_at';
    const rows: ListRow[] = await this.ds.query(
      `select a.id, a.status, a.service_code as "serviceCode", a.team_id as "teamId", a.own_worker_id as "ownWorkerId",
              a.supplier_id as "supplierId", a.period_no as "period", to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd",
              a.period_ends_at as "periodEndsAt", a.continuation_due_at as "continuationDueAt",
              a.continuation_outcome as "continuationOutcome", a.next_evaluation_due_at as "nextEvaluationDueAt",
              a.reassessment_overdue_since as "reassessmentOverdueSince", ${FLAGS_SQL} as attention,
              c.id as "clientId", c.full_name as "clientName", ${arrangementActionFactsSql('a.state')} as state
       from arrangement a join client c on c.id = a.client_id
       where ${where.join(' and ')}
       order by ${order}, a.id
       limit ${p(q.limit)}`,
      params,
    );
    await this.accessLog.listed(
      user,
      rows.map((r) => r.clientId),
      'arrangement',
    );
    return rows.map(({ clientId, clientName, state, ...r }) => ({
      ...r,
      client: { id: clientId, name: clientName },
      allowedActions: arrangementActionsFor(user, state),
    }));
  }

  private async termsOf(contractId: string | null): Promise<CancellationTerms> {
    if (!contractId) return {};
    const [row]: { terms: CancellationTerms }[] = await this.ds.query(
      'select cancellation_terms as terms from supplier_contract where id = $1',
      [contractId],
    );
    return row?.terms ?? {};
  }

  private visitsWhere(condition: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return this.ds.query(
      `select v.id, to_char(v.visit_on, 'YYYY-MM-DD') as "visitOn", v.starts_at as "startsAt", v.hours::float as hours,
              v.status, v.cancelled_by as "cancelledBy", v.cancelled_at as "cancelledAt",
              v.notice_hours::float as "noticeHours", v.charged_hours::float as "chargedHours",
              v.recorded_by as "recordedBy", v.recorded_at as "recordedAt", v.voided,
              coalesce((
                select json_agg(json_build_object('kind', c.kind, 'reason', c.reason, 'before', c.before,
                         'correctedBy', c.corrected_by, 'correctedByName', u.full_name, 'correctedAt', c.corrected_at)
                       order by c.corrected_at, c.id)
                from visit_correction c left join app_user u on u.id = c.corrected_by where c.visit_id = v.id
              ), '[]'::json) as corrections
       from visit v where ${condition} order by v.starts_at, v.id`,
      params,
    );
  }
}

interface CommitmentRow {
  kind: string;
  status: string;
  unitsPerMonth: number | null;
  unit: string | null;
  unitPriceCents: number | null;
  validFrom: string;
  validTo: string;
  closedOn: string | null;
}

interface UseRow {
  deliveredVisits: number;
  deliveredHours: number;
  clientCancellations: number;
  lateClientCancellations: number;
  supplierCancellations: number;
  cancelledHours: number;
  chargedHours: number;
}

type ListRow = Record<string, unknown> & {
  clientId: string;
  clientName: string;
  state: ArrangementActionFacts | null;
};

/** A visit as the caller may read it: why it was corrected is the county's case text, never the supplier's. */
function shownTo(user: AuthUser, visit: Record<string, unknown>): Record<string, unknown> {
  if (seesCaseTexts(user)) return visit;
  const corrections = (visit.corrections as Record<string, unknown>[]).map((c) => ({ ...c, reason: null }));
  return { ...visit, corrections };
}
