import { Client as Pg } from 'pg';
import type { DataSource } from 'typeorm';
import { mintTokens } from '../apps/api/src/auth/tokens';
import type { AuthUser } from '../apps/api/src/auth/auth';
import type { AccessLogService } from '../apps/api/src/access/access-log.service';
import { CatalogueService } from '../apps/api/src/catalogue/catalogue.service';
import { UnitsService } from '../apps/api/src/own-production/units.service';
import { BoardReportService } from '../apps/api/src/reports/board-report.service';
import { ReportsService } from '../apps/api/src/reports/reports.service';
import { SelfMonitoringReportService } from '../apps/api/src/reports/self-monitoring.service';
import { RunningService } from '../apps/api/src/running/running.service';
import type { RunningListQueryDto } from '../apps/api/src/running/running.dto';
import { CountySettingsService } from '../apps/api/src/settings/county-settings.service';
import { SupervisionService } from '../apps/api/src/supervision/supervision.service';
import type { Config } from '../libs/config/config';
import { createDataSource } from '../libs/persistence/data-source';
import { USERS } from '../libs/persistence/dev/demo-region';
import { FULL_SCALE, generateReportData } from './reports-data';

/**
 * Reports over years of data (issue 27): the generator's million arrangements, ten million visits and
 * 200 000 answers in the benchmark's database, then every `/reports/*` answer and the supervision and
 * running-service lists through the API as the users who read them, p50/p95 over requests with varying
 * years and municipalities, and each one's plan: the same service code run in this process over a
 * connection that records its SQL, each statement explained (analyze, buffers) once, the slowest printed,
 * and any sequential scan of a big table flagged.
 */

const SAMPLES = Number(process.env.BENCH_REPORT_SAMPLES ?? 30);
const GOAL_MS = 500;
/** The API's own deadline for a statement (libs/persistence/data-source.ts). */
const STATEMENT_DEADLINE_MS = 10_000;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const MUNICIPALITIES = ['espoo', 'lohja', 'vihti', 'kirkkonummi', 'raasepori', 'hanko', 'inkoo', 'karkkila'];
const SUPPLIERS = ['00000000-0000-4000-8000-000003000001', '00000000-0000-4000-8000-000003000003'];
const LISTS = [undefined, 'evaluation_overdue', 'continuation_due', 'ending_soon', 'change_pending'] as const;

interface Route {
  name: string;
  user: string;
  /** The i-th request's path and query. */
  path: (i: number) => string;
  /** The same answer computed in this process (for its SQL), as the i-th request. */
  direct: (s: Services, users: Map<string, AuthUser>, i: number) => Promise<unknown>;
}

const year = (i: number) => YEARS[i % YEARS.length]!;
const municipality = (i: number) => (i % 2 ? MUNICIPALITIES[(i >> 1) % MUNICIPALITIES.length] : undefined);
const withM = (i: number) => (municipality(i) ? `&municipalityCode=${municipality(i)}` : '');
/** A year or one of its quarters, in turn. */
const period = (i: number) => {
  const q = i % 5;
  const y = year(i >> 1);
  if (q === 4) return { from: `${y}-01-01`, to: `${y}-12-31` };
  const months = [`0${3 * q + 1}`.slice(-2), `0${3 * q + 3}`.slice(-2)];
  return { from: `${y}-${months[0]}-01`, to: new Date(Date.UTC(y, 3 * q + 3, 0)).toISOString().slice(0, 10) };
};

