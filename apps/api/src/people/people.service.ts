import { handOverHistory } from '../../../../libs/persistence/arrangement-projection';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isFinishedStatus } from '../../../../libs/contracts';
import { today } from '../../../../libs/domain/dates';
import { AccessLogService } from '../access/access-log.service';
import { ownWorkerActionsFor } from '../access/allowed-actions';
import { reach, RecordPolicy } from '../access/record-policy';
import { ArrangementsService } from '../arrangements/arrangements.service';
import type { AuthUser } from '../auth/auth';
import { SessionStore } from '../auth/sessions';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import { select } from '../common/postgres';
import type { HandOverDto } from './people.dto';

/**
 * Every client always has an own worker (seed 000): a team lead hands a client over to another, every
 * right to act on the client's open arrangements moves with it, and a worker who leaves cannot be
 * disabled while anyone's own worker.
 */
@Injectable()
export class PeopleService {
  private readonly logger = new Logger(PeopleService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly arrangements: ArrangementsService,
    private readonly accessLog: AccessLogService,
    private readonly policy: RecordPolicy,
    private readonly sessions: SessionStore,
  ) {}

  async handOver(clientId: string, user: AuthUser, key: string, dto: HandOverDto) {
    const [handover] = await this.handOverMany([clientId], user, key, dto);
    return handover!;
  }

  /**
   * Clients handed over to one own worker together, all or none: every client is checked first, then every
   * client's move and its history row are written in one transaction; the open processes learn it after.
   */
  async handOverMany(clientIds: readonly string[], user: AuthUser, key: string, dto: HandOverDto) {
    for (const id of clientIds) await this.policy.assert(user, 'client', id);
    const clients = await select<{ id: string; ownWorkerId: string; legalBasis: string }>(
      this.ds,
      'select id, own_worker_id as "ownWorkerId", legal_basis as "legalBasis" from client where id = any($1::uuid[])',
      [clientIds],
    );
    const [worker] = await select<{
      role: string;
      profession: string | null;
      receives: boolean;
      leavingOn: string | null;
    }>(
      this.ds,
      `select role, profession, (disabled_at is null and (leaving_on is null or leaving_on > $2)) as receives,
              to_char(leaving_on, 'YYYY-MM-DD') as "leavingOn"
       from app_user where id = $1`,
      [dto.ownWorkerId, today()],
    );
    if (!worker || worker.role !== 'own_worker' || !worker.receives) {
      throw DomainError.invalidField('ownWorkerId', 'active_own_worker', 'must be an own worker who has not left');
    }
    // Clients go only to an own worker of a team the lead leads, as GET /own-workers offers them.
    await this.policy.assert(user, 'person', dto.ownWorkerId);
    // In child welfare the child's responsible worker is a qualified social worker (Child Welfare Act).
    if (clients.some((c) => c.legalBasis === 'LsL') && worker.profession !== 'social_worker') {
      throw DomainError.invalidField('ownWorkerId', 'social_worker', 'in child welfare must be a social worker');
    }
    await this.keepResponsibleWorkers(clientIds, worker.leavingOn);
    const on = dto.on ?? today();
    const moves = clients.map((c) => ({ ...c, handoverId: uuidFromName(`handover:${c.id}:${user.userId}:${key}`) }));
    await this.accessLog.record(
      user,
      moves.map((c) => ({
        clientId: c.id,
        record: 'client' as const,
        recordId: c.handoverId,
        action: 'change' as const,
      })),
    );
    await this.ds.transaction(async (m) => {
      // Each client's worker read again under its lock: a handover sent at the same time is judged after this one.
      const locked = await select<{ id: string; ownWorkerId: string }>(
        m,
        'select id, own_worker_id as "ownWorkerId" from client where id = any($1::uuid[]) order by id for update',
        [clientIds],
      );
      const from = new Map(locked.map((c) => [c.id, c.ownWorkerId]));
      for (const c of moves) {
        const added = await select(
          m,
          `insert into own_worker_handover (id, client_id, from_worker_id, to_worker_id, handed_over_on, reason,
             handed_over_by)
           values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing returning id`,
          [c.handoverId, c.id, from.get(c.id) ?? c.ownWorkerId, dto.ownWorkerId, on, dto.reason, user.userId],
        );
        if (!added.length) continue;
        await m.query('update client set own_worker_id = $2 where id = $1', [c.id, dto.ownWorkerId]);
        // The client's history too: the new worker answers for it. Running processes learn it below.
        await handOverHistory(m, c.id, dto.ownWorkerId);
      }
    });
    const handovers = [];
    for (const c of moves) {
      // The open processes learn it, so that their rules about who may act follow the client.
      const open = await select<{ id: string; status: string }>(
        this.ds,
        'select id, status from arrangement where client_id = $1 and last_event_seq > 0',
        [c.id],
      );
      const moved: string[] = [];
      for (const a of open.filter((x) => !isFinishedStatus(x.status))) {
        await this.arrangements.handOver(a.id, user, key, dto.ownWorkerId, c.handoverId);
        moved.push(a.id);
      }
      handovers.push({ clientId: c.id, ownWorkerId: dto.ownWorkerId, handedOverOn: on, arrangements: moved });
    }
    return handovers;
  }

