import { fi } from '../apps/web/src/common/locales/fi';
import { quoted } from '../apps/web/src/feedback/rejected-rows';
import { FeedbackImportPage, FeedbackRulesPage, menuPages } from './pages/feedback';
import { PlannedSupervisionPage } from './pages/planned-supervision';
import { SupervisionCasePage } from './pages/supervision';
import { demo } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * The supervision people's screens: the survey export imported row by row, its rejected rows downloaded to
 * mend and send again; the feedback rules read, and changed where the API allows it; planned supervision's
 * schedules, a visit's findings and the case a concern opens. A service and a supplier of this file's own,
 * so that no other file's figures or cases meet these.
 */
const web = browserTests();
const sys = () => web.sys;

const SERVICE = 'feedback_import_screens_test';
/** The survey tool's response ids are unique in the whole database: this run's own. */
const RUN = `web-import-${Date.now().toString(36)}`;
const HEADER =
  'responseId,arrangementId,respondent,answeredOn,heard,rightThings,parentCoping,familyRelations,influence,recommend,helpedMost,municipality';
/** A supplier of this file's own for planned supervision: its schedule and case are nobody else's. */
const SUPPLIER = { id: '00000000-0000-4000-8000-000005500010', name: 'Valvontakäyntien Testi Oy' };
const UNKNOWN_ARRANGEMENT = '00000000-0000-4000-8000-00000000dead';

let arrangementId = '';
let today = '';

beforeAll(async () => {
  await publishTestService(sys().as('riikka'), SERVICE, 'Kyselyn tuonnin näkymien testipalvelu');
  await contract(sys().db, {
    id: '00000000-0000-4000-8000-000005500001',
    supplierId: demo.tukiverkko,
    serviceCode: SERVICE,
    priceCents: 4800,
  });
  arrangementId = (await activeService(sys(), SERVICE, demo.tukiverkko)).id;
  today = await sys().today();
  await sys().db.query(
    `insert into supplier (id, business_id, name) values ($1, '5500010-4', $2) on conflict (id) do nothing`,
    [SUPPLIER.id, SUPPLIER.name],
  );
});

/** The export: two good rows (answers no rule finds bad), four rejected for a value, a day, an arrangement, a quote. */
const exportFile = () =>
  [
    HEADER,
    `${RUN}-1,${arrangementId},family,${today},4,4,3,3,4,10,"Kotikäynnit, ja se että ""kuunneltiin""",espoo`,
    `${RUN}-2,${arrangementId},family,${today},3,4,3,3,3,9,,`,
    `${RUN}-3,${arrangementId},family,${today},4,4,4,4,4,11,,`,
    `${RUN}-4,${arrangementId},family,2026-02-30,4,4,4,4,4,9,,`,
    `${RUN}-5,${UNKNOWN_ARRANGEMENT},family,${today},4,4,4,4,4,9,,`,
    `${RUN}-6,${arrangementId},family,${today},4,4,4,4,4,9,Sanoi "ei",`,
    '',
  ].join('\n');

/** A rejected row's problems as the screen and the download tell them in Finnish. */
const PROBLEMS: Record<number, { fields: string[]; problems: string[] }> = {
  4: { fields: ['suosittelu (recommend)'], problems: [fi.rules.too_big] },
  5: { fields: ['vastauspäivä (answeredOn)'], problems: [fi.feedbackImport.ruleTexts.iso_date] },
  6: { fields: ['järjestämisen tunniste (arrangementId)'], problems: [fi.rules.known_arrangement] },
  7: { fields: ['koko rivi'], problems: [fi.rules.csv_quote] },
};

