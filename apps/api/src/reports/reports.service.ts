import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RUNNING_STATUSES } from '../../../../libs/contracts';
import { today } from '../../../../libs/domain/dates';
import { wholeMonths } from '../../../../libs/domain/zoned-arithmetic';
import { APPEALABLE_OUTCOMES } from '../../../../libs/domain/decisions';
import { COUNTED_IN_SURVEY, MIN_ANSWERS_SHOWN } from '../../../../libs/domain/feedback';
import { reach } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { UnitsService } from '../own-production/units.service';
import { DomainError } from '../common/domain-error';
import { select } from '../common/postgres';
import { CountySettingsService, type SettingValue } from '../settings/county-settings.service';
import type { FiguresQueryDto } from './reports.dto';
import { median, medianOfCounts } from './median';

/**
 * The figures the county reports on (DOMAIN.md, seeds 000 and 002), for team leads: access time against
 * the catalogue's target, decisions and unmet needs, satisfaction, overdue reassessments, caseloads.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly settings: CountySettingsService,
    private readonly units: UnitsService,
  ) {}

  /**
   * The figures of the arrangements the caller reaches (a team lead's are those of the teams they lead), of
   * the clients of one municipality when asked: for the period, and by month within it.
   */
  async figures(user: AuthUser, q: FiguresQueryDto) {
    const municipality = await this.municipality(q.municipalityCode);
    return (await this.figuresOf(user, q, municipality, false)).get(null)!;
  }

  /** The period's figures of the whole county and of each municipality's clients, from one pass over each table. */
  async figuresEverywhere(user: AuthUser, q: { from: string; to: string }) {
    const all = await this.figuresOf(user, q, null, true);
    return { county: all.get(null)!, of: (code: string) => all.get(code) ?? emptyFigures(all.get(null)!, code) };
  }

  /**
   * The figures (of one municipality's clients, if `municipality`), under the key null; and, when `each`, those
   * of every municipality's clients under its code: the same statements, grouped by the client's municipality too.
   */
  private async figuresOf(
    user: AuthUser,
    q: { from: string; to: string; serviceCode?: string },
    municipality: string | null,
    each: boolean,
  ) {
    const service = q.serviceCode ?? null;
    // Every query's parameters start with the same four; the reach's own follow them.
    const base: unknown[] = [q.from, q.to, service, municipality];
    const rule = reach(user, 'arrangement', (v) => `$${base.push(v)}`);
    const reached = `${rule} and ${ofMunicipality(municipality, '$4')}`;
    // A decision record's fact (decision_fact) and the monthly counts (decision_month, started_month) have the
    // columns of their arrangement the record rule reads, under the same alias, and their client's municipality.
    const reachedFact = `${rule} and ${municipality === null ? '$4::text is null' : 'a.municipality_code = $4'}`;
    const survey = `$${base.length + 1}`;
    // Each grouping set as asked, and the same within each client's municipality (a municipality is never null),
    // as the statement's rows name it: their client's (c), or their own (a fact's).
    const groupings = (column: string) => ({
      sets: (...xs: string[]) =>
        xs.flatMap((x) => (each ? [`(${x})`, `(${[column, x].filter(Boolean).join(', ')})`] : [`(${x})`])),
      municipalityOf: each ? `case when grouping(${column}) = 0 then ${column} end` : 'null',
    });
    const { sets, municipalityOf } = groupings('c.municipality_code');
    const facts = groupings('r.municipality_code');
    const byClient = each ? 'join client c on c.id = a.client_id' : '';
    // The period's whole months are read from the monthly counts (started_month, decision_month), its days in
    // a month it takes only part of from the rows themselves: as the same rows would count them.
    const whole = wholeMonths(q.from, q.to);
    const monthly = [...base, whole.from, whole.to];
    const months = { from: `$${base.length + 1}::date`, to: `$${base.length + 2}::date` };
    // The period's days outside its whole months, as two ranges the planner sees empty when they are.
    const otherDays = (day: string) =>
      `(${day} >= $1 and ${day} < ${months.from} or ${day} > ${months.to} and ${day} <= $2)`;
    const ofEach = (column: string) => (each ? column : 'null::text');
    // Each arrangement against the access-time target of the catalogue version it was handled under (the
    // needs assessment plus the target, as accessDueDate counts it: PostgreSQL adds a month as Temporal does,
    // clamped to the month's last day), counted by service, month and access days (accessRowsOf takes the
    // medians, exactly, from the counts).
    const started = select<StartedRow>(
      this.ds,
      `with target as (
         select cv.version, s->>'code' as code, (s->>'accessTarget')::interval as target
         from catalogue_version cv cross join jsonb_array_elements(cv.services) s
       ), counted as (
         select ${ofEach('a.municipality_code')} as municipality, a.month, a.service_code, a.access_days,
                a.within_target, a.started
         from started_month a
         where a.month between ${months.from} and ${months.to} and ($3::text is null or a.service_code = $3)
           and ${reachedFact}
         union all
         select ${ofEach('c.municipality_code')}, date_trunc('month', a.started_on::timestamp)::date, a.service_code,
                a.access_days, coalesce(a.started_on <= (a.needs_assessed_on + t.target)::date, false), 1
         from arrangement a join target t on t.version = a.catalogue_version and t.code = a.service_code ${byClient}
         where ${otherDays('a.started_on')} and ($3::text is null or a.service_code = $3) and ${reached}
       )
       select r.municipality, r.service_code as "serviceCode", to_char(r.month, 'YYYY-MM') as month,
              r.access_days as days, sum(r.started)::int as started,
              coalesce(sum(r.started) filter (where r.within_target), 0)::int as "withinTarget"
       from counted r group by 1, 2, r.month, 4`,
      monthly,
    ).then(accessRowsOf);
    // The period's decision records in one pass for two figures: the decisions by service, kind and outcome, and
    // the council's question (seeds 000, 001), the appeals by year and by month (recordsQuery).
    const records = select<RecordRow>(this.ds, recordsQuery(reachedFact, ofEach, months, otherDays, facts), monthly);
    // The period's unmet needs in total and by month and service, in one pass (the empty grouping set is the total).
    const unmetRows = select<{
      municipality: string | null;
      month: string | null;
      serviceCode: string | null;
      recorded: number;
      stillOpen: number;
    }>(
      this.ds,
      `select ${municipalityOf} as municipality,
              to_char(u.recorded_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month,
              u.service_code as "serviceCode", count(*)::int as recorded,
              count(*) filter (where resolved_at is null)::int as "stillOpen"
       from unmet_need u join arrangement a on a.id = u.arrangement_id ${byClient}
       where (u.recorded_at at time zone 'Europe/Helsinki')::date between $1 and $2
         and ($3::text is null or u.service_code = $3) and ${reached}
       group by grouping sets (${sets('', "to_char(u.recorded_at at time zone 'Europe/Helsinki', 'YYYY-MM'), u.service_code").join(', ')})
       order by 2, 3`,
      base,
    );
    // The families' NPS from the client survey; the own workers' forms are counted beside it, never in it.
    const satisfaction = select<{
      serviceCode: string;
      municipality: string | null;
      answers: number;
      promoters: number;
      detractors: number;
      ownWorkerAnswers: number;
      ownWorkerSeriousConcerns: number;
    }>(
      this.ds,
      `select f.service_code as "serviceCode", ${municipalityOf} as municipality,
              count(f.recommend) filter (where f.respondent = ${survey})::int as answers,
              count(*) filter (where f.respondent = ${survey} and f.recommend >= 9)::int as promoters,
              count(*) filter (where f.respondent = ${survey} and f.recommend <= 6)::int as detractors,
              count(*) filter (where f.respondent = 'own_worker')::int as "ownWorkerAnswers",
              count(*) filter (where f.respondent = 'own_worker' and f.serious_concern)::int as "ownWorkerSeriousConcerns"
       from feedback f join arrangement a on a.id = f.arrangement_id ${byClient}
       where f.answered_on between $1 and $2 and ($3::text is null or f.service_code = $3) and ${reached}
       group by grouping sets (${sets('f.service_code').join(', ')}) order by 1`,
      [...base, COUNTED_IN_SURVEY],
    );
    // A service's own NPS target, else the county's for every service, as in force on the period's last day.
    const settings = this.settings.inForce(q.to);
    const overdueParams: unknown[] = [service, municipality];
    const overdueRows = select<{ municipality: string | null; count: number }>(
      this.ds,
      `select ${municipalityOf} as municipality, count(*)::int as count from arrangement a ${byClient}
       where a.status = 'reassessment_overdue' and ($1::text is null or a.service_code = $1)
         and ${ofMunicipality(municipality, '$2')} and ${reach(user, 'arrangement', (v) => `$${overdueParams.push(v)}`)}
       group by grouping sets (${sets('').join(', ')})`,
      overdueParams,
    );
    // The statements are independent: the pool runs them side by side.
    const [accessRows, recordRows, unmetRowsDone, satisfactionRows, inForce, overdueDone] = await Promise.all([
      started,
      records,
      unmetRows,
      satisfaction,
      settings,
      overdueRows,
    ]);
    const decisionRows = recordRows
      .filter((r): r is RecordRow & { kind: string; outcome: string } => r.kind !== null)
      .map(({ municipality, serviceCode, kind, outcome, count }) => ({
        municipality,
        serviceCode,
        kind,
        outcome,
        count,
      }));
    const appealRowsDone = recordRows
      .filter((r) => r.kind === null)
      .map(({ kind: _k, outcome: _o, count: _c, ...r }) => r);
    const npsTargets = inForce.get('nps_target') ?? new Map<string, SettingValue>();
    const codes = new Set<string | null>([null]);
    for (const r of [
      ...accessRows,
      ...decisionRows,
      ...unmetRowsDone,
      ...satisfactionRows,
      ...appealRowsDone,
      ...overdueDone,
    ])
      codes.add(r.municipality);
    const of = <T extends { municipality: string | null }>(rows: T[], code: string | null) =>
      rows.filter((r) => r.municipality === code).map(({ municipality: _m, ...r }) => r);
    return new Map(
      [...codes].map((code) => {
        const access = of(accessRows, code);
        const unmetAll = of(unmetRowsDone, code);
        const unmetTotal = unmetAll.find((r) => r.month === null);
        const appealAll = of(appealRowsDone, code);
        const appeals = appealAll.filter((r) => r.year !== null);
        const figures = {
          period: { from: q.from, to: q.to },
          municipalityCode: code ?? municipality,
          accessTime: access
            .filter((r) => r.month === null)
            .sort(byKey((r) => r.serviceCode))
            .map((r) => ({ serviceCode: r.serviceCode, ...accessFigures(r) })),
          decisions: of(decisionRows, code),
          // The total's grouping set has a row with no input at all: a municipality with none counts none.
          unmetNeeds: unmetTotal
            ? { recorded: unmetTotal.recorded, stillOpen: unmetTotal.stillOpen }
            : { recorded: 0, stillOpen: 0 },
          satisfaction: of(satisfactionRows, code).map((r) => {
            const target = npsTargets.get(r.serviceCode) ?? npsTargets.get('') ?? null;
            return {
              serviceCode: r.serviceCode,
              answers: r.answers,
              nps:
                r.answers >= MIN_ANSWERS_SHOWN
                  ? Math.round(((r.promoters - r.detractors) / r.answers) * 1000) / 10
                  : null,
              ownWorkerAnswers: r.ownWorkerAnswers,
              ownWorkerSeriousConcerns: r.ownWorkerSeriousConcerns,
              npsTarget: target?.value ?? null,
              npsTargetSource: target?.source ?? null,
              npsTargetIsExample: target?.example ?? null,
            };
          }),
          reassessmentsOverdueNow: of(overdueDone, code)[0]?.count ?? 0,
          appeals: appeals.map(({ month: _m, ...r }) => r),
          accessTimeByMonth: access
            .filter((r): r is typeof r & { month: string } => r.month !== null)
            .sort(byKey((r) => `${r.month} ${r.serviceCode}`))
            .map((r) => ({ month: r.month, serviceCode: r.serviceCode, ...accessFigures(r) })),
          // The court's figures are counted by the year of the decision only: by month, the rectification's.
          appealsByMonth: appealAll
            .filter((r) => r.month !== null)
            .map(({ year: _y, courtAppeals: _c, courtOverturned: _o, ...r }) => r),
          unmetNeedsByMonth: unmetAll.filter((r) => r.month !== null),
        };
        return [code, figures] as const;
      }),
    );
  }

  /** The county's municipalities, named in its languages (English uses the Finnish name). */
  async municipalities() {
    const rows = await select<{ code: string; fi: string; sv: string }>(
      this.ds,
      'select code, name_fi as fi, name_sv as sv from municipality order by name_fi',
    );
    return rows.map(({ code, fi, sv }) => ({ code, name: { fi, sv, en: fi } }));
  }

  /** The municipality a figure is asked of, if any: one of the county's own, or the request is refused. */
  private async municipality(code: string | undefined): Promise<string | null> {
    if (code === undefined) return null;
    if (!(await select(this.ds, 'select 1 from municipality where code = $1', [code])).length) {
      throw DomainError.invalidField('municipalityCode', 'known_municipality', `no municipality ${code} in the county`);
    }
    return code;
  }

  /**
   * Purchases from suppliers in a year, per service: hours charged on visits (delivered, and late
   * cancellations as the contracts say) and their cost at the price of the payment commitment in force
   * that day, in its contract's unit (per hour, visit, day with a visit or month with a visit: the view
   * `visit_charge`, kept summed by month and municipality in `purchase_month`; nothing on days with no decision in force); a voucher's at its value, as the county pays
   * its providers as it pays its suppliers. Against the county's baseline and reduction target in force on
   * the year's last day: a value set from a
   * later day leaves the year's figure as it was. Unset, they are null, and the figure has no target.
   */
  async purchases(year: number, municipalityCode: string | null) {
    const municipality = await this.municipality(municipalityCode ?? undefined);
    return (await this.purchasesOf(year, municipality, []))[0]!;
  }

  /** The purchases of a year in the whole county and of each municipality's clients, from one pass over its visits. */
  async purchasesEverywhere(year: number, municipalities: string[]) {
    const [county, ...each] = await this.purchasesOf(year, null, municipalities);
    return { county: county!, byMunicipality: new Map(municipalities.map((code, i) => [code, each[i]!])) };
  }

  /** The purchases of the county (or of one municipality's clients), and of each of `municipalities` beside. */
  private async purchasesOf(year: number, municipality: string | null, municipalities: string[]) {
    const each = municipalities.length > 0;
    // The year's visits as priced (visit_charge), summed by month, service and municipality (purchase_month).
    const bought = await select<{
      municipality: string | null;
      month: string | null;
      serviceCode: string;
      chargedHours: number;
      spentCents: number;
    }>(
      this.ds,
      `select ${each ? 'p.municipality_code' : 'null'} as municipality, to_char(p.month, 'YYYY-MM') as month,
              p.service_code as "serviceCode",
              coalesce(sum(p.charged_hours), 0)::float as "chargedHours",
              coalesce(round(sum(p.cost_cents)), 0)::bigint::float as "spentCents"
       from purchase_month p
       where p.kind in ('payment_commitment', 'service_voucher')
         and p.month >= make_date($1, 1, 1) and p.month < make_date($1 + 1, 1, 1)
         and ($2::text is null or p.municipality_code = $2)
       group by grouping sets ((p.service_code), (to_char(p.month, 'YYYY-MM'), p.service_code)
         ${each ? `, (p.municipality_code, p.service_code), (p.municipality_code, to_char(p.month, 'YYYY-MM'), p.service_code)` : ''})
       order by 2, 3`,
      [year, municipality],
    );
    const settings = await this.settings.inForce(`${year}-12-31`);
    const baselines = settings.get('purchase_baseline_cents') ?? new Map<string, SettingValue>();
    const reduction = settings.get('purchase_reduction_target')?.get('') ?? null;
    return [municipality, ...municipalities].map((code, i) => {
      const of = bought.filter((r) => r.municipality === (i === 0 ? null : code));
      const spent = new Map(of.filter((r) => r.month === null).map((r) => [r.serviceCode, r]));
      const codes = [...new Set([...baselines.keys(), ...spent.keys()])].sort();
      return {
        year,
        municipalityCode: code,
        reductionTarget: reduction?.value ?? null,
        reductionTargetSource: reduction?.source ?? null,
        services: codes.map((serviceCode) => {
          const baseline = baselines.get(serviceCode) ?? null;
          const target =
            baseline === null || reduction === null ? null : Math.round(baseline.value * (1 - reduction.value));
          const s = spent.get(serviceCode);
          const spentCents = s?.spentCents ?? 0;
          return {
            serviceCode,
            chargedHours: s?.chargedHours ?? 0,
            spentCents,
            baselineCents: baseline?.value ?? null,
            baselineSource: baseline?.source ?? null,
            baselineIsExample: baseline?.example ?? null,
            targetCents: target,
            shareOfTarget: target ? Math.round((spentCents / target) * 10_000) / 10_000 : null,
          };
        }),
        months: of
          .filter((r): r is typeof r & { month: string } => r.month !== null)
          .map(({ month, serviceCode, chargedHours, spentCents }) => ({
            month,
            serviceCode,
            chargedHours,
            spentCents,
          })),
      };
    });
  }

  /**
   * The own-production units' figures for a year, per unit and service, beside the suppliers' purchases:
   * hours delivered (by month) against the unit's capacity, the access time of the services it started and
   * the families' NPS. Counts and sums only, never whose: procurement reads them too.
   */
  async unitFigures(year: number) {
    const capacity = await this.units.capacityOf(null, null);
    const inYear = (column: string) => `${column} >= make_date($1, 1, 1) and ${column} < make_date($1 + 1, 1, 1)`;
    // The delivered visits' hours as kept summed by month, supplier and service (delivered_month).
    const months = await select<{ supplierId: string; serviceCode: string; month: string; deliveredHours: number }>(
      this.ds,
      `select m.supplier_id as "supplierId", m.service_code as "serviceCode", to_char(m.month, 'YYYY-MM') as month,
              sum(m.hours)::float as "deliveredHours"
       from delivered_month m join supplier s on s.id = m.supplier_id
       where s.own_production and ${inYear('m.month')}
       group by 1, 2, 3 order by 3`,
      [year],
    );
    const started = await select<{ supplierId: string; serviceCode: string; days: number }>(
      this.ds,
      `select a.supplier_id as "supplierId", a.service_code as "serviceCode", a.access_days as days
       from arrangement a join supplier s on s.id = a.supplier_id
       where s.own_production and a.access_days is not null and ${inYear('a.started_on')}`,
      [year],
    );
    const answers = await select<{ supplierId: string; serviceCode: string; answers: number; nps: number | null }>(
      this.ds,
      `select f.supplier_id as "supplierId", f.service_code as "serviceCode", count(f.recommend)::int as answers,
              count(*) filter (where f.recommend >= 9)::int as promoters,
              count(*) filter (where f.recommend <= 6)::int as detractors
       from feedback f join supplier s on s.id = f.supplier_id
       where s.own_production and f.respondent = $2 and ${inYear('f.answered_on')}
       group by 1, 2`,
      [year, COUNTED_IN_SURVEY],
    );
    const of = (r: { supplierId: string; serviceCode: string }) => (x: { supplierId: string; serviceCode: string }) =>
      x.supplierId === r.supplierId && x.serviceCode === r.serviceCode;
    return {
      year,
      minimumAnswersShown: MIN_ANSWERS_SHOWN,
      units: capacity.map((c) => {
        const delivered = months.filter(of(c)).map(({ month, deliveredHours }) => ({ month, deliveredHours }));
        const days = started.filter(of(c)).map((a) => a.days);
        const said = answers.find(of(c)) as { answers: number; promoters: number; detractors: number } | undefined;
        return {
          ...c,
          deliveredHours: delivered.reduce((n, m) => n + m.deliveredHours, 0),
          months: delivered,
          started: days.length,
          medianAccessDays: median(days),
          answers: said?.answers ?? 0,
          nps:
            said && said.answers >= MIN_ANSWERS_SHOWN
              ? Math.round(((said.promoters - said.detractors) / said.answers) * 1000) / 10
              : null,
        };
      }),
    };
  }

  /**
   * Each own worker's clients and running services against the caseload norm of their profession; of the
   * clients of one municipality when asked.
   */
  async caseloads(user: AuthUser, municipalityCode: string | null) {
    const municipality = await this.municipality(municipalityCode ?? undefined);
    const params: unknown[] = [RUNNING_STATUSES, municipality];
    const norms = (await this.settings.inForce(today())).get('caseload_norm') ?? new Map<string, SettingValue>();
    // Of one municipality, the running services are counted in one pass, joined by hash to its clients: a
    // worker at a time, each of their services would look its client up.
    const running =
      municipality === null
        ? `(select count(*)::int from arrangement a where a.own_worker_id = u.id and a.status = any($1::text[]))`
        : `coalesce((select r.n from running r where r.own_worker_id = u.id), 0)`;
    const rows = await select<{ profession: string | null; clients: number }>(
      this.ds,
      `${
        municipality === null
          ? ''
          : `with running as materialized (
               select a.own_worker_id, count(*)::int as n
               from arrangement a join client c on c.id = a.client_id
               where a.status = any($1::text[]) and c.municipality_code = $2
               group by 1
             ) `
      }select u.id as "userId", u.full_name as name, u.profession, u.team_id as "teamId",
              (select count(*)::int from client c where c.own_worker_id = u.id
                 and ($2::text is null or c.municipality_code = $2)) as clients,
              ${running} as "runningServices"
       from app_user u where u.role = 'own_worker' and u.disabled_at is null
         and ${reach(user, 'person', (v) => `$${params.push(v)}`)}
       order by u.full_name`,
      params,
    );
    return rows.map((r) => {
      const norm = (r.profession ? norms.get(r.profession)?.value : undefined) ?? null;
      return { ...r, norm, overNorm: norm !== null && r.clients > norm };
    });
  }
}

