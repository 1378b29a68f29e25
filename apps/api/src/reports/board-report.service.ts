import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { dateOf, today } from '../../../../libs/domain/dates';
import { quarterPeriod } from '../../../../libs/domain/quarters';
import type {
  BoardCaseloadRow,
  BoardPurchaseRow,
  BoardReport,
  BoardServiceRow,
  BoardSupervisionRow,
} from '../../../../libs/letters/board-report';
import type { AuthUser } from '../auth/auth';
import { CatalogueService } from '../catalogue/catalogue.service';
import { SupervisionService } from '../supervision/supervision.service';
import { Figures as FiguresAnswer, Purchases as PurchasesAnswer } from './reports.responses';
import { ReportsService } from './reports.service';

// The answers as the API documents them (and checks them against): the queries' rows are loosely typed.
type Figures = z.infer<typeof FiguresAnswer>;
type Purchases = z.infer<typeof PurchasesAnswer>;
type Case = { openedAt: string | Date; closedAt: string | Date | null; outcome: string | null };

/**
 * The quarterly report to the board, put together from the queries the team lead's figures answer from
 * (`/reports/figures`, `/purchases`, `/caseloads`, the supervision cases): the same numbers, summed by
 * service, for the whole county and for each municipality's clients. Counts only: no client, and the
 * caseloads by profession rather than by worker.
 */
@Injectable()
export class BoardReportService {
  constructor(
    private readonly reports: ReportsService,
    private readonly catalogue: CatalogueService,
    private readonly supervision: SupervisionService,
  ) {}

  async report(user: AuthUser, quarter: string): Promise<BoardReport> {
    const { year, from, to, months } = quarterPeriod(quarter);
    const municipalities = await this.reports.municipalities();
    const caseloadsOn = today();
    // Each part is asked independently, side by side: the year's visits priced once for the county and every
    // municipality; the quarter's figures too, in one pass over each table; the caseloads, the supervision
    // cases and the catalogue's names.
    const [bought, figures, caseloadRows, cases, catalogue] = await Promise.all([
      this.reports.purchasesEverywhere(
        year,
        municipalities.map((m) => m.code),
      ),
      this.reports.figuresEverywhere(user, { from, to }),
      this.reports.caseloads(user, null),
      this.supervision.cases(user, {}),
      this.catalogue.current(),
    ]);
    const county = { figures: figures.county as Figures, purchases: bought.county };
    const byMunicipality: BoardReport['byMunicipality'] = [];
    for (const m of municipalities) {
      const purchases = bought.byMunicipality.get(m.code)!;
      const services = serviceRows(figures.of(m.code) as Figures, purchases, months).filter(hasSomething);
      if (services.length) byMunicipality.push({ municipalityCode: m.code, services });
    }
    const caseloads = caseloadsByProfession(caseloadRows);
    const supervision = supervisionOf(cases as unknown as Case[], from, to);
    const countyRows = serviceRows(county.figures, county.purchases, months);
    const serviceNames = Object.fromEntries(
      catalogue.services.map((s) => [s.code, { fi: s.name.fi, sv: s.name.sv }] as const),
    );
    return {
      quarter,
      from,
      to,
      printedAt: new Date(),
      caseloadsOn,
      serviceNames,
      municipalityNames: Object.fromEntries(municipalities.map((m) => [m.code, { fi: m.name.fi, sv: m.name.sv }])),
      county: countyRows,
      byMunicipality,
      reductionTarget: county.purchases.reductionTarget,
      reductionTargetSource: county.purchases.reductionTargetSource,
      purchases: purchaseRows(county.purchases, months),
      caseloads,
      supervision,
      reassessmentsOverdueNow: county.figures.reassessmentsOverdueNow,
    };
  }
}

