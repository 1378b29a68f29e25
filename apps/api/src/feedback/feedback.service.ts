import { answerFeedbackRequest } from '../../../../libs/persistence/feedback-requests';
import { recordFinding } from '../../../../libs/process-client/finding-delivery';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { FeedbackRulesAction } from '../../../../libs/contracts/actions';
import type { FamilySurveySchema } from '../../../../libs/contracts/feedback-commands';
import { today } from '../../../../libs/domain/dates';
import type { SurveyPoint } from '../../../../libs/domain/family-survey';
import { badReasons, COUNTED_IN_SURVEY, type FeedbackRules, SURVEY_ITEMS } from '../../../../libs/domain/feedback';
import { ArrangementReads } from '../arrangements/arrangement-reads.service';
import { AccessLogService } from '../access/access-log.service';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode, type FieldProblem } from '../common/domain-error';
import { uuidFromName } from '../common/ids';
import { problemOf } from '../common/validation';
import { permits } from '../access/permissions';
import { select } from '../common/postgres';
import { SupervisionService } from '../supervision/supervision.service';
import { readCsv, type RowProblem } from './csv';
import {
  type FeedbackDto,
  type FeedbackFields,
  type FeedbackRulesDto,
  IMPORT_COLUMNS,
  IMPORT_PROBLEMS_COLUMN,
  ImportRowSchema,
  REQUIRED_COLUMNS,
} from './feedback.dto';

import { ITEM_COLUMN } from './survey-columns';

const MAX_IMPORT_ROWS = 5_000;

export type FamilySurveyAnswers = z.output<typeof FamilySurveySchema>;

/** The feedback a family's online answer is saved as: one a service and point. */
export const familyFeedbackId = (arrangementId: string, point: SurveyPoint) =>
  uuidFromName(`feedback-family:${arrangementId}:${point}`);

/** The rules are changed by those whose role may: the one change there is to them. */
function feedbackRulesActionsFor(user: AuthUser): FeedbackRulesAction[] {
  return permits(user.role, 'feedback.rules.change') ? ['changeRules'] : [];
}

interface Target {
  id: string;
  clientId: string;
  serviceCode: string;
  supplierId: string | null;
  startedOn: string | null;
}

interface NewFeedback {
  id: string;
  externalId: string | null;
  via: 'api' | 'import' | 'family';
  fields: FeedbackFields;
  target: Target;
}

/** Where a row stands in what was sent: its number among the data rows, and for a file the line it starts on. */
interface RowPlace {
  row: number;
  line: number | null;
}

/** One row of an import: its cells, or the problem that kept the file's row from being read. */
type ImportRow = RowPlace & ({ cells: Record<string, unknown>; problem?: undefined } | { problem: RowProblem });

/** Every row sent is in exactly one of accepted, alreadyImported and rejected. */
export interface ImportReport {
  received: number;
  blankLines: number;
  accepted: (RowPlace & { responseId: string; id: string; badReasons: string[] })[];
  alreadyImported: (RowPlace & { responseId: string; id: string })[];
  rejected: (RowPlace & { responseId: string | null; problems: FieldProblem[] })[];
}