describe('the survey import screen', () => {
  it('a CSV with good and bad rows is uploaded and each row’s result shown', async () => {
    const page = (await web.signedIn('Sanna Mäkinen')).as(FeedbackImportPage);
    expect(await menuPages(page)).toEqual(expect.arrayContaining([fi.nav.feedbackImport, fi.nav.feedbackRules]));
    await page.open();
    await page.expectAccessible();
    const file = exportFile();
    await page.choose('kysely.csv', file);
    const answer = await page.upload();
    expect(answer.status).toBe(201);
    const report = answer.body;
    expect(report.received).toBe(6);

    // Every row as the API answered it, by its line, with the problems in words.
    const shown = await page.shownRows();
    const outcomeOf = (line: number) =>
      report.accepted.some((r: { line: number }) => r.line === line)
        ? 'accepted'
        : report.alreadyImported.some((r: { line: number }) => r.line === line)
          ? 'alreadyImported'
          : 'rejected';
    expect(shown.map((r) => [r.line, r.outcome])).toEqual([2, 3, 4, 5, 6, 7].map((l) => [l, outcomeOf(l)]));
    expect(shown.filter((r) => r.outcome === 'accepted').map((r) => [r.line, r.responseId, r.result])).toEqual([
      [2, `${RUN}-1`, fi.feedbackImport.results.accepted],
      [3, `${RUN}-2`, fi.feedbackImport.results.accepted],
    ]);
    const rejected = Object.fromEntries(
      shown.filter((r) => r.outcome === 'rejected').map((r) => [r.line, { fields: r.fields, problems: r.problems }]),
    );
    expect(rejected).toEqual(PROBLEMS);
    const ruleText = (rule: string) =>
      (fi.feedbackImport.ruleTexts as Record<string, string>)[rule] ?? (fi.rules as Record<string, string>)[rule];
    for (const r of report.rejected as { line: number; problems: { rule: string }[] }[]) {
      expect(rejected[r.line]!.problems).toEqual(r.problems.map((p) => ruleText(p.rule)));
    }
    expect(await page.summary()).toMatchObject({
      [fi.feedbackImport.received]: '6',
      [fi.feedbackImport.results.accepted]: '2',
      [fi.feedbackImport.results.alreadyImported]: '0',
      [fi.feedbackImport.results.rejected]: '4',
    });
    const saved = await sys().db.query('select external_id from feedback where arrangement_id = $1 order by 1', [
      arrangementId,
    ]);
    expect(saved.map((r: { external_id: string }) => r.external_id)).toEqual([`${RUN}-1`, `${RUN}-2`]);
    await page.expectAccessible();
    await page.screenshots('feedback-import');

    // The rejected rows as written, under the original header, each with its problems in a last column.
    const download = await page.downloadRejected();
    expect(download.name).toBe('kysely-hylatyt.csv');
    const lines = file.split('\n');
    const problemCell = (line: number) =>
      quoted(PROBLEMS[line]!.fields.map((f, i) => `${f}: ${PROBLEMS[line]!.problems[i]}`).join('; '), ',');
    expect(download.text).toBe(
      '\uFEFF' +
        [
          `${HEADER},importProblems`,
          `${lines[3]},${problemCell(4)}`,
          `${lines[4]},${problemCell(5)}`,
          `${lines[5]},${problemCell(6)}`,
          `${lines[6]},${problemCell(7)}`,
        ]
          .map((l) => `${l}\r\n`)
          .join(''),
    );

    // The same file again: the good rows were imported already, nothing is saved twice.
    const again = await page.upload();
    expect(again.body.alreadyImported.map((r: { responseId: string }) => r.responseId)).toEqual([
      `${RUN}-1`,
      `${RUN}-2`,
    ]);
    await eventually('the second answer on the screen', async () => {
      const rows = await page.shownRows();
      return rows.filter((r) => r.outcome === 'alreadyImported').length === 2 ? rows : undefined;
    });
    const rows = await page.shownRows();
    expect(rows.filter((r) => r.outcome === 'alreadyImported').map((r) => [r.line, r.result])).toEqual([
      [2, fi.feedbackImport.results.alreadyImported],
      [3, fi.feedbackImport.results.alreadyImported],
    ]);
    expect(await page.summary()).toMatchObject({ [fi.feedbackImport.results.alreadyImported]: '2' });

    // The download mended (a recommendation of 9, a day that exists) is read past its problems column.
    const mended = download.text
      .replace(
        `${RUN}-3,${arrangementId},family,${today},4,4,4,4,4,11`,
        `${RUN}-3,${arrangementId},family,${today},4,4,4,4,4,9`,
      )
      .replace('2026-02-30', today);
    await page.choose('kysely-hylatyt.csv', mended);
    const third = await page.upload();
    expect(third.body.accepted.map((r: { responseId: string }) => r.responseId)).toEqual([`${RUN}-3`, `${RUN}-4`]);
    expect(third.body.rejected.map((r: { line: number }) => r.line).sort()).toEqual([4, 5]);
    const [count] = await sys().db.query('select count(*)::int as n from feedback where arrangement_id = $1', [
      arrangementId,
    ]);
    expect(count.n).toBe(4);
  });

  it('tells a file refused as a whole by its column, and in Swedish', async () => {
    const page = (await web.signedIn('Riikka Salo', 'sv')).as(FeedbackImportPage);
    await page.open();
    // A misspelt column, and the day's column left out.
    const header = HEADER.replace('heard', 'hread').replace('answeredOn,', '');
    await page.choose('export.csv', `${header}\nx,y,family,4,4,4,4,4,9,,\n`);
    expect((await page.upload()).status).toBe(400);
    expect(await page.refusal()).toEqual([
      `hread: ${page.t.rules.known_column}`,
      `svarsdag (answeredOn): ${page.t.rules.required_column}`,
    ]);
    await page.choose('export.csv', exportFile());
    expect((await page.upload()).status).toBe(201);
    const rows = await page.shownRows();
    expect(rows.find((r) => r.line === 4)).toMatchObject({
      result: page.t.feedbackImport.results.rejected,
      fields: ['rekommendation (recommend)'],
      problems: [page.t.rules.too_big],
    });
    await page.expectAccessible();
    await page.screenshots('feedback-import-sv');
  });

  it('is not in the menu of procurement, whose upload the API refuses', async () => {
    const page = (await web.signedIn('Petra Holm')).as(FeedbackImportPage);
    const menu = await menuPages(page);
    expect(menu).toEqual(expect.arrayContaining([fi.nav.plannedSupervision, fi.nav.feedbackRules]));
    expect(menu).not.toContain(fi.nav.feedbackImport);
    await page.open();
    await page.choose('kysely.csv', exportFile());
    expect((await page.upload()).status).toBe(403);
    await page.alert(fi.errors.forbidden).waitFor();
  });
});