/**
 * An arrangement `a` of a client of the municipality in `param` (whose value is `municipality`), or of any when
 * it is null. Written for the one case or the other, never as `param is null or …`: the planner turns only a
 * plain condition into a join it can drive from either side, not into a filter over every arrangement.
 */
const ofMunicipality = (municipality: string | null, param: string) =>
  municipality === null
    ? `${param}::text is null`
    : `exists (select 1 from client c where c.id = a.client_id and c.municipality_code = ${param})`;

/**
 * The period's decision records (each one's fact, decision_fact) in one pass for two figures, a row of each:
 * - the decisions by service, kind and outcome (`kind` set; the records of a decision's kinds only);
 * - the appeals by year and service, and by month and service (`kind` null; `year` or `month` set): the
 *   appealable records (a denial, not continuing, a change denied, an unmet need, an early end:
 *   libs/domain/decisions.ts), the requests for rectification of any, and what became of them.
 * Ordered as each figure lists them: the appeals by year, then by month, each by service; the decisions by
 * service, kind and outcome.
 */
function recordsQuery(
  reached: string,
  ofEach: (column: string) => string,
  months: { from: string; to: string },
  otherDays: (day: string) => string,
  { sets, municipalityOf }: { sets: (...xs: string[]) => string[]; municipalityOf: string },
): string {
  const appealable = `a.outcome in (${APPEALABLE_OUTCOMES.map((o) => `'${o}'`).join(', ')})`;
  const key = `${ofEach('a.municipality_code')} as municipality_code`;
  const sums = (records: string) =>
    ['requests', 'in_time', 'upheld', 'changed', 'dismissed_late', 'pending', 'court', 'overturned']
      .map((c) => `sum(a.${c}) as ${c}`)
      .concat(`${records} as records`);
  // Counted first by the month they begin, service, kind and outcome (a few hundred rows a year): the whole
  // months' counts summed, the other days' records counted; then summed into the figures' groups.
  return `with counted as (
         select ${key}, a.month as month_on, a.service_code, a.kind, a.outcome,
                sum(case when ${appealable} then a.records else 0 end) as negative, ${sums('sum(a.records)').join(', ')}
         from decision_month a
         where a.month between ${months.from} and ${months.to} and ($3::text is null or a.service_code = $3)
           and ${reached}
         group by 1, 2, 3, 4, 5
         union all
         select ${key}, date_trunc('month', a.decided_on::timestamp)::date, a.service_code, a.kind, a.outcome,
                count(*) filter (where ${appealable}), ${sums('count(*)').join(', ')}
         from decision_fact a
         where ${otherDays('a.decided_on')} and ($3::text is null or a.service_code = $3) and ${reached}
         group by 1, 2, 3, 4, 5
       )
       select ${municipalityOf} as municipality, r.kind, r.outcome, sum(r.records)::int as count,
              extract(year from date_trunc('year', r.month_on))::int as year, to_char(r.month_on, 'YYYY-MM') as month,
              r.service_code as "serviceCode", sum(r.negative)::int as "negativeDecisions",
              sum(r.requests)::int as "rectificationRequests", sum(r.in_time)::int as "inTime",
              sum(r.upheld)::int as upheld, sum(r.changed)::int as changed,
              sum(r.dismissed_late)::int as "dismissedLate", sum(r.pending)::int as pending,
              sum(r.court)::int as "courtAppeals", sum(r.overturned)::int as "courtOverturned"
       from counted r
       group by grouping sets (${sets('r.service_code, r.kind, r.outcome', "date_trunc('year', r.month_on), r.service_code", 'r.month_on, r.service_code').join(', ')})
       -- An unmet need's and an ending's records are appealable, not decisions of their own kind.
       having grouping(r.kind) = 1 or r.kind not in ('unmet_need', 'ending')
       order by year, month, "serviceCode", r.kind, r.outcome`;
}

