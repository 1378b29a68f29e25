import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { permits } from '../apps/api/src/access/permissions';
import { addDays } from '../libs/domain/dates';
import { quarterOf, quarterPeriod } from '../libs/domain/quarters';
import { USERS } from '../libs/persistence/dev/demo-region';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';

/**
 * The quarterly report to the board (issue 24), as PDF (read back with pdftotext) and as CSV: the numbers
 * the team lead's figures, purchases and caseloads give for the quarter, and not one client's name or id.
 */
const SERVICE = 'board_report_test';
const NAME = { fi: `Testipalvelu ${SERVICE}`, sv: `Testtjänst ${SERVICE}` };
const dir = mkdtempSync(join(tmpdir(), 'luvn-board-'));

let sys: System;
let riikka: ApiUser;
let quarter = '';
let period = { year: 0, from: '', to: '', months: [] as string[] };

beforeAll(async () => {
  sys = await connect();
  riikka = sys.as('riikka');
  // Home help's copy: access-time target one week from the needs assessment.
  await publishTestService(riikka, SERVICE, 'Hallitusraportin testipalvelu');
  await contract(sys.db, {
    id: '00000000-0000-4000-8000-000006700001',
    supplierId: demo.perhepolku,
    serviceCode: SERVICE,
    priceCents: 4500,
  });
  const today = await sys.today();
  quarter = quarterOf(today);
  period = quarterPeriod(quarter);
  // Eetu (Espoo) assessed 4 days ago, Ella (Kirkkonummi) 12 days ago: median 8 days, one of two within the week.
  const supplier = sys.as('perhepolku');
  const startsAt = new Date().toISOString();
  for (const [client, daysAgo, hours] of [
    [demo.eetu.id, 4, 2],
    [demo.ella.id, 12, 3],
  ] as const) {
    const a = await activeService(sys, SERVICE, demo.perhepolku, addDays(today, -daysAgo), client);
    ok(
      await supplier.send(
        'POST',
        `/arrangements/${a.id}/visits`,
        { startsAt, hours, status: 'delivered' },
        `b-${client}`,
      ),
    );
  }
  // A denied decision for Eetu, which the family asks to have rectified; an unmet need of Ella's.
  const [aino, sanna] = [sys.as('aino'), sys.as('sanna')];
  const denied = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
  ok(await aino.post(`/arrangements/${denied.id}/submit`));
  ok(await sanna.post(`/arrangements/${denied.id}/claim`));
  ok(await sanna.post(`/arrangements/${denied.id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
  const [decision] = ok(await aino.get(`/arrangements/${denied.id}/decisions`));
  ok(
    await sanna.post(`/arrangements/${denied.id}/decisions/${decision.seq}/rectification-requests`, {
      receivedOn: today,
      grounds: 'Perhe tarvitsee apua.',
    }),
  );
  const unmet = ok(await aino.post('/arrangements', proposal(demo.ella.id, { serviceCode: SERVICE })));
  ok(await aino.post(`/arrangements/${unmet.id}/submit`));
  ok(await sanna.post(`/arrangements/${unmet.id}/claim`));
  ok(await sanna.post(`/arrangements/${unmet.id}/unmet-need`, { reason: 'Ei vapaita tekijöitä.' }));
});
afterAll(() => sys.close());

async function download(user: ApiUser, path: string): Promise<Buffer> {
  const reply = await user.download(path);
  expect(reply.status).toBe(200);
  return Buffer.from(await reply.arrayBuffer());
}

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

type Row = Record<string, string>;
async function csvRows(lang: 'fi' | 'sv'): Promise<{ text: string; rows: Row[] }> {
  const reply = await riikka.download(`/reports/board-report.csv?quarter=${quarter}&lang=${lang}`);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
  const text = await reply.text();
  return { text, rows: parse<Row>(text, { delimiter: ';', columns: true, bom: true }) };
}

/** The CSV's value of a figure (null for an empty one), found by its codes. */
function valueOf(
  rows: Row[],
  figure: string,
  at: { service?: string | null; municipality?: string | null; group?: string } = {},
): number | null {
  const found = rows.filter(
    (r) =>
      r.luku_koodi === figure &&
      r.palvelu_koodi === (at.service ?? '') &&
      r.kunta_koodi === (at.municipality ?? '') &&
      (at.group === undefined || r.ryhmä === at.group),
  );
  if (found.length !== 1) throw new Error(`${found.length} rows of ${figure} ${JSON.stringify(at)}`);
  const v = found[0]!.arvo!;
  return v === '' ? null : Number(v.replace(',', '.'));
}

async function clientsInTheDatabase(): Promise<{ id: string; full_name: string }[]> {
  return sys.db.query('select id::text, full_name from client');
}

describe('the quarterly report to the board', () => {
  it("gives, as CSV, the numbers the team lead's figures, purchases and caseloads give for the quarter", async () => {
    const { rows } = await csvRows('fi');
    const figuresOf = (m?: string) =>
      riikka.get(`/reports/figures?from=${period.from}&to=${period.to}${m ? `&municipalityCode=${m}` : ''}`);
    const [figures, espoo, purchases, espooPurchases, caseloads, cases] = (
      await Promise.all([
        figuresOf(),
        figuresOf('espoo'),
        riikka.get(`/reports/purchases?year=${period.year}`),
        riikka.get(`/reports/purchases?year=${period.year}&municipalityCode=espoo`),
        riikka.get('/reports/caseloads'),
        riikka.get('/supervision/cases'),
      ])
    ).map(ok);

    // Our service, counted by hand: two starts (4 and 12 days: median 8, one within the week), two appealable
    // negative decisions (a denial asked to be rectified, pending, and the unmet need: its decision is appealable
    // too), one unmet need, 5 hours at 45 € = 225 €, no baseline set.
    const ours = (figure: string, municipality: string | null = null) =>
      valueOf(rows, figure, { service: SERVICE, municipality });
    expect(
      Object.fromEntries(
        [
          'started',
          'median_access_days',
          'within_target_share',
          'negative_decisions',
          'rectification_requests',
          'pending',
          'unmet_recorded',
          'unmet_still_open',
          'charged_hours',
          'spent_eur',
          'year_to_date_eur',
          'baseline_eur',
          'target_eur',
          'year_to_date_share_of_target',
        ].map((f) => [f, ours(f)]),
      ),
    ).toEqual({
      started: 2,
      median_access_days: 8,
      within_target_share: 0.5,
      negative_decisions: 2,
      rectification_requests: 1,
      pending: 1,
      unmet_recorded: 1,
      unmet_still_open: 1,
      charged_hours: 5,
      spent_eur: 225,
      year_to_date_eur: expect.any(Number),
      baseline_eur: null,
      target_eur: null,
      year_to_date_share_of_target: null,
    });
    // A baseline not set is told as such, never a number of another's.
    const baselineRow = rows.find((r) => r.luku_koodi === 'baseline_eur' && r.palvelu_koodi === SERVICE)!;
    expect(baselineRow.huomautus).toBe('ei asetettu');
    expect(ours('started', 'espoo')).toBe(1);
    expect(ours('median_access_days', 'espoo')).toBe(4);
    expect(ours('started', 'kirkkonummi')).toBe(1);
    expect(ours('unmet_recorded', 'kirkkonummi')).toBe(1);
    expect(ours('spent_eur', 'kirkkonummi')).toBe(135);

    // Every service's figures against the API's, for the county and for Espoo.
    for (const [answer, municipality] of [
      [figures, null],
      [espoo, 'espoo'],
    ] as const) {
      for (const a of answer.accessTime) {
        expect(valueOf(rows, 'started', { service: a.serviceCode, municipality })).toBe(a.started);
        expect(valueOf(rows, 'median_access_days', { service: a.serviceCode, municipality })).toBe(a.medianDays);
        expect(valueOf(rows, 'within_target_share', { service: a.serviceCode, municipality })).toBe(
          a.withinTargetShare,
        );
      }
      for (const a of answer.appeals) {
        // A municipality's service with only grants in the quarter has nothing to count: its row is left out.
        if (municipality && a.negativeDecisions + a.rectificationRequests === 0) continue;
        expect(valueOf(rows, 'negative_decisions', { service: a.serviceCode, municipality })).toBe(a.negativeDecisions);
        expect(valueOf(rows, 'rectification_requests', { service: a.serviceCode, municipality })).toBe(
          a.rectificationRequests,
        );
      }
      for (const s of answer.satisfaction) {
        expect(valueOf(rows, 'nps', { service: s.serviceCode, municipality })).toBe(s.nps);
        if (municipality === null) {
          expect(valueOf(rows, 'nps_target', { service: s.serviceCode })).toBe(s.npsTarget);
        }
      }
      const unmet = new Map<string, number>();
      for (const u of answer.unmetNeedsByMonth) unmet.set(u.serviceCode, (unmet.get(u.serviceCode) ?? 0) + u.recorded);
      for (const [service, recorded] of unmet) {
        expect(valueOf(rows, 'unmet_recorded', { service, municipality })).toBe(recorded);
      }
    }
    expect(valueOf(rows, 'reassessments_overdue_now')).toBe(figures.reassessmentsOverdueNow);

    // Purchases: the quarter's months of the year's, and the year so far against the year's baseline.
    for (const [answer, municipality] of [
      [purchases, null],
      [espooPurchases, 'espoo'],
    ] as const) {
      const spent = new Map<string, number>();
      for (const m of answer.months as { month: string; serviceCode: string; spentCents: number }[]) {
        if (period.months.includes(m.month)) spent.set(m.serviceCode, (spent.get(m.serviceCode) ?? 0) + m.spentCents);
      }
      for (const [service, cents] of spent) {
        expect(valueOf(rows, 'spent_eur', { service, municipality })).toBeCloseTo(cents / 100, 2);
      }
    }
    for (const s of purchases.services) {
      expect(valueOf(rows, 'baseline_eur', { service: s.serviceCode })).toBe(
        s.baselineCents === null ? null : s.baselineCents / 100,
      );
      expect(valueOf(rows, 'target_eur', { service: s.serviceCode })).toBe(
        s.targetCents === null ? null : s.targetCents / 100,
      );
    }
    expect(valueOf(rows, 'reduction_target')).toBe(purchases.reductionTarget);

    // Caseloads by profession: the API's workers summed.
    for (const profession of ['social_worker', 'social_counsellor']) {
      const mine = caseloads.filter((c: { profession: string }) => c.profession === profession);
      const group = profession === 'social_worker' ? 'Sosiaalityöntekijä' : 'Sosiaaliohjaaja';
      expect(valueOf(rows, 'workers', { group })).toBe(mine.length);
      expect(valueOf(rows, 'clients', { group })).toBe(
        mine.reduce((n: number, c: { clients: number }) => n + c.clients, 0),
      );
      expect(valueOf(rows, 'caseload_norm', { group })).toBe(mine[0]?.norm ?? null);
    }
    // Supervision cases opened in the quarter, by the day in Finland.
    const finnishDay = (at: string) => new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    const opened = cases.filter((c: { openedAt: string }) => {
      const d = finnishDay(c.openedAt);
      return d >= period.from && d <= period.to;
    }).length;
    expect(valueOf(rows, 'cases_opened')).toBe(opened);
  });

  it('prints the quarter as a PDF in Finnish and in Swedish, its figures as the CSV gives them', async () => {
    const fi = pdfText(await download(riikka, `/reports/board-report.pdf?quarter=${quarter}&lang=fi`), 'fi');
    const sv = pdfText(await download(riikka, `/reports/board-report.pdf?quarter=${quarter}&lang=sv`), 'sv');
    const dmy = (iso: string) => iso.split('-').reverse().map(Number).join('.');
    expect(fi).toContain('Länsi-Uudenmaan hyvinvointialue – Västra Nylands välfärdsområde');
    expect(fi).toContain('NELJÄNNESVUOSIRAPORTTI HALLITUKSELLE');
    expect(fi).toContain(`${quarter} (${dmy(period.from)}–${dmy(period.to)})`);
    expect(sv).toContain('KVARTALSRAPPORT TILL STYRELSEN');
    // Access time: 2 started, median 8 days, 50 % within the target; purchases 5 hours, 225 €, baseline unset.
    expect(fi).toMatch(new RegExp(`${NAME.fi} 2 8 50,0 %`));
    expect(sv).toMatch(new RegExp(`${NAME.sv} 2 8 50,0 %`));
    expect(fi).toMatch(new RegExp(`${NAME.fi} 5 225,00 € [\\d ]+,\\d\\d € ei asetettu ei asetettu ei asetettu`));
    expect(sv).toMatch(
      new RegExp(`${NAME.sv} 5 225,00 € [\\d ]+,\\d\\d € inte fastställt inte fastställt inte fastställt`),
    );
    // By municipality: Ella's in Kirkkonummi (Kyrkslätt), 12 days, outside the target, her unmet need's decision
    // (appealable, not asked to be rectified), 3 hours at 45 €.
    expect(fi).toMatch(new RegExp(`Kirkkonummi ${NAME.fi} 1 12 0,0 % 1 0 1 .* 135,00 €`));
    expect(sv).toMatch(new RegExp(`Kyrkslätt ${NAME.sv} 1 12 0,0 % 1 0 1 .* 135,00 €`));
    expect(fi).toContain('Kielteiset päätökset ja oikaisuvaatimukset');
    expect(sv).toContain('Tillsynsärenden');
  });

  it("names no client and gives no client's id, in either format or language", async () => {
    const texts = [
      pdfText(await download(riikka, `/reports/board-report.pdf?quarter=${quarter}&lang=fi`), 'names-fi'),
      pdfText(await download(riikka, `/reports/board-report.pdf?quarter=${quarter}&lang=sv`), 'names-sv'),
      (await csvRows('fi')).text,
      (await csvRows('sv')).text,
    ];
    const clients = await clientsInTheDatabase();
    expect(clients.length).toBeGreaterThan(0);
    for (const text of texts) {
      const lower = text.toLowerCase();
      const shown = clients.filter((c) => lower.includes(c.full_name.toLowerCase()) || lower.includes(c.id));
      expect(shown).toEqual([]);
      // No id of any kind: the arrangements', the workers' or anyone's.
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    }
    // Nor a worker's name: caseloads are by profession.
    const workers: { full_name: string }[] = await sys.db.query(
      `select full_name from app_user where role = 'own_worker'`,
    );
    for (const text of texts) expect(workers.filter((w) => text.includes(w.full_name))).toEqual([]);
  });

  it('is given to the roles that read the figures only, and refuses a quarter not named YYYY-Qn', async () => {
    const byRole = new Map<string, string>();
    for (const u of USERS) if (!byRole.has(u.role)) byRole.set(u.role, u.username);
    expect(byRole.size).toBeGreaterThan(4);
    for (const [role, username] of byRole) {
      for (const format of ['pdf', 'csv']) {
        const reply = await sys.as(username).download(`/reports/board-report.${format}?quarter=${quarter}`);
        expect({ role, format, status: reply.status }).toEqual({
          role,
          format,
          status: permits(role as never, 'report.figures.read') ? 200 : 403,
        });
      }
    }
    for (const bad of ['2026-Q5', '2026Q3', '2026-3', '1899-Q1']) {
      expect(refused(await riikka.get(`/reports/board-report.csv?quarter=${bad}`), 400).problems).toEqual([
        expect.objectContaining({ field: 'quarter', rule: 'quarter' }),
      ]);
    }
    expect(refused(await riikka.get(`/reports/board-report.pdf?quarter=${quarter}&lang=en`), 400).problems).toEqual([
      expect.objectContaining({ field: 'lang' }),
    ]);
  });
});