describe('the feedback rules screen', () => {
  it('reads the rules and changes them where the API allows it, with the API’s rules checked on the form', async () => {
    const petra = sys().as('petra');
    const before = ok(await petra.get('/feedback/rules'));
    expect(before.allowedActions).toEqual(['changeRules']);
    const page = (await web.signedIn('Petra Holm')).as(FeedbackRulesPage);
    await page.open();
    const t = page.t.feedbackRules;
    expect(await page.rulesInForce()).toMatchObject({ [t.version]: String(before.version) });
    await page.changeForm().waitFor();

    // More answers asked for than the window holds: the API's own rule, said on its field before sending.
    // The rules in force have an NPS limit (the database's first rules), its box ticked on the form.
    const { nps } = before.rules;
    expect(nps).not.toBeNull();
    expect(await page.changeForm().getByRole('checkbox', { name: t.npsOn }).isChecked()).toBe(true);
    await page.fill(t.window, '3');
    await page.fill(t.minAnswers, '5');
    await page.fill(t.why, 'Tarkistettu: rajat ennallaan.');
    await page.save();
    await page.changeForm().getByText(fi.rules.range, { exact: true }).waitFor();
    expect(ok(await petra.get('/feedback/rules')).version).toBe(before.version);

    // Mended back to the rules in force (other files count bad feedback by them): a new version, by Petra.
    await page.fill(t.window, String(nps.window));
    await page.fill(t.minAnswers, String(nps.minAnswers));
    await page.save();
    await page.waitForStatus(page.text(t.saved, { version: before.version + 1 }));
    const after = ok(await petra.get('/feedback/rules'));
    expect(after).toMatchObject({
      version: before.version + 1,
      rules: { ...before.rules, nps },
      note: 'Tarkistettu: rajat ennallaan.',
      changedBy: demo.userId('petra'),
      changedByName: 'Petra Holm',
    });
    expect(await page.rulesInForce()).toMatchObject({
      [t.version]: String(after.version),
      [t.changedBy]: 'Petra Holm',
      [t.note]: 'Tarkistettu: rajat ennallaan.',
    });
    await page.expectAccessible();
    await page.screenshots('feedback-rules');
  });

  it('offers no change to the arranging team, whose change the API refuses', async () => {
    const sanna = sys().as('sanna');
    const rules = ok(await sanna.get('/feedback/rules'));
    expect(rules.allowedActions).toEqual([]);
    refused(await sanna.put('/feedback/rules', { basedOnVersion: rules.version, note: 'x', rules: rules.rules }), 403);
    const page = (await web.signedIn('Sanna Mäkinen')).as(FeedbackRulesPage);
    await page.open();
    await page.waitForText(page.t.feedbackRules.readOnly);
    expect(await page.changeForm().count()).toBe(0);
    await page.expectAccessible();
  });
});