export const ROUTES: Route[] = [
  {
    name: 'figures',
    user: 'riikka',
    path: (i) => `/reports/figures?from=${period(i).from}&to=${period(i).to}${withM(i)}`,
    direct: (s, u, i) => s.reports.figures(u.get('riikka')!, { ...period(i), municipalityCode: municipality(i) }),
  },
  {
    name: 'purchases',
    user: 'petra',
    path: (i) => `/reports/purchases?year=${year(i)}`,
    direct: (s, _u, i) => s.reports.purchases(year(i), null),
  },
  {
    name: 'purchases by municipality',
    user: 'riikka',
    path: (i) => `/reports/purchases?year=${year(i)}&municipalityCode=${municipality(2 * i + 1)}`,
    direct: (s, _u, i) => s.reports.purchases(year(i), municipality(2 * i + 1)!),
  },
  {
    name: 'units',
    user: 'petra',
    path: (i) => `/reports/units?year=${year(i)}`,
    direct: (s, _u, i) => s.reports.unitFigures(year(i)),
  },
  {
    name: 'caseloads',
    user: 'riikka',
    path: (i) => `/reports/caseloads${municipality(i) ? `?municipalityCode=${municipality(i)}` : ''}`,
    direct: (s, u, i) => s.reports.caseloads(u.get('riikka')!, municipality(i) ?? null),
  },
  {
    name: 'municipalities',
    user: 'riikka',
    path: () => '/reports/municipalities',
    direct: (s) => s.reports.municipalities(),
  },
  {
    name: 'self-monitoring',
    user: 'riikka',
    path: (i) => `/reports/self-monitoring?year=${year(i)}`,
    direct: (s, u, i) => s.selfMonitoring.findings(u.get('riikka')!, year(i)),
  },
  {
    name: 'self-monitoring, a unit lead',
    user: 'maria',
    path: (i) => `/reports/self-monitoring?year=${year(i)}`,
    direct: (s, u, i) => s.selfMonitoring.findings(u.get('maria')!, year(i)),
  },
  {
    name: 'board-report.csv',
    user: 'riikka',
    path: (i) => `/reports/board-report.csv?quarter=${year(i)}-Q${1 + ((i >> 1) % 4)}`,
    direct: (s, u, i) => s.board.report(u.get('riikka')!, `${year(i)}-Q${1 + ((i >> 1) % 4)}`),
  },
  {
    name: 'supervision cases',
    user: 'petra',
    path: (i) => `/supervision/cases${['', '?open=false', `?supplierId=${SUPPLIERS[i % 2]}`][i % 3]}`,
    direct: (s, u, i) =>
      s.supervision.cases(u.get('petra')!, [{}, { open: false }, { supplierId: SUPPLIERS[i % 2] }][i % 3]!),
  },
  {
    name: 'running services',
    user: 'riikka',
    path: (i) => `/running-services${LISTS[i % LISTS.length] ? `?list=${LISTS[i % LISTS.length]}` : ''}`,
    direct: (s, u, i) =>
      s.running.list(u.get('riikka')!, {
        list: LISTS[i % LISTS.length],
        within: 'P1M',
        limit: 100,
      } as RunningListQueryDto),
  },
];

interface Services {
  reports: ReportsService;
  selfMonitoring: SelfMonitoringReportService;
  board: BoardReportService;
  supervision: SupervisionService;
  running: RunningService;
}

/** The API's services over its data source, keeping every statement they send through `query`. */
export function recordingServices(ds: DataSource, statements: { sql: string; params: unknown[] }[]): Services {
  const db = new Proxy(ds, {
    get: (target, key, receiver) =>
      key === 'query'
        ? (sql: string, params: unknown[] = []) => {
            statements.push({ sql, params });
            return target.query(sql, params);
          }
        : Reflect.get(target, key, receiver),
  });
  const catalogue = new CatalogueService(db);
  const reports = new ReportsService(db, new CountySettingsService(db, catalogue), new UnitsService(db));
  // The lists' other collaborators (Temporal, the command gateway) are not on their read path.
  const supervision = new SupervisionService(
    db,
    undefined as never,
    undefined as never,
    undefined as never,
    undefined as never,
  );
  const noLog = { listed: () => Promise.resolve() } as unknown as AccessLogService;
  return {
    reports,
    selfMonitoring: new SelfMonitoringReportService(db),
    board: new BoardReportService(reports, catalogue, supervision),
    supervision,
    running: new RunningService(db, undefined as never, noLog),
  };
}

