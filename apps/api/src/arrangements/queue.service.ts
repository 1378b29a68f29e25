import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QUEUE_STATUSES } from '../../../../libs/contracts';
import type { ArrangementActionFacts } from '../../../../libs/domain/actions/arrangement-actions';
import { isIsoDate, today } from '../../../../libs/domain/dates';
import { TeamEntity } from '../../../../libs/persistence/entities/reference.entity';
import { AccessLogService, listedAccesses, loggedInStatement } from '../access/access-log.service';
import { arrangementActionFactsSql, arrangementActionsFor } from '../access/allowed-actions';
import { reach, RecordPolicy } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { DomainError } from '../common/domain-error';
import { isoInstant, select } from '../common/postgres';
import type { QueueQueryDto } from './arrangements.dto';

export interface QueueItem {
  id: string;
  status: string;
  serviceCode: string;
  dueOn: string;
  overdue: boolean;
  assigneeId: string | null;
  /** Who has claimed it, so that a colleague sees who to ask. */
  assigneeName: string | null;
  consultationOpen: boolean;
  /** Soft rules of the principle card the proposal meets; its special consideration justifies them. */
  specialConsiderations: string[];
  createdAt: string;
  client: { id: string; name: string; municipalityCode: string };
}

/**
 * The SQL of a queue page. Ordered by (due_on, id) on the index (team_id, due_on, id): a page is an
 * index range scan with no sort, however many arrangements there are. Each row carries whether the
 * reader reaches the team (the record rule, asked once in the same statement), and the same statement
 * writes the access log of the rows shown, only when the reader reaches them (`logged: false` leaves
 * the log out, for the benchmark's measure of what it costs). Exported for the benchmark, which runs
 * the same statement directly.
 */
export function queueSql(
  teamId: string,
  q: QueueQueryDto,
  user: AuthUser,
  today: string,
  { logged }: { logged: boolean } = { logged: true },
): { sql: string; params: unknown[] } {
  const params: unknown[] = [teamId];
  const p = (v: unknown) => `$${params.push(v)}`;
  const userId = user.userId;
  const where = ['a.team_id = $1'];
  if (q.status) where.push(`a.status = any(${p(q.status)}::text[])`);
  else where.push(`(a.status = any(${p(QUEUE_STATUSES)}::text[]) or a.consultation_open)`);
  if (q.service) where.push(`a.service_code = ${p(q.service)}`);
  if (q.overdue !== undefined) where.push(`a.due_on ${q.overdue ? '<' : '>='} ${p(today)}::date`);
  if (q.assignee === 'none') where.push('a.assignee_id is null');
  else if (q.assignee) where.push(`a.assignee_id = ${p(q.assignee === 'me' ? userId : q.assignee)}`);
  if (q.after) {
    const [dueOn, id] = decodeCursor(q.after);
    where.push(`(a.due_on, a.id) > (${p(dueOn)}::date, ${p(id)}::uuid)`);
  }
  const page = `
    select a.id, a.status, a.service_code as "serviceCode", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn",
           a.due_on < ${p(today)}::date as overdue, a.assignee_id as "assigneeId", u.full_name as "assigneeName",
           a.consultation_open as "consultationOpen", a.special_considerations as "specialConsiderations",
           ${isoInstant('a.created_at')} as "createdAt", ${arrangementActionFactsSql('a.state')} as state,
           c.id as "clientId", c.full_name as "clientName", c.municipality_code as "municipalityCode",
           (select coalesce((${reach(user, 'team', p)}), false) from team t where t.id = $1) as allowed
    from arrangement a join client c on c.id = a.client_id left join app_user u on u.id = a.assignee_id
    where ${where.join(' and ')}
    order by a.due_on, a.id
    limit ${p(q.limit + 1)}`;
  if (!logged) return { sql: page, params };
  // The page's extra row only says whether there is a next page: it is not shown, so not logged.
  const shown = `select "clientId" from page where allowed order by "dueOn", id limit ${p(q.limit)}`;
  const sql = `
    with page as (${page}),
    logged as (${loggedInStatement(user, listedAccesses(shown, 'arrangement', p), p)})
    select * from page order by "dueOn", id`;
  return { sql, params };
}

function encodeCursor(dueOn: string, id: string): string {
  return Buffer.from(`${dueOn}|${id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): [string, string] {
  const [dueOn, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!dueOn || !id || rest.length || !isIsoDate(dueOn) || !UUID.test(id)) {
    throw DomainError.invalidField('after', 'cursor', 'is not a cursor this API gave out');
  }
  return [dueOn, id];
}

type Row = Omit<QueueItem, 'client' | 'allowedActions'> & {
  allowed: boolean;
  state: ArrangementActionFacts | null;
  clientId: string;
  clientName: string;
  municipalityCode: string;
};

@Injectable()
export class QueueService {
  constructor(
    private readonly ds: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly policy: RecordPolicy,
  ) {}

  async page(
    teamId: string,
    user: AuthUser,
    q: QueueQueryDto,
  ): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
    const { sql, params } = queueSql(teamId, q, user, today());
    const rows = await select<Row>(this.ds, sql, params).catch((err: unknown) => this.accessLog.rethrow(err));
    // Only an empty page can mean an unknown team, or one whose rule the rows could not carry.
    if (rows.length === 0) {
      await this.policy.assert(user, 'team', teamId);
      await this.assertTeamExists(teamId);
    } else RecordPolicy.require('team', teamId, rows[0]!.allowed);
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ clientId, clientName, municipalityCode, state, allowed: _, ...r }) => ({
        ...r,
        client: { id: clientId, name: clientName, municipalityCode },
        allowedActions: arrangementActionsFor(user, state),
      })),
      nextCursor: rows.length > q.limit && last ? encodeCursor(last.dueOn, last.id) : null,
    };
  }

  private async assertTeamExists(teamId: string): Promise<void> {
    if (!(await this.ds.getRepository(TeamEntity).existsBy({ id: teamId, kind: 'arranging' }))) {
      throw DomainError.notFound('arranging team', teamId);
    }
  }
}