/**
 * Feedback on services: from the own worker through the API, and from the survey tool's export,
 * every row accepted or rejected with its reasons. Each answer is checked against the rules of what
 * is bad; bad feedback becomes a finding for the supplier's supervision case.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly ds: DataSource,
    private readonly arrangements: ArrangementReads,
    private readonly supervision: SupervisionService,
    private readonly accessLog: AccessLogService,
  ) {}

  async submit(user: AuthUser, key: string, dto: FeedbackDto) {
    const a = await this.arrangements.viewable(dto.arrangementId, user);
    await this.arrangements.requireAllowed(a, user, 'giveFeedback');
    await this.checkMunicipality(dto.municipality);
    const id = uuidFromName(`feedback:${a.id}:${key}`);
    await this.accessLog.record(user, [{ clientId: a.clientId, record: 'feedback', recordId: id, action: 'create' }]);
    await this.ds.transaction((m) =>
      this.save(m, [{ id, externalId: null, via: 'api', fields: dto, target: a }], user.userId),
    );
    await this.supervision.deliverPending();
    return this.view(id);
  }

  /** A survey tool's export, as CSV text or a JSON array of rows in the same columns. */
  async import(user: AuthUser, body: unknown): Promise<ImportReport> {
    const { rows, blankLines } = this.rowsOf(body);
    const report: ImportReport = { received: rows.length, blankLines, accepted: [], alreadyImported: [], rejected: [] };
    const valid: (RowPlace & { fields: FeedbackFields & { responseId: string } })[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const place = { row: r.row, line: r.line };
      if (r.problem) {
        report.rejected.push({ ...place, responseId: null, problems: [r.problem] });
        continue;
      }
      // The problems a download of rejected rows wrote beside them: the mended row is read without them.
      const raw = { ...r.cells };
      delete raw[IMPORT_PROBLEMS_COLUMN];
      const parsed = ImportRowSchema.safeParse(raw);
      const responseId = typeof raw.responseId === 'string' && raw.responseId.trim() ? raw.responseId.trim() : null;
      if (!parsed.success) {
        const problems = parsed.error.issues.map((x) => problemOf(x, '(row)'));
        report.rejected.push({ ...place, responseId, problems });
      } else if (seen.has(parsed.data.responseId)) {
        report.rejected.push({
          ...place,
          responseId,
          problems: [
            { field: 'responseId', rule: 'unique', message: 'appears twice in the file; the first row counts' },
          ],
        });
      } else {
        seen.add(parsed.data.responseId);
        valid.push({ ...place, fields: parsed.data });
      }
    }

    const targets = new Map(
      (
        await select<Target>(
          this.ds,
          `select id, client_id as "clientId", service_code as "serviceCode", supplier_id as "supplierId",
                  to_char(started_on, 'YYYY-MM-DD') as "startedOn"
           from arrangement where id = any($1::uuid[])`,
          [valid.map((v) => v.fields.arrangementId)],
        )
      ).map((t) => [t.id, t]),
    );
    const municipalities = new Set(
      (await select<{ code: string }>(this.ds, 'select code from municipality')).map((r) => r.code),
    );
    const existing = new Map(
      (
        await select<{ externalId: string; id: string }>(
          this.ds,
          'select external_id as "externalId", id from feedback where external_id = any($1::text[])',
          [valid.map((v) => v.fields.responseId)],
        )
      ).map((r) => [r.externalId, r.id]),
    );
    const toSave: (NewFeedback & RowPlace)[] = [];
    for (const { row, line, fields } of valid) {
      const target = targets.get(fields.arrangementId);
      const problem: FieldProblem | null = !target
        ? { field: 'arrangementId', rule: 'known_arrangement', message: 'no such arrangement' }
        : !target.startedOn
          ? { field: 'arrangementId', rule: 'started', message: 'the service has not started' }
          : fields.municipality && !municipalities.has(fields.municipality)
            ? { field: 'municipality', rule: 'known_municipality', message: `no municipality ${fields.municipality}` }
            : null;
      const known = existing.get(fields.responseId);
      if (problem) report.rejected.push({ row, line, responseId: fields.responseId, problems: [problem] });
      else if (known) report.alreadyImported.push({ row, line, responseId: fields.responseId, id: known });
      else {
        const id = uuidFromName(`feedback-import:${fields.responseId}`);
        toSave.push({ row, line, id, externalId: fields.responseId, via: 'import', fields, target: target! });
      }
    }
    await this.accessLog.record(
      user,
      toSave.map((f) => ({
        clientId: f.target.clientId,
        record: 'feedback' as const,
        recordId: f.id,
        action: 'create' as const,
      })),
    );
    const reasons = await this.ds.transaction((m) => this.save(m, toSave, user.userId));
    toSave.forEach((f, i) =>
      report.accepted.push({
        row: f.row,
        line: f.line,
        responseId: f.externalId!,
        id: f.id,
        badReasons: reasons[i] ?? [],
      }),
    );
    await this.supervision.deliverPending();
    return report;
  }

  /** The own worker's open feedback requests: services of their clients that have ended. */
  async requests(user: AuthUser) {
    const rows = await select<{ clientId: string }>(
      this.ds,
      `select r.arrangement_id as "arrangementId", r.service_code as "serviceCode", r.supplier_id as "supplierId",
              to_char(r.ended_on, 'YYYY-MM-DD') as "endedOn", r.requested_at as "requestedAt", c.full_name as "clientName",
              c.id as "clientId"
       from feedback_request r join arrangement a on a.id = r.arrangement_id join client c on c.id = a.client_id
       where r.own_worker_id = $1 and r.status = 'open' order by r.requested_at`,
      [user.userId],
    );
    await this.accessLog.listed(
      user,
      rows.map((r) => r.clientId),
      'feedback',
    );
    return rows;
  }

  /** The rules in force, who changed them last, and whether the reader may change them. */
  async rulesFor(user: AuthUser) {
    return { ...(await this.rules()), allowedActions: feedbackRulesActionsFor(user) };
  }

  private async rules() {
    const [current] = await select<{ version: number; rules: FeedbackRules }>(
      this.ds,
      `select r.version, r.rules, r.note, r.changed_by as "changedBy", u.full_name as "changedByName",
              r.changed_at as "changedAt"
       from feedback_rule_set r left join app_user u on u.id = r.changed_by
       order by r.version desc limit 1`,
    );
    if (!current) throw new Error('no feedback rules: run the database preparation');
    return current;
  }

  async changeRules(user: AuthUser, dto: FeedbackRulesDto) {
    const { version } = await this.rules();
    if (dto.basedOnVersion !== version) {
      throw new DomainError(
        ErrorCode.Conflict,
        `the rules have changed since version ${dto.basedOnVersion} (now ${version}); reload them and change again`,
      );
    }
    const inserted = await select(
      this.ds,
      `insert into feedback_rule_set (version, rules, note, changed_by) values ($1, $2, $3, $4)
       on conflict (version) do nothing returning version`,
      [version + 1, JSON.stringify(dto.rules), dto.note, user.userId],
    );
    if (inserted.length === 0) {
      throw new DomainError(
        ErrorCode.Conflict,
        'the rules were changed at the same moment; reload them and change again',
      );
    }
    return this.rulesFor(user);
  }

  /**
   * The family's answer to the survey offered them online (apps/api/src/family/family-online.ts): saved as
   * any answer, so that it counts in the NPS and a bad one makes a finding, and once at each point. The
   * answer's row in `family_survey_answer` lands in the same transaction or not at all: a second answer,
   * even one sent at the same moment, is refused by its primary key. `alreadyAnswered` is the refusal.
   */
  async answerOnline(
    a: { arrangementId: string; point: SurveyPoint; personId: string },
    answers: FamilySurveyAnswers,
    alreadyAnswered: () => Error,
  ): Promise<{ id: string; badReasons: string[] }> {
    const [target] = await select<Target>(
      this.ds,
      `select id, client_id as "clientId", service_code as "serviceCode", supplier_id as "supplierId",
              to_char(started_on, 'YYYY-MM-DD') as "startedOn"
       from arrangement where id = $1`,
      [a.arrangementId],
    );
    if (!target) throw DomainError.notFound('arrangement', a.arrangementId);
    const id = familyFeedbackId(a.arrangementId, a.point);
    const fields: FeedbackFields = {
      ...answers,
      arrangementId: a.arrangementId,
      respondent: 'family',
      answeredOn: today(),
      seriousConcern: false,
      duration: null,
      municipality: null,
    };
    const [reasons] = await this.ds.transaction(async (m) => {
      const saved = await this.save(m, [{ id, externalId: null, via: 'family', fields, target }], null);
      const answered = await select(
        m,
        `insert into family_survey_answer (arrangement_id, point, feedback_id, person_id) values ($1, $2, $3, $4)
         on conflict do nothing returning point`,
        [a.arrangementId, a.point, id, a.personId],
      );
      if (answered.length === 0) throw alreadyAnswered();
      return saved;
    });
    await this.supervision.deliverPending();
    return { id, badReasons: reasons ?? [] };
  }

  /**
   * Saves answers in the caller's transaction and returns, for each, why it is bad (or nothing). `recordedBy`
   * is the user who sent them; none for the family's own answer (`family_survey_answer` names the person).
   */
  private async save(m: EntityManager, items: NewFeedback[], recordedBy: string | null): Promise<string[][]> {
    const { rules } = await this.rules();
    const out: string[][] = [];
    for (const { id, externalId, via, fields: f, target } of items) {
      const recent = await select<{ recommend: number }>(
        m,
        `select recommend from feedback
         where supplier_id is not distinct from $1 and service_code = $2 and recommend is not null and respondent = $4
         order by answered_on desc, created_at desc limit $3`,
        [target.supplierId, target.serviceCode, rules.nps?.window ?? 0, COUNTED_IN_SURVEY],
      );
      const own = f.recommend !== null && f.respondent === COUNTED_IN_SURVEY ? [f.recommend] : [];
      const scores = [...own, ...recent.map((r) => r.recommend)];
      const answers = Object.fromEntries(SURVEY_ITEMS.map((k) => [k, f[k] ?? null]));
      const reasons = badReasons(
        { respondent: f.respondent, items: answers, recommend: f.recommend, seriousConcern: f.seriousConcern },
        rules,
        scores,
      );
      const row = [
        id,
        externalId,
        target.id,
        target.serviceCode,
        target.supplierId,
        f.respondent,
        f.answeredOn,
        ...SURVEY_ITEMS.map((k) => f[k] ?? null),
        f.workedWith ?? null,
        f.recommend,
        f.seriousConcern,
        // The free text stays here, the text store of the answer: read only by those who read the families' words.
        JSON.stringify({
          helpedMost: f.helpedMost,
          didNotHelp: f.didNotHelp,
          wished: f.wished,
          comments: f.comments,
        }),
        f.duration,
        f.municipality,
        reasons,
        via,
        recordedBy,
      ];
      const inserted = await select(
        m,
        `insert into feedback (id, external_id, arrangement_id, service_code, supplier_id, respondent, answered_on,
           ${SURVEY_ITEMS.map((k) => ITEM_COLUMN[k]).join(', ')}, worked_with, recommend, serious_concern, texts,
           duration, municipality_code, bad_reasons, received_via, recorded_by)
         values (${row.map((_, i) => `$${i + 1}`).join(', ')})
         on conflict do nothing returning id`,
        row,
      );
      // The own worker's form answers the request made when the service ended.
      if (inserted.length && f.respondent === 'own_worker') {
        await answerFeedbackRequest(m, target.id);
      }
      // Own production has no supplier to supervise; a repeated request has already made its finding.
      if (inserted.length && reasons.length && target.supplierId) {
        await recordFinding(m, {
          id: uuidFromName(`finding:${id}`),
          supplierId: target.supplierId,
          source: 'feedback',
          feedbackId: id,
          reasons,
        });
      }
      out.push(reasons);
    }
    return out;
  }

  private rowsOf(body: unknown): { rows: ImportRow[]; blankLines: number } {
    let rows: ImportRow[];
    let blankLines = 0;
    if (typeof body === 'string') {
      const file = readCsv(body);
      const { header } = file;
      const unknown = header.filter((h) => !IMPORT_COLUMNS.includes(h) && h !== IMPORT_PROBLEMS_COLUMN);
      const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
      const problems: FieldProblem[] = [
        ...unknown.map(
          (c): FieldProblem => ({
            field: c,
            rule: 'known_column',
            message: `unknown column; the columns are ${IMPORT_COLUMNS.join(', ')}`,
          }),
        ),
        ...missing.map(
          (c): FieldProblem => ({ field: c, rule: 'required_column', message: 'this column is required' }),
        ),
      ];
      // A misspelt column would drop its answers silently: the whole file is refused instead.
      if (problems.length) throw DomainError.invalid(problems);
      rows = file.rows.map((r, i) => ({ ...r, row: i + 1 }) as ImportRow);
      blankLines = file.blankLines;
    } else if (Array.isArray(body) && body.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
      rows = (body as Record<string, unknown>[]).map((cells, i) => ({ row: i + 1, line: null, cells }));
    } else {
      throw DomainError.invalidField(
        '(body)',
        'format',
        'send the export as text/csv, or as a JSON array of rows with the same columns',
      );
    }
    if (rows.length === 0) throw DomainError.invalidField('(body)', 'not_empty', 'the export has no rows');
    if (rows.length > MAX_IMPORT_ROWS) {
      throw DomainError.invalidField('(body)', 'size', `at most ${MAX_IMPORT_ROWS} rows an import; split the file`);
    }
    return { rows, blankLines };
  }

  private async checkMunicipality(code: string | null): Promise<void> {
    if (code && !(await select(this.ds, 'select 1 from municipality where code = $1', [code])).length) {
      throw DomainError.invalidField('municipality', 'known_municipality', `no municipality ${code}`);
    }
  }

  private async view(id: string) {
    const [row] = await select(
      this.ds,
      `select f.id, f.arrangement_id as "arrangementId", f.service_code as "serviceCode", f.supplier_id as "supplierId",
              f.respondent, to_char(f.answered_on, 'YYYY-MM-DD') as "answeredOn", f.recommend,
              f.serious_concern as "seriousConcern", f.bad_reasons as "badReasons",
              ${Object.entries(ITEM_COLUMN)
                .map(([k, c]) => `f.${c} as "${k}"`)
                .join(', ')}, f.worked_with as "workedWith", f.duration, f.municipality_code as "municipality",
              sf.case_id as "caseId"
       from feedback f left join supervision_finding sf on sf.feedback_id = f.id
       where f.id = $1`,
      [id],
    );
    return row;
  }
}