export async function authUsers(pg: Pg): Promise<Map<string, AuthUser>> {
  const users = new Map<string, AuthUser>();
  for (const username of ['riikka', 'petra', 'maria']) {
    const u = USERS.find((x) => x.username === username)!;
    const { rows } = await pg.query<{ team_id: string }>(
      'select team_id from team_lead where user_id = $1 order by 1',
      [u.id],
    );
    users.set(username, {
      userId: u.id,
      role: u.role,
      teamId: u.teamId,
      profession: u.profession,
      supplierId: u.supplierId,
      ...(u.unitLead ? { unitLead: true } : {}),
      teams: u.role === 'team_lead' ? rows.map((r) => r.team_id) : u.teamId ? [u.teamId] : [],
    } as AuthUser);
  }
  return users;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A plan's lines without costs and buffers: node, actual time, rows, and the conditions that chose them. */
export function compact(plan: string[]): string[] {
  return plan
    .filter(
      (l) => /->|^\S|Index Cond|Filter:|Hash Cond|Join Filter|Execution Time/.test(l) && !/Buffers:|Planning/.test(l),
    )
    .map((l) =>
      l
        .replace(/\(cost=[^)]*\)\s*/, '')
        .replace(/\(actual time=([\d.]+)\.\.([\d.]+) rows=(\d+) loops=(\d+)\)/, '($2 ms, $3 rows × $4)')
        .slice(0, 150),
    );
}

/**
 * Each statement explained once; the slowest one's plan, every big table scanned sequentially, and the plans
 * that scan one (to be seen where they are, when the slowest is another statement).
 */
