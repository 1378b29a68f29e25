import { Injectable, Logger } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import {
  type CaseStatus,
  type CaseCommandName,
  type Role,
  type CaseCommands,
  caseUpdates,
  RUNNING_STATUSES,
  type SupervisionState,
  supervisionWorkflowId,
} from '../../../../libs/contracts';
import { daysBetween, today } from '../../../../libs/domain/dates';
import { COUNTED_IN_SURVEY, MIN_ANSWERS_SHOWN, type Respondent } from '../../../../libs/domain/feedback';
import { permits } from '../access/permissions';
import { AccessLogService } from '../access/access-log.service';
import { caseActionsFor } from '../access/allowed-actions';
import { CommandGateway } from '../process/command-gateway';
import { caseTextShown, isProvider, reach, RecordPolicy, seesClients } from '../access/record-policy';
import { actorOf, type AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import { select } from '../common/postgres';
import { TemporalClient } from '../common/temporal.module';
import { deliverPendingFindings } from '../../../../libs/process-client/finding-delivery';
import { ITEM_COLUMN } from '../feedback/survey-columns';

/** The commands' fields that carry the id of a text stored in PostgreSQL. */
type TextField = 'reasonTextId' | 'questionTextId' | 'answerTextId' | 'noteTextId' | 'planTextId';

interface CaseRow {
  id: string;
  supplierId: string;
  number: number;
  status: string;
}

/**
 * Reactive supervision: findings (bad feedback, a planned visit's concern) reach the one open case
 * of their supplier, a Temporal workflow per case; the people's steps are Updates on it. An own-production
 * unit's case is its self-monitoring (`selfMonitoring`, from the unit's mark in the register): the same
 * steps, the unit's lead in the supplier's part and the service line's lead in procurement's. The
 * supplier's scorecard, and its running arrangements when a contract ends.
 */
@Injectable()
export class SupervisionService {
  private readonly logger = new Logger(SupervisionService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
    private readonly accessLog: AccessLogService,
    private readonly policy: RecordPolicy,
    private readonly gateway: CommandGateway,
  ) {}

  /**
   * Sends the findings just saved (and any still waiting) to their suppliers' cases. One that cannot be
   * sent now (Temporal away) stays saved; the worker sends it within a minute (finding-delivery.ts).
   */
  async deliverPending(): Promise<void> {
    await deliverPendingFindings(this.ds, (fn) => this.temporal.call(fn), this.temporal.taskQueue).catch(
      (err: unknown) => this.logger.warn(`findings wait for the worker's next round: ${String(err)}`),
    );
  }

  /** The cases the caller takes part in (record-policy.ts). */
  async cases(
    user: AuthUser,
    q: { supplierId?: string; serviceCode?: string; status?: CaseStatus; open?: boolean; id?: string },
  ) {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [reach(user, 'supervision_case', p)];
    if (q.id) where.push(`sc.id = ${p(q.id)}`);
    if (q.supplierId) where.push(`sc.supplier_id = ${p(q.supplierId)}`);
    if (q.status) where.push(`sc.status = ${p(q.status)}`);
    if (q.serviceCode) {
      where.push(`exists (select 1 from supervision_finding f
                         where f.case_id = sc.id and f.service_code = ${p(q.serviceCode)})`);
    }
    if (q.open !== undefined) where.push(q.open ? `sc.status <> 'closed'` : `sc.status = 'closed'`);
    const rows = await select<{ id: string; state: SupervisionState | null } & Record<string, unknown>>(
      this.ds,
      `select sc.id, sc.supplier_id as "supplierId", s.name as "supplierName", sc.number, sc.status, sc.outcome,
              s.own_production as "selfMonitoring", sc.procurement_involved as "procurementInvolved", sc.clarification_deadline_at as "clarificationDeadlineAt",
              to_char(sc.corrective_action_due_on, 'YYYY-MM-DD') as "correctiveActionDueOn",
              sc.follow_up_at as "followUpAt", sc.terminated_service_code as "terminatedServiceCode",
              sc.opened_at as "openedAt", sc.closed_at as "closedAt",
              (select count(*)::int from supervision_finding f where f.case_id = sc.id) as findings,
              -- The services its findings' feedback was about, kept on each finding.
              array(select distinct f.service_code from supervision_finding f
                    where f.case_id = sc.id and f.service_code is not null order by 1) as "serviceCodes",
              (sc.status in ('awaiting_clarification', 'escalated') and sc.clarification_deadline_at < now())
                as "clarificationOverdue",
              sc.state
       from supervision_case sc join supplier s on s.id = sc.supplier_id
       where ${where.join(' and ')} order by sc.status = 'closed', sc.opened_at desc`,
      params,
    );
    return rows.map(({ state, ...c }) => ({ ...c, allowedActions: caseActionsFor(user, state) }));
  }

  /** A case with its steps and findings. Findings show rule codes and services, never who answered. */
  async case(id: string, user: AuthUser) {
    const c = await this.visible(id, user);
    // The families whose feedback the case rests on: every reader of the case sees findings drawn from
    // their feedback (reasons, services, days), so each read is logged as one for supervision.
    const families = await select<{ clientId: string; feedbackId: string }>(
      this.ds,
      `select a.client_id as "clientId", fb.id as "feedbackId"
       from supervision_finding f join feedback fb on fb.id = f.feedback_id join arrangement a on a.id = fb.arrangement_id
       where f.case_id = $1`,
      [id],
    );
    await this.accessLog.record(
      user,
      families.map((f) => ({
        clientId: f.clientId,
        record: 'feedback' as const,
        recordId: f.feedbackId,
        action: 'read' as const,
      })),
      'supervision',
    );
    const [events, findings, texts] = await Promise.all([
      select<{
        seq: number;
        type: string;
        actorId: string;
        actorRole: Role | null;
        actorName: string | null;
        at: Date;
        data: Record<string, unknown>;
      }>(
        this.ds,
        `select e.seq, e.type, e.actor_id as "actorId", u.role as "actorRole", u.full_name as "actorName",
                e.occurred_at as "at", e.data
         from supervision_event e left join app_user u on u.id = e.actor_id
         where e.case_id = $1 order by e.seq`,
        [id],
      ),
      select(
        this.ds,
        `select f.id, f.source, f.reasons, f.created_at as "receivedAt", fb.service_code as "serviceCode",
                to_char(fb.answered_on, 'YYYY-MM-DD') as "answeredOn", fb.texts
         from supervision_finding f left join feedback fb on fb.id = f.feedback_id
         where f.case_id = $1 order by f.created_at`,
        [id],
      ),
      select<{ id: string; body: unknown; authorId: string }>(
        this.ds,
        'select id, body, author_id as "authorId" from supervision_text where case_id = $1',
        [id],
      ),
    ]);
    const byId = new Map(texts.map((t) => [t.id, t]));
    // The words go to those who assess suppliers; not to the supplier (who could tell which family wrote
    // them) nor to an own worker, who sees the case for their own client's feedback only.
    const wordsShown = permits(user.role, 'supplier.feedback_words.read');
    const namesOwnWorkers = seesClients(user) && !isProvider(user);
    return {
      ...c,
      findings: findings.map((f) => ({
        ...f,
        texts: wordsShown && f.texts ? wordsOf(f.texts as Record<string, string | null>) : null,
      })),
      steps: events.map(({ actorName, ...e }) => {
        const text = byId.get(String(e.data.textId));
        return {
          ...e,
          // An own worker speaks for a family: their name would tell the supplier and procurement whose.
          actorName: e.actorRole === 'own_worker' && !namesOwnWorkers ? null : actorName,
          text: text && caseTextShown(user, e.type, text.authorId) ? text.body : null,
        };
      }),
    };
  }

  /** The case as its list shows it, if the caller takes part in it: 404 when unknown, 403 when not theirs. */
  private async visible(id: string, user: AuthUser) {
    await this.policy.assert(user, 'supervision_case', id);
    const [c] = await this.cases(user, { id });
    if (!c) throw DomainError.notFound('supervision case', id);
    return c;
  }

  /** A clarification asked of the supplier by a deadline: reminded then, escalated as long after. */
  requestClarification(
    id: string,
    user: AuthUser,
    key: string,
    dto: { respondWithin?: string; respondBy?: string; question: string },
  ) {
    // A day chosen is the days from the county's today: the process counts its deadline to that day's end.
    const respondWithin = dto.respondWithin ?? `P${daysBetween(today(), dto.respondBy ?? today())}D`;
    return this.step(
      id,
      user,
      key,
      'requestClarification',
      { respondWithin },
      { kind: 'question', body: { question: dto.question }, field: 'questionTextId' },
    );
  }

  /** A corrective action plan the supplier carries out by `dueOn`, checked after `followUpAfter`. */
  requireCorrectiveAction(
    id: string,
    user: AuthUser,
    key: string,
    dto: { dueOn: string; followUpAfter: string; plan: string },
  ) {
    return this.step(
      id,
      user,
      key,
      'requireCorrectiveAction',
      { dueOn: dto.dueOn, followUpAfter: dto.followUpAfter },
      { kind: 'plan', body: { plan: dto.plan }, field: 'planTextId' },
    );
  }

  /** A person's step on a case: the text to PostgreSQL first, the Update with its id, the text removed if refused. */
  async step<K extends CaseCommandName>(
    id: string,
    user: AuthUser,
    key: string,
    name: K,
    args: Omit<CaseCommands[K], 'actor' | TextField>,
    text: { kind: string; body: Record<string, unknown>; field: TextField },
  ) {
    const rows = await select<CaseRow>(
      this.ds,
      'select id, supplier_id as "supplierId", number, status from supervision_case where id = $1',
      [id],
    );
    const c = rows[0];
    if (!c) throw DomainError.notFound('supervision case', id);
    await this.policy.assert(user, 'supervision_case', id);
    const textId = uuidFromName(`${id}:${text.kind}:${key}`);
    await this.gateway.send({
      workflowId: supervisionWorkflowId(c.supplierId, c.number),
      update: caseUpdates[name] as UpdateDefinition<SupervisionState, [CaseCommands[K]], string>,
      command: { ...args, [text.field]: textId, actor: actorOf(user) } as CaseCommands[K],
      updateId: `${name}:${key}`,
      texts: {
        into: { table: 'supervision_text', owner: 'case_id', ownerId: id, authorId: user.userId },
        items: [{ id: textId, kind: text.kind, body: text.body }],
      },
      ended: () => new DomainError(ErrorCode.InvalidTransition, `the case is ${c.status}; its process has ended`),
    });
    return this.case(id, user);
  }

  /**
   * What procurement and the arranging teams see of a supplier: per service and quarter, answers,
   * NPS and 1–4 item means, with no client and no free text; figures of fewer than
   * MIN_ANSWERS_SHOWN answers are withheld. Cases open and closed, contracts and their status.
   */
  /**
   * What the families and own workers wrote about a supplier's services, newest first: the words only,
   * never who wrote them or about whom (procurement reads them too). Each family's words read are logged
   * under the family, for supervision.
   */
  async feedbackWords(supplierId: string, user: AuthUser, serviceCode?: string) {
    const rows = await select<{
      feedbackId: string;
      answeredOn: string;
      serviceCode: string;
      respondent: 'family' | 'own_worker';
      reasons: string[];
      texts: Record<string, string | null>;
      clientId: string;
    }>(
      this.ds,
      `select fb.id as "feedbackId", to_char(fb.answered_on, 'YYYY-MM-DD') as "answeredOn",
              fb.service_code as "serviceCode", fb.respondent, fb.bad_reasons as reasons, fb.texts,
              a.client_id as "clientId"
       from feedback fb join arrangement a on a.id = fb.arrangement_id
       where fb.supplier_id = $1 and ($2::text is null or fb.service_code = $2)
         and exists (select 1 from jsonb_each_text(fb.texts) t where coalesce(t.value, '') <> '')
       order by fb.answered_on desc, fb.created_at desc
       limit $3`,
      [supplierId, serviceCode ?? null, FEEDBACK_WORDS_SHOWN],
    );
    await this.accessLog.listed(
      user,
      rows.map((r) => r.clientId),
      'feedback',
      'supervision',
    );
    return rows.map(({ clientId: _, texts, ...r }) => ({ ...r, texts: wordsOf(texts) }));
  }

  async scorecard(supplierId: string, user: AuthUser, serviceCode?: string) {
    // A supplier reads its own scorecard only: 404 for no such supplier, 403 for another's.
    await this.policy.assert(user, 'supplier', supplierId);
    const [supplier] = await select<{ id: string; name: string }>(
      this.ds,
      'select id, name from supplier where id = $1',
      [supplierId],
    );
    if (!supplier) throw DomainError.notFound('supplier', supplierId);
    const periods = await select<FigureRow>(
      this.ds,
      `select service_code as "serviceCode", to_char(date_trunc('quarter', answered_on::timestamp), 'YYYY-"Q"Q') as "period",
              ${FIGURES}
       from feedback where supplier_id = $1 and ($2::text is null or service_code = $2)
       group by grouping sets ((service_code, date_trunc('quarter', answered_on::timestamp)), (service_code))
       order by service_code, period nulls first`,
      [supplierId, serviceCode ?? null],
    );
    const [cases] = await select(
      this.ds,
      `select count(*) filter (where status <> 'closed')::int as open,
              count(*) filter (where status = 'closed')::int as closed,
              count(*) filter (where outcome = 'no_action')::int as "closedWithoutAction",
              count(*) filter (where outcome = 'resolved')::int as resolved,
              count(*) filter (where outcome = 'sanction')::int as sanctions,
              count(*) filter (where outcome = 'contract_terminated')::int as "contractsTerminated"
       from supervision_case where supplier_id = $1`,
      [supplierId],
    );
    const contracts = await select(
      this.ds,
      `select service_code as "serviceCode", status, to_char(valid_from, 'YYYY-MM-DD') as "validFrom",
              to_char(valid_to, 'YYYY-MM-DD') as "validTo"
       from supplier_contract where supplier_id = $1 order by service_code, valid_to desc`,
      [supplierId],
    );
    // How many of the supplier's services run now, by service: counts, never whose (procurement reads them too).
    const running = await select(
      this.ds,
      `select service_code as "serviceCode", count(*)::int as count from arrangement
       where supplier_id = $1 and status = any($2::text[]) and ($3::text is null or service_code = $3)
       group by service_code order by service_code`,
      [supplierId, RUNNING_STATUSES, serviceCode ?? null],
    );
    return {
      supplier,
      minimumAnswersShown: MIN_ANSWERS_SHOWN,
      services: periods.map(withheldWhenFew),
      cases,
      contracts,
      running,
    };
  }

  /**
   * The supplier's services still running, to re-arrange when its contract ends: the county's workers see
   * those they reach, with whose they are; procurement sees which arrangements and services, never whose.
   */
  async runningArrangements(supplierId: string, user: AuthUser, serviceCode?: string) {
    const known = await select(this.ds, 'select 1 from supplier where id = $1', [supplierId]);
    if (known.length === 0) throw DomainError.notFound('supplier', supplierId);
    const params: unknown[] = [supplierId, RUNNING_STATUSES, serviceCode ?? null];
    const running = `a.supplier_id = $1 and a.status = any($2::text[]) and ($3::text is null or a.service_code = $3)`;
    if (!seesClients(user)) {
      // What runs and until when, never which family's service: no id to follow to one.
      return select(
        this.ds,
        `select a.status, a.service_code as "serviceCode", to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd"
         from arrangement a where ${running} order by a.period_end, a.id`,
        params,
      );
    }
    const rows = await select<{ clientId: string; clientName: string } & Record<string, unknown>>(
      this.ds,
      `select a.id, a.status, a.service_code as "serviceCode", a.team_id as "teamId", a.own_worker_id as "ownWorkerId",
              to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd", c.full_name as "clientName", c.id as "clientId"
       from arrangement a join client c on c.id = a.client_id
       where ${running} and ${reach(user, 'arrangement', (v) => `$${params.push(v)}`)}
       order by a.period_end, a.id`,
      params,
    );
    await this.accessLog.listed(
      user,
      rows.map((r) => r.clientId),
      'arrangement',
    );
    return rows;
  }
}

/** Every 1–4 item of the survey, by its column: the scorecard shows each one the bad-feedback rules read. */
const ITEMS = ITEM_COLUMN;

/**
 * Counts and sums by SQL, for one kind of respondent (the columns prefixed by `as`); the figures
 * themselves are computed the one way the domain defines them.
 */
function figures(respondent: Respondent, as: string): string {
  const of = `respondent = '${respondent}'`;
  return `
  count(*) filter (where ${of})::int as "${as}answers",
  count(recommend) filter (where ${of})::int as "${as}npsAnswers",
  count(*) filter (where ${of} and recommend >= 9)::int as "${as}promoters",
  count(*) filter (where ${of} and recommend <= 6)::int as "${as}detractors",
  count(*) filter (where ${of} and serious_concern)::int as "${as}seriousConcerns",
  ${Object.entries(ITEMS)
    .map(
      ([k, col]) =>
        `count(${col}) filter (where ${of})::int as "${as}${k}Answers", ` +
        `coalesce(sum(${col}) filter (where ${of}), 0)::int as "${as}${k}Sum"`,
    )
    .join(',\n  ')}`;
}

/** The client survey's figures, and beside them the own workers' assessments: never mixed. */
const FIGURES = `${figures(COUNTED_IN_SURVEY, '')},${figures('own_worker', 'ownWorker.')}`;

type FigureRow = Record<string, number | string | null> & { serviceCode: string; period: string | null };

function withheldWhenFew(r: FigureRow) {
  return {
    serviceCode: r.serviceCode,
    period: r.period ?? 'all',
    ...figuresOf(r, ''),
    ownWorkers: figuresOf(r, 'ownWorker.'),
  };
}

function figuresOf(r: FigureRow, as: string) {
  const n = (name: string) => Number(r[`${as}${name}`]);
  const shown = (count: number) => count >= MIN_ANSWERS_SHOWN;
  const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
  return {
    answers: n('answers'),
    withheld: !shown(n('answers')),
    nps: shown(n('npsAnswers')) ? round(((n('promoters') - n('detractors')) / n('npsAnswers')) * 100, 1) : null,
    seriousConcerns: shown(n('answers')) ? n('seriousConcerns') : null,
    means: Object.fromEntries(
      Object.keys(ITEMS).map((k) => {
        const count = n(`${k}Answers`);
        return [k, shown(count) ? round(n(`${k}Sum`) / count, 2) : null];
      }),
    ),
  };
}

/** The newest answers a supplier's page shows: a year of a busy supplier's written feedback. */
const FEEDBACK_WORDS_SHOWN = 200;

/** The free-text answers as written, the empty ones left out. */
function wordsOf(texts: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
}