  /**
   * A young person in aftercare placed from here has their own worker as the placing county's responsible worker
   * for the whole aftercare (seed 003): a handover to a worker who is leaving would leave them without one on
   * that day, and is refused, naming the young people.
   */
  private async keepResponsibleWorkers(clientIds: readonly string[], leavingOn: string | null) {
    if (leavingOn === null) return;
    const young = await select<{ id: string; endsOn: string }>(
      this.ds,
      `select a.client_id as id, to_char(a.ends_on, 'YYYY-MM-DD') as "endsOn" from aftercare a
       where a.client_id = any($1::uuid[]) and a.placing_county = (select code from county where own)
         and a.ends_on >= $2`,
      [clientIds, leavingOn],
    );
    if (!young.length) return;
    throw new DomainError(
      ErrorCode.Conflict,
      `the worker leaves on ${leavingOn}: ${young.length} young person(s) in aftercare would be left without a responsible worker`,
      young.map((y) => ({
        field: 'ownWorkerId',
        rule: 'responsible_worker',
        message: `client ${y.id} is in aftercare until ${y.endsOn}: hand them to a worker who stays`,
      })),
    );
  }

  /** The client's own workers over time, newest first. */
  async handovers(clientId: string, user: AuthUser) {
    await this.policy.assert(user, 'client', clientId);
    // Who has been the client's own worker, and why they changed, is the client's data.
    await this.accessLog.record(user, [{ clientId, record: 'client', action: 'read' }]);
    return select(
      this.ds,
      `select h.id, h.from_worker_id as "fromWorkerId", f.full_name as "fromWorker", h.to_worker_id as "toWorkerId",
              t.full_name as "toWorker", to_char(h.handed_over_on, 'YYYY-MM-DD') as "handedOverOn", h.reason,
              h.handed_over_by as "handedOverBy", h.recorded_at as "recordedAt"
       from own_worker_handover h join app_user f on f.id = h.from_worker_id join app_user t on t.id = h.to_worker_id
       where h.client_id = $1 order by h.recorded_at desc`,
      [clientId],
    );
  }

  /**
   * The own workers of the teams the lead leads, with their caseloads and leaving days, and what the lead
   * may do with each: give them clients while they stay, set the day they leave.
   */
  async ownWorkers(user: AuthUser) {
    const params: unknown[] = [today()];
    const workers = await select<{ id: string; disabled: boolean; leaving: boolean }>(
      this.ds,
      `select u.id, u.full_name as name, u.team_id as "teamId", u.profession,
              to_char(u.leaving_on, 'YYYY-MM-DD') as "leavingOn", u.disabled_at is not null as disabled,
              (u.disabled_at is not null or (u.leaving_on is not null and u.leaving_on <= $1)) as leaving,
              (select count(*)::int from client c where c.own_worker_id = u.id) as clients
       from app_user u
       where u.role = 'own_worker' and ${reach(user, 'person', (v) => `$${params.push(v)}`)}
       order by u.full_name, u.id`,
      params,
    );
    return workers.map(({ leaving, ...w }) => ({ ...w, allowedActions: ownWorkerActionsFor(user, w, leaving) }));
  }

  /** The day a worker leaves, set ahead (or cleared): their clients show as to be handed over. */
  async setLeavingDay(userId: string, user: AuthUser, leavingOn: string | null) {
    await this.policy.assert(user, 'person', userId);
    const [worker] = await select<{ disabled: boolean; role: string }>(
      this.ds,
      'select disabled_at is not null as disabled, role from app_user where id = $1',
      [userId],
    );
    if (worker?.disabled) throw new DomainError(ErrorCode.Conflict, 'this worker has left already');
    // The leaving day is what tells a lead whose clients to hand over: an own worker's alone.
    if (worker?.role !== 'own_worker') {
      throw new DomainError(ErrorCode.Conflict, 'only an own worker has clients to hand over before leaving');
    }
    if (leavingOn !== null && leavingOn < today()) {
      throw DomainError.invalidField('leavingOn', 'not_in_past', 'must be today or later');
    }
    await this.ds.query('update app_user set leaving_on = $2 where id = $1', [userId, leavingOn]);
    this.logger.log(`user ${userId} leaving day set`);
    return { userId, leavingOn };
  }

  /** A worker who leaves: refused while they are anyone's own worker, with the clients to hand over first. */
  async disable(userId: string, user: AuthUser) {
    await this.policy.assert(user, 'person', userId);
    const clients = await select<{ id: string; name: string }>(
      this.ds,
      'select id, full_name as name from client where own_worker_id = $1 order by full_name',
      [userId],
    );
    if (clients.length) {
      throw new DomainError(
        ErrorCode.Conflict,
        `hand over ${clients.length} client(s) to another own worker first: every client always has one`,
        clients.map((c) => ({ field: 'clients', rule: 'has_clients', message: `${c.name} (${c.id})` })),
      );
    }
    // Their browser sessions end with it, in the same transaction: nothing they had open answers again.
    await this.ds.transaction(async (tx) => {
      await tx.query('update app_user set disabled_at = coalesce(disabled_at, now()) where id = $1', [userId]);
      await this.sessions.endAllOf(userId, tx);
    });
    this.logger.log(`user ${userId} disabled`);
    return { userId, disabled: true };
  }
}