/** The quarter's figures of each service that has any, the quarter's purchases from its months. */
export function serviceRows(figures: Figures, purchases: Purchases, months: string[]): BoardServiceRow[] {
  const bought = purchases.months.filter((m) => months.includes(m.month));
  const codes = new Set<string>([
    ...figures.accessTime.map((a) => a.serviceCode),
    ...figures.decisions.map((d) => d.serviceCode),
    ...figures.appeals.map((a) => a.serviceCode),
    ...figures.unmetNeedsByMonth.map((u) => u.serviceCode),
    ...figures.satisfaction.map((s) => s.serviceCode),
    ...bought.map((b) => b.serviceCode),
  ]);
  return [...codes].sort().map((serviceCode) => {
    const access = figures.accessTime.find((a) => a.serviceCode === serviceCode);
    const satisfaction = figures.satisfaction.find((s) => s.serviceCode === serviceCode);
    const sum = <T>(rows: T[], pick: (r: T) => number) => rows.reduce((total, r) => total + pick(r), 0);
    // A quarter lies within one year: its decisions are one year's row.
    const appeals = figures.appeals.filter((a) => a.serviceCode === serviceCode);
    const unmet = figures.unmetNeedsByMonth.filter((u) => u.serviceCode === serviceCode);
    const spent = bought.filter((b) => b.serviceCode === serviceCode);
    return {
      serviceCode,
      started: access?.started ?? 0,
      medianDays: access?.medianDays ?? null,
      withinTargetShare: access?.withinTargetShare ?? null,
      negativeDecisions: sum(appeals, (a) => a.negativeDecisions),
      rectificationRequests: sum(appeals, (a) => a.rectificationRequests),
      inTime: sum(appeals, (a) => a.inTime),
      changed: sum(appeals, (a) => a.changed),
      upheld: sum(appeals, (a) => a.upheld),
      dismissedLate: sum(appeals, (a) => a.dismissedLate),
      pending: sum(appeals, (a) => a.pending),
      courtAppeals: sum(appeals, (a) => a.courtAppeals),
      courtOverturned: sum(appeals, (a) => a.courtOverturned),
      unmetRecorded: sum(unmet, (u) => Number(u.recorded)),
      unmetStillOpen: sum(unmet, (u) => Number(u.stillOpen)),
      npsAnswers: satisfaction?.answers ?? 0,
      nps: satisfaction?.nps ?? null,
      npsTarget: satisfaction?.npsTarget ?? null,
      npsTargetSource: satisfaction?.npsTargetSource ?? null,
      chargedHours: sum(spent, (b) => b.chargedHours),
      spentCents: sum(spent, (b) => b.spentCents),
    };
  });
}

/** A municipality's service row with nothing to count in the quarter is left out of its table. */
function hasSomething(r: BoardServiceRow): boolean {
  return r.started + r.negativeDecisions + r.rectificationRequests + r.unmetRecorded + r.npsAnswers + r.spentCents > 0;
}

/**
 * The year's purchases up to the quarter's end against the year's baseline and target: a baseline is
 * yearly, so the quarter is read against it as the year so far, never as a quarter of it.
 */
export function purchaseRows(purchases: Purchases, months: string[]): BoardPurchaseRow[] {
  const last = months[months.length - 1]!;
  return purchases.services.map((s) => {
    const yearToDateCents = purchases.months
      .filter((m) => m.serviceCode === s.serviceCode && m.month <= last)
      .reduce((total, m) => total + m.spentCents, 0);
    return {
      serviceCode: s.serviceCode,
      yearToDateCents,
      baselineCents: s.baselineCents,
      baselineSource: s.baselineSource,
      targetCents: s.targetCents,
      yearToDateShareOfTarget: s.targetCents ? Math.round((yearToDateCents / s.targetCents) * 10_000) / 10_000 : null,
    };
  });
}

/** The caseloads summed by profession: the board is told how loaded each group is, not who is. */
export function caseloadsByProfession(
  rows: {
    profession: string | null;
    clients: number;
    runningServices?: unknown;
    norm: number | null;
    overNorm: boolean;
  }[],
): BoardCaseloadRow[] {
  const groups = new Map<string, BoardCaseloadRow>();
  for (const r of rows) {
    const key = r.profession ?? '';
    const g = groups.get(key) ?? {
      profession: r.profession,
      workers: 0,
      clients: 0,
      runningServices: 0,
      norm: r.norm,
      workersOverNorm: 0,
    };
    g.workers++;
    g.clients += r.clients;
    g.runningServices += Number(r.runningServices ?? 0);
    if (r.overNorm) g.workersOverNorm++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.profession ?? '~').localeCompare(b.profession ?? '~'));
}

/** Cases opened and closed (by outcome) in the quarter, by the Finnish day, and those open at its end. */
export function supervisionOf(cases: Case[], from: string, to: string): BoardSupervisionRow {
  const dayOf = (at: string | Date | null) => (at ? dateOf(new Date(at)) : null);
  const closed: Record<string, number> = {};
  let opened = 0;
  let openAtEnd = 0;
  for (const c of cases) {
    const o = dayOf(c.openedAt);
    const x = dayOf(c.closedAt);
    if (o && o >= from && o <= to) opened++;
    if (x && x >= from && x <= to) {
      const outcome = c.outcome ?? 'no_action';
      closed[outcome] = (closed[outcome] ?? 0) + 1;
    }
    if (o && o <= to && (!x || x > to)) openAtEnd++;
  }
  return { opened, closed, openAtEnd };
}