describe('the planned supervision screen', () => {
  let caseId: string | null = null;

  afterAll(async () => {
    const petra = sys().as('petra');
    // The schedule is stopped in the test; a failed run leaves none running either.
    await petra.send('DELETE', `/suppliers/${SUPPLIER.id}/planned-supervision`);
    if (!caseId) return;
    // The case ends here unless another file's set-up closed it already.
    const c = ok(await petra.get(`/supervision/cases/${caseId}`));
    if (c.status !== 'closed') {
      ok(await sys().as('sanna').post(`/supervision/cases/${caseId}/close`, { reason: 'Näkymätestin tapaus.' }));
    }
  });

  it('sets a supplier’s schedule, records a visit’s findings with a concern and leads to the case it opened', async () => {
    const petra = sys().as('petra');
    const page = (await web.signedIn('Petra Holm')).as(PlannedSupervisionPage);
    await page.open();
    const s = page.t.plannedSupervision;
    expect((await page.plan(SUPPLIER.id)).interval).toBe(s.notPlanned);
    await page.setSchedule(SUPPLIER.name, '3 kuukauden välein');
    await page.waitForStatus(page.text(s.saved, { supplier: SUPPLIER.name, interval: '3 kuukauden välein' }));
    const plan = ok(await petra.get(`/suppliers/${SUPPLIER.id}/planned-supervision`));
    expect(plan.every).toBe('P3M');
    await eventually('the schedule listed', async () =>
      (await page.plan(SUPPLIER.id)).interval === '3 kuukauden välein' ? true : undefined,
    );
    expect((await page.plan(SUPPLIER.id)).next).not.toBe('');

    // A visit falls due in seconds only by the development API's schedule, stopped once one has.
    ok(await petra.put(`/dev-api/suppliers/${SUPPLIER.id}/planned-supervision`, { every: 'PT2S' }));
    const [visit] = await eventually('a planned visit to fall due', async () => {
      const due = ok(await petra.get(`/planned-visits?supplierId=${SUPPLIER.id}&status=due`));
      return due.length ? (due as { id: string }[]) : undefined;
    });
    await page.reload();
    await page.heading(s.title).waitFor();
    await page.stopSchedule(SUPPLIER.name);
    await page.waitForStatus(page.text(s.stopped, { supplier: SUPPLIER.name }));
    refused(await petra.get(`/suppliers/${SUPPLIER.id}/planned-supervision`), 404);

    const findings = 'Henkilöstön pätevyyksiä ei ollut kirjattu; kaksi työntekijää ilman perehdytystä.';
    await page.recordFindings(visit!.id, true, findings);
    await page.waitForStatus(page.text(s.recordedWithCase, { supplier: SUPPLIER.name }));
    const recorded = ok(await petra.get(`/planned-visits?supplierId=${SUPPLIER.id}&status=done`)).find(
      (v: { id: string }) => v.id === visit!.id,
    );
    expect(recorded).toMatchObject({ concern: true, findings: { findings }, visitedOn: today, allowedActions: [] });
    caseId = recorded.caseId;
    expect(caseId).toBeTruthy();
    await page.doneRow(visit!.id).waitFor();
    await page.dueRow(visit!.id).waitFor({ state: 'detached' });
    await page.expectAccessible();
    await page.screenshots('planned-supervision');

    await page.followCaseLink();
    const casePage = page.as(SupervisionCasePage);
    const c = ok(await petra.get(`/supervision/cases/${caseId}`));
    expect(c.findings).toEqual([
      expect.objectContaining({ source: 'planned_visit', reasons: ['planned_visit_concern'] }),
    ]);
    await casePage.waitForCase(SUPPLIER.name, c.number);
    expect(casePage.url()).toContain(`/supervision/cases/${caseId}`);
  });

  it('offers the arranging team the visits to record but no schedule to set or stop', async () => {
    const sanna = sys().as('sanna');
    refused(await sanna.put(`/suppliers/${SUPPLIER.id}/planned-supervision`, { every: 'P3M' }), 403);
    const plans = ok(await sanna.get('/planned-supervision'));
    expect(plans.every((p: { allowedActions: string[] }) => p.allowedActions.length === 0)).toBe(true);
    const page = (await web.signedIn('Sanna Mäkinen')).as(PlannedSupervisionPage);
    await page.open();
    await page.planRow(SUPPLIER.id).waitFor();
    expect(await page.setForm().count()).toBe(0);
    expect(
      await page.page.getByRole('button', { name: new RegExp(`^${page.t.plannedSupervision.stop}`) }).count(),
    ).toBe(0);
    await page.expectAccessible();
  });
});