/** A row of recordsQuery: a decisions row (kind, outcome, count) or an appeals row (year or month, and counts). */
interface RecordRow extends AppealRow {
  kind: string | null;
  outcome: string | null;
  count: number;
}

interface AppealRow {
  municipality: string | null;
  year: number | null;
  month: string | null;
  serviceCode: string;
  negativeDecisions: number;
  rectificationRequests: number;
  inTime: number;
  upheld: number;
  changed: number;
  dismissedLate: number;
  pending: number;
  courtAppeals: number;
  courtOverturned: number;
}

/** A municipality with nothing in the period: the figures of none, as the whole county's statements count none. */
function emptyFigures<T extends { period: unknown; unmetNeeds: unknown }>(county: T, code: string) {
  return {
    period: county.period,
    municipalityCode: code,
    accessTime: [],
    decisions: [],
    unmetNeeds: { recorded: 0, stillOpen: 0 },
    satisfaction: [],
    reassessmentsOverdueNow: 0,
    appeals: [],
    accessTimeByMonth: [],
    appealsByMonth: [],
    unmetNeedsByMonth: [],
  };
}

interface AccessFigures {
  started: number;
  medianDays: number | null;
  withinTarget: number;
}

function accessFigures(e: AccessFigures) {
  return {
    started: e.started,
    medianDays: e.medianDays,
    withinTargetShare: Math.round((e.withinTarget / e.started) * 1000) / 1000,
  };
}

