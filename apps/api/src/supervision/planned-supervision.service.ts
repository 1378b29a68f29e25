import { recordFinding } from '../../../../libs/process-client/finding-delivery';
import { Injectable } from '@nestjs/common';
import { ScheduleAlreadyRunning, ScheduleNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { PLANNED_VISIT_WORKFLOW, plannedSupervisionScheduleId } from '../../../../libs/contracts';
import { millisecondsFrom } from '../../../../libs/domain/zoned-arithmetic';
import type { PlannedSupervisionAction, PlannedVisitAction } from '../../../../libs/contracts/actions';
import { supervises } from '../../../../libs/domain/actions/case-actions';
import { permits } from '../access/permissions';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import { select } from '../common/postgres';
import { TemporalClient } from '../common/temporal.module';
import type { PlannedVisitFindingsDto } from './supervision.dto';
import { SupervisionService } from './supervision.service';

/** The Schedule's note says its interval: the ISO duration is kept nowhere else (the spec holds milliseconds). */
const noteOf = (every: string) => `planned supervision every ${every}`;
const everyOf = (note: string | undefined): string | null =>
  /^planned supervision every (P\S+)$/.exec(note ?? '')?.[1] ?? null;

interface VisitRow {
  id: string;
  supplierId: string;
  status: 'due' | 'done';
  selfMonitoring: boolean;
}

/**
 * Planned supervision: a Temporal Schedule per supplier puts a visit on the list at each interval;
 * the visit's findings are recorded here, and a concern opens (or joins) the supplier's case. An
 * own-production unit's is planned self-monitoring on the same schedule, the service line's lead doing
 * procurement's part of the planning (case-actions.ts `supervises`), and its concern opens the unit's
 * self-monitoring case.
 */
@Injectable()
export class PlannedSupervisionService {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
    private readonly supervision: SupervisionService,
  ) {}

  async plan(supplierId: string, every: string, user: AuthUser) {
    await this.supplier(supplierId, user);
    const scheduleId = plannedSupervisionScheduleId(supplierId);
    const spec = { intervals: [{ every: millisecondsFrom(new Date(), every) }] };
    try {
      await this.temporal.call((client) =>
        client.schedule.create({
          scheduleId,
          spec,
          action: {
            type: 'startWorkflow',
            workflowType: PLANNED_VISIT_WORKFLOW,
            taskQueue: this.temporal.taskQueue,
            args: [{ supplierId }],
            workflowId: `planned-visit-${supplierId}`,
          },
          state: { note: noteOf(every) },
        }),
      );
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await this.temporal.call((client) =>
        client.schedule
          .getHandle(scheduleId)
          .update((s) => ({ ...s, spec, state: { ...s.state, note: noteOf(every) } })),
      );
    }
    return this.describe(supplierId);
  }

  async describe(supplierId: string) {
    try {
      const d = await this.temporal.call((client) =>
        client.schedule.getHandle(plannedSupervisionScheduleId(supplierId)).describe(),
      );
      return {
        supplierId,
        every: everyOf(d.state.note),
        note: d.state.note ?? null,
        paused: d.state.paused,
        nextVisits: d.info.nextActionTimes.slice(0, 5).map((t) => t.toISOString()),
        visitsMade: d.info.numActionsTaken,
      };
    } catch (err) {
      if (err instanceof ScheduleNotFoundError)
        throw DomainError.notFound('planned supervision of supplier', supplierId);
      throw err;
    }
  }

  async stop(supplierId: string, user: AuthUser) {
    await this.supplier(supplierId, user);
    try {
      await this.temporal.call((client) =>
        client.schedule.getHandle(plannedSupervisionScheduleId(supplierId)).delete(),
      );
    } catch (err) {
      if (err instanceof ScheduleNotFoundError)
        throw DomainError.notFound('planned supervision of supplier', supplierId);
      throw err;
    }
    return { supplierId, stopped: true };
  }

  /**
   * Every supplier bought from and every own-production unit (its self-monitoring; not procurement's), with
   * its planned supervision (or none), its visits due, and what the reader may do with its plan.
   */
  async plans(user: AuthUser) {
    const suppliers = await select<{
      supplierId: string;
      supplierName: string;
      selfMonitoring: boolean;
      dueVisits: number;
    }>(
      this.ds,
      `select s.id as "supplierId", s.name as "supplierName", s.own_production as "selfMonitoring",
              (select count(*)::int from planned_visit v where v.supplier_id = s.id and v.status = 'due') as "dueVisits"
       from supplier s where $1 or not s.own_production order by s.own_production, s.name`,
      [seesSelfMonitoring(user)],
    );
    return Promise.all(
      suppliers.map(async (s) => {
        const plan = await this.describe(s.supplierId).catch((err: unknown) => {
          if (err instanceof DomainError && err.code === ErrorCode.NotFound) return null;
          throw err;
        });
        return { ...s, plan, allowedActions: planActionsFor(user, plan !== null, s.selfMonitoring) };
      }),
    );
  }

  async visits(q: { supplierId?: string; status?: 'due' | 'done' }, user: AuthUser) {
    const rows = await select<VisitRow>(
      this.ds,
      `select v.id, v.supplier_id as "supplierId", s.name as "supplierName", s.own_production as "selfMonitoring",
              v.due_at as "dueAt", v.status, to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn", v.concern,
              v.findings, (select case_id from supervision_finding f where f.planned_visit_id = v.id) as "caseId"
       from planned_visit v join supplier s on s.id = v.supplier_id
       where ($1::uuid is null or v.supplier_id = $1) and ($2::text is null or v.status = $2)
         and ($3 or not s.own_production)
       order by v.due_at`,
      [q.supplierId ?? null, q.status ?? null, seesSelfMonitoring(user)],
    );
    return rows.map((v) => ({ ...v, allowedActions: visitActionsFor(user, v) }));
  }

  /** The visit's findings; a concern becomes a finding for the supplier's case, like bad feedback. */
  async recordFindings(id: string, user: AuthUser, dto: PlannedVisitFindingsDto) {
    const [visit] = await select<{ supplierId: string }>(
      this.ds,
      'select supplier_id as "supplierId" from planned_visit where id = $1',
      [id],
    );
    if (!visit) throw DomainError.notFound('planned visit', id);
    await this.supplier(visit.supplierId, user);
    await this.ds.transaction(async (m) => {
      // Held until the findings are written: the same visit sent twice at once is recorded once, its day with it.
      const [held] = await select<{ status: string }>(m, 'select status from planned_visit where id = $1 for update', [
        id,
      ]);
      if (held?.status === 'done') throw new DomainError(ErrorCode.InvalidTransition, 'the visit is already recorded');
      await m.query(
        `update planned_visit set status = 'done', visited_on = $2, concern = $3, findings = $4, recorded_by = $5,
           recorded_at = now() where id = $1`,
        [id, dto.visitedOn, dto.concern, JSON.stringify({ findings: dto.findings }), user.userId],
      );
      if (dto.concern) {
        await recordFinding(m, {
          id: uuidFromName(`finding:planned-visit:${id}`),
          supplierId: visit.supplierId,
          source: 'planned_visit',
          plannedVisitId: id,
          reasons: ['planned_visit_concern'],
        });
      }
    });
    await this.supervision.deliverPending();
    const [recorded] = (await this.visits({ supplierId: visit.supplierId }, user)).filter((v) => v.id === id);
    return recorded;
  }

  /** The supplier, if the caller supervises it: 404 when unknown, 403 for procurement on a unit's self-monitoring. */
  private async supplier(id: string, user: AuthUser): Promise<void> {
    const [s] = await select<{ selfMonitoring: boolean }>(
      this.ds,
      'select own_production as "selfMonitoring" from supplier where id = $1',
      [id],
    );
    if (!s) throw DomainError.notFound('supplier', id);
    if (!supervises(user.role, s.selfMonitoring)) {
      throw new DomainError(ErrorCode.Forbidden, "an own-production unit's self-monitoring is the service line's");
    }
  }

  /** The planned supervision of a supplier the caller supervises. */
  async describeFor(supplierId: string, user: AuthUser) {
    await this.supplier(supplierId, user);
    return this.describe(supplierId);
  }
}

/** Procurement supervises what the county buys; the units' self-monitoring is the service line's (case-actions.ts). */
const seesSelfMonitoring = (user: AuthUser) => supervises(user.role, true);

/** A plan is set or replaced by those who manage planned supervision, and stopped when there is one. */
function planActionsFor(user: AuthUser, planned: boolean, selfMonitoring: boolean): PlannedSupervisionAction[] {
  if (!permits(user.role, 'planned_supervision.manage') || !supervises(user.role, selfMonitoring)) return [];
  return planned ? ['plan', 'stopPlan'] : ['plan'];
}

/** A visit's findings are recorded once, while it is due, by those who supervise its supplier. */
function visitActionsFor(user: AuthUser, v: VisitRow): PlannedVisitAction[] {
  return permits(user.role, 'planned_visit.record') && supervises(user.role, v.selfMonitoring) && v.status === 'due'
    ? ['recordFindings']
    : [];
}