export async function plans(pg: Pg, statements: { sql: string; params: unknown[] }[], big: Set<string>) {
  let slowest = { ms: -1, plan: [] as string[] };
  const seqScans = new Set<string>();
  const scanning: string[][] = [];
  for (const s of statements) {
    const { rows } = await pg.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.sql}`, s.params);
    const plan = rows.map((r) => r['QUERY PLAN']);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? 0);
    if (ms > slowest.ms) slowest = { ms, plan };
    const tables = plan.map((l) => /Seq Scan on (\w+)/.exec(l)?.[1]).filter((t) => t !== undefined && big.has(t));
    for (const t of tables) seqScans.add(t!);
    if (tables.length) scanning.push(plan);
  }
  return { statements: statements.length, slowest, seqScans: [...seqScans], scanning };
}

/** What the database is marked with once it holds the generated years at full scale. */
const KEPT_MARK = `luvn bench: reports data ${JSON.stringify(FULL_SCALE)}`;
const PARTS = process.env.BENCH_PARTS?.split(',').map((p) => p.trim());

/**
 * Whether the benchmark's database already holds the generated years and may be kept (BENCH_KEEP_REPORT_DATA=1
 * and BENCH_PARTS=reports only: no other part writes to it): seven minutes of generation saved a run. The
 * database is migrated on as it is, so a new migration is measured on the years as a deployment would run it.
 */
export async function reportDataKept(url: string, parts: string[] | undefined): Promise<boolean> {
  if (process.env.BENCH_KEEP_REPORT_DATA !== '1' || parts?.join() !== 'reports') return false;
  const pg = new Pg({ connectionString: url });
  try {
    await pg.connect();
    const { rows } = await pg.query<{ mark: string | null }>(
      'select shobj_description(oid, $1) as mark from pg_database where datname = current_database()',
      ['pg_database'],
    );
    return rows[0]?.mark === KEPT_MARK;
  } catch {
    return false; // no database yet
  } finally {
    await pg.end().catch(() => undefined);
  }
}

export async function reportFigures(api: string, config: Config): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  const pg = new Pg({ connectionString: config.DATABASE_URL });
  await pg.connect();
  let ds: DataSource | undefined;
  try {
    const started = Date.now();
    const kept = await reportDataKept(config.DATABASE_URL, PARTS);
    const steps = kept ? {} : await generateReportData(pg, FULL_SCALE);
    if (!kept) await pg.query(`comment on database "${pg.database}" is '${KEPT_MARK}'`);
    const seconds = (Date.now() - started) / 1000;
    const { rows: sizes } = await pg.query<{ relname: string; n: string }>(
      `select relname, reltuples::bigint as n from pg_class
       where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples > 100000 order by reltuples desc`,
    );
    const big = new Set(sizes.map((r) => r.relname));
    await pg.query(`set statement_timeout = ${STATEMENT_DEADLINE_MS}`);
    console.log(
      `\n6. Reports over years of data (${kept ? 'kept from an earlier run (BENCH_KEEP_REPORT_DATA)' : `generated in ${seconds.toFixed(0)} s`})`,
    );
    console.log(`   ${sizes.map((r) => `${r.relname} ${Number(r.n).toLocaleString('en')}`).join(', ')}`);
    console.log(
      `   generation, s: ${Object.entries(steps)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    figures['reports: data generated in'] = kept ? 'kept' : `${seconds.toFixed(0)} s`;

    ds = createDataSource(config.DATABASE_URL, 8);
    await ds.initialize();
    const tokens = await mintTokens(ds, config, ['riikka', 'petra', 'maria']);
    const users = await authUsers(pg);
    const request = async (route: Route, i: number) => {
      const t = process.hrtime.bigint();
      const res = await fetch(`${api}${route.path(i)}`, {
        headers: { authorization: `Bearer ${tokens.get(route.user)}` },
      });
      await res.arrayBuffer();
      // A failure (such as the database's statement deadline) is counted and told, not taken for an answer.
      if (res.status !== 200) failures.push(`${res.status} on ${route.path(i)}`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const failures: string[] = [];
    const summary: string[] = [];
    for (const route of ROUTES) {
      await request(route, 0); // warm the route (and the API's caches), as a user's first click would
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) times.push(await request(route, i));
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      const statements: { sql: string; params: unknown[] }[] = [];
      // The first request's variant (the whole county), run once more here with the API's statement deadline.
      let plan: Awaited<ReturnType<typeof plans>> = {
        statements: 0,
        slowest: { ms: 0, plan: [] },
        seqScans: [],
        scanning: [],
      };
      try {
        await route.direct(recordingServices(ds, statements), users, 0);
        plan = await plans(pg, statements, big);
      } catch (err) {
        plan.slowest.plan = [`not explained: ${err instanceof Error ? err.message : String(err)}`];
      }
      const met = p95 <= GOAL_MS && !failures.length ? 'met' : 'MISSED';
      if (failures.length)
        console.log(`\n   ${route.name}: ${failures.length} failed: ${failures.slice(0, 3).join(', ')}`);
      failures.length = 0;
      console.log(
        `\n   ${route.name.padEnd(30)} p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   (goal p95 <= ${GOAL_MS} ms: ${met})` +
          `   ${plan.statements} statement(s)${plan.seqScans.length ? `, SEQ SCAN ON ${plan.seqScans.join(', ')}` : ', no seq scan of a big table'}`,
      );
      console.log(`     e.g. GET ${route.path(0)}; its slowest statement:`);
      console.log(
        compact(plan.slowest.plan)
          .map((l) => `       ${l}`)
          .join('\n'),
      );
      for (const scan of plan.scanning.filter((p) => p !== plan.slowest.plan)) {
        console.log('     a statement that scans a big table:');
        console.log(
          compact(scan)
            .map((l) => `       ${l}`)
            .join('\n'),
        );
      }
      figures[`report ${route.name} p50/p95`] = `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`;
      summary.push(`   ${route.name.padEnd(30)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}  ${met}`);
    }
    console.log(`\n   Reports, ${SAMPLES} requests each (ms)      p50      p95\n${summary.join('\n')}`);
  } finally {
    await pg.end();
    if (ds?.isInitialized) await ds.destroy();
  }
  return figures;
}