/** Sorts by a text key as JavaScript compares strings (code units), whatever the database's collation. */
function byKey<T>(key: (x: T) => string) {
  return (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Arrangements started in a month of a service (of a municipality's clients, or null), with the same access days. */
interface StartedRow {
  municipality: string | null;
  serviceCode: string;
  month: string;
  days: number | null;
  started: number;
  withinTarget: number;
}

/**
 * The access figures by service, and by service and month (`month` null for the period), of all the rows and,
 * where rows name a municipality, of that municipality's: the starts and those within target summed, the
 * median of the access days exact from their counts.
 */
function accessRowsOf(rows: StartedRow[]) {
  const groups = new Map<string, AccessGroup>();
  for (const r of rows) {
    for (const municipality of r.municipality === null ? [null] : [null, r.municipality]) {
      for (const month of [null, r.month]) {
        const key = JSON.stringify([municipality, r.serviceCode, month]);
        const g = groups.get(key) ?? {
          municipality,
          serviceCode: r.serviceCode,
          month,
          started: 0,
          withinTarget: 0,
          days: new Map(),
        };
        groups.set(key, g);
        g.started += r.started;
        g.withinTarget += r.withinTarget;
        if (r.days !== null) g.days.set(r.days, (g.days.get(r.days) ?? 0) + r.started);
      }
    }
  }
  return [...groups.values()].map(({ days, ...g }) => ({ ...g, medianDays: medianOfCounts(days) }));
}

interface AccessGroup {
  municipality: string | null;
  serviceCode: string;
  month: string | null;
  started: number;
  withinTarget: number;
  days: Map<number, number>;
}
