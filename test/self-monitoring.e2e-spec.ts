import { addDays } from '../libs/domain/dates';
import { SUPPLIERS } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, proposal, type System } from './support/api';
import { eventually, ok, refused } from './support/expect';

/**
 * Self-monitoring of the county's own production (issue 26): bad feedback on a unit's service opens the
 * unit's self-monitoring case, with the same steps as a supplier's supervision case. The unit's lead answers
 * as a supplier does, the service line's lead (a team lead) takes procurement's part, and procurement neither
 * sees nor acts on it; the unit's workers record visits but answer neither orders nor the case. Planned
 * self-monitoring runs on the planned supervision's schedule, and the findings are reported per unit and quarter.
 */
const [homeHelpUnit, familyWorkUnit] = SUPPLIERS.filter((s) => s.ownProduction).map((s) => s.id) as [string, string];

let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser, petra: ApiUser;
let hanna: ApiUser, leena: ApiUser, maria: ApiUser, perhepolku: ApiUser;
let today = '';

interface CaseSummary {
  id: string;
  supplierId: string;
  selfMonitoring: boolean;
  status: string;
  allowedActions: string[];
}
interface Report {
  year: number;
  units: {
    supplierId: string;
    quarters: { quarter: string; feedback: number; plannedVisit: number; total: number }[];
  }[];
}

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  petra = sys.as('petra');
  hanna = sys.as('hanna');
  leena = sys.as('leena');
  maria = sys.as('maria');
  perhepolku = sys.as('perhepolku');
  // Bad answers in other files may have opened the unit's case; this file's begins with none.
  const open: CaseSummary[] = ok(await riikka.get(`/supervision/cases?supplierId=${homeHelpUnit}&open=true`));
  for (const c of open) {
    ok(await riikka.post(`/supervision/cases/${c.id}/close`, { reason: 'Toisen testitiedoston tapaus.' }));
  }
});
beforeEach(async () => {
  today = await sys.today();
});
afterAll(() => sys.close());

/** Home help for Eetu from the home help unit: its lead accepts naming Leena, and the service starts today. */
async function unitService(): Promise<string> {
  const { id } = ok(
    await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: today, desiredStartOn: today })),
  );
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: homeHelpUnit }));
  // The unit's worker may not answer the order: its lead does.
  refused(
    await leena.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('leena') }),
    403,
  );
  ok(await hanna.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('leena') }));
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
  ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
  return id;
}

/** The unit's findings in the quarter of `day`, as the report gives them to `user`. */
async function findingsIn(user: ApiUser, day: string, unit = homeHelpUnit) {
  const report: Report = ok(await user.get(`/reports/self-monitoring?year=${day.slice(0, 4)}`));
  const quarter = `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
  return report.units.find((u) => u.supplierId === unit)?.quarters.find((q) => q.quarter === quarter);
}

/** The unit's findings in today's quarter. */
const findingsNow = (user: ApiUser, unit = homeHelpUnit) => findingsIn(user, today, unit);

describe('self-monitoring of an own-production unit', () => {
  it("opens a case on bad feedback, which the unit's lead answers and the service line's lead decides", async () => {
    const arrangementId = await unitService();
    const before = await findingsNow(riikka);
    expect(before).toEqual(expect.objectContaining({ feedback: expect.any(Number) }));

    const bad = ok(
      await aino.post('/feedback', {
        arrangementId,
        respondent: 'family',
        answeredOn: today,
        heard: 1,
        rightThings: 3,
        recommend: 5,
      }),
    );
    expect(bad.caseId).toBeTruthy();
    const caseId: string = bad.caseId;

    // The team lead sees it among the supervision cases, marked as self-monitoring; procurement does not.
    const listed: CaseSummary[] = ok(await riikka.get('/supervision/cases?open=true'));
    expect(listed.find((c) => c.id === caseId)).toMatchObject({ supplierId: homeHelpUnit, selfMonitoring: true });
    const forProcurement: CaseSummary[] = ok(await petra.get('/supervision/cases'));
    expect(forProcurement.map((c) => c.id)).not.toContain(caseId);
    refused(await petra.get(`/supervision/cases/${caseId}`), 403);
    const question = { respondWithin: 'P14D', question: 'Miten perheen kuuleminen on järjestetty?' };
    refused(await petra.post(`/supervision/cases/${caseId}/clarification`, question), 403);
    // Nor does the suppliers' register count it for procurement; the team lead's counts it.
    type Listed = { suppliers: { id: string; openCases: number }[] };
    const openCases = async (who: ApiUser) =>
      ok<Listed>(await who.get('/supplier-directory')).suppliers.find((s) => s.id === homeHelpUnit)?.openCases;
    expect(await openCases(petra)).toBe(0);
    expect(await openCases(riikka)).toBeGreaterThanOrEqual(1);

    // The unit's lead sees the unit's case as a supplier sees its own; the unit's worker and a supplier do not.
    const forLead: CaseSummary[] = ok(await hanna.get('/supervision/cases'));
    expect(forLead.map((c) => c.id)).toContain(caseId);
    expect(new Set(forLead.map((c) => c.supplierId))).toEqual(new Set([homeHelpUnit]));
    expect(ok(await leena.get('/supervision/cases'))).toEqual([]);
    refused(await leena.get(`/supervision/cases/${caseId}`), 403);
    refused(await perhepolku.get(`/supervision/cases/${caseId}`), 403);
    expect(ok(await maria.get('/supervision/cases')).map((c: CaseSummary) => c.id)).not.toContain(caseId);

    ok(await riikka.post(`/supervision/cases/${caseId}/clarification`, question));
    const asked = ok(await hanna.get(`/supervision/cases/${caseId}`));
    expect(asked.allowedActions).toContain('answerClarification');
    expect(asked.steps.find((s: { type: string }) => s.type === 'clarification_requested').text).toEqual({
      question: question.question,
    });
    refused(await leena.post(`/supervision/cases/${caseId}/clarification/answer`, { answer: 'x' }), 403);
    refused(await perhepolku.post(`/supervision/cases/${caseId}/clarification/answer`, { answer: 'x' }), 403);
    const answered = ok(
      await hanna.post(`/supervision/cases/${caseId}/clarification/answer`, {
        answer: 'Kuuleminen kirjataan nyt jokaisella käynnillä.',
      }),
    );
    expect(answered.status).toBe('clarification_received');

    // The service line's lead decides in procurement's place: an arranging team's member may not, nor may
    // procurement; a unit has no contract to end.
    const forTeamLead = ok(await riikka.get(`/supervision/cases/${caseId}`));
    expect(forTeamLead.allowedActions).toContain('decideSanction');
    const sanction = { outcome: 'sanction', reason: 'Kuulemisen puutteet toistuivat.' };
    refused(await sanna.post(`/supervision/cases/${caseId}/outcome`, sanction), 403);
    refused(await petra.post(`/supervision/cases/${caseId}/outcome`, sanction), 403);
    refused(
      await riikka.post(`/supervision/cases/${caseId}/outcome`, {
        outcome: 'contract_terminated',
        serviceCode: 'home_help',
        reason: 'x',
      }),
      400,
    );
    const decided = ok(await riikka.post(`/supervision/cases/${caseId}/outcome`, sanction));
    expect(decided).toMatchObject({ status: 'closed', outcome: 'sanction', selfMonitoring: true });

    // The finding is counted for the unit in the quarter the feedback was answered.
    const after = await findingsNow(riikka);
    expect(after).toMatchObject({ feedback: before!.feedback + 1, total: before!.total + 1 });
    // The unit's lead reads their own unit's only; the unit's worker and procurement none.
    const hannas: Report = ok(await hanna.get(`/reports/self-monitoring?year=${today.slice(0, 4)}`));
    expect(hannas.units.map((u) => u.supplierId)).toEqual([homeHelpUnit]);
    expect(await findingsNow(hanna)).toEqual(after);
    expect(await findingsNow(maria, homeHelpUnit)).toBeUndefined();
    expect(await findingsNow(maria, familyWorkUnit)).toEqual(expect.objectContaining({ total: expect.any(Number) }));
    refused(await leena.get(`/reports/self-monitoring?year=${today.slice(0, 4)}`), 403);
    refused(await petra.get(`/reports/self-monitoring?year=${today.slice(0, 4)}`), 403);
    refused(await riikka.get('/reports/self-monitoring?year=soon'), 400);
  });

  it("is planned on the planned supervision's schedule by the service line's lead; a visit's concern is a finding", async () => {
    const path = `/suppliers/${homeHelpUnit}/planned-supervision`;
    refused(await petra.put(path, { every: 'P6M' }), 403);
    const plans = ok(await riikka.get('/planned-supervision'));
    expect(plans.find((p: { supplierId: string }) => p.supplierId === homeHelpUnit)).toMatchObject({
      selfMonitoring: true,
      allowedActions: ['plan'],
    });
    const procurements = ok(await petra.get('/planned-supervision'));
    expect(procurements.map((p: { supplierId: string }) => p.supplierId)).not.toContain(homeHelpUnit);

    const before = await findingsNow(riikka);
    // Visits every two seconds: only the development API sets such a schedule.
    ok(await riikka.put(`/dev-api${path}`, { every: 'PT2S' }));
    const due = await eventually('a planned self-monitoring visit to fall due', async () => {
      const visits = ok(await riikka.get(`/planned-visits?supplierId=${homeHelpUnit}&status=due`));
      return visits.length ? visits : undefined;
    });
    ok(await riikka.send('DELETE', path));
    expect(due[0]).toMatchObject({ selfMonitoring: true, allowedActions: ['recordFindings'] });
    expect(ok(await petra.get(`/planned-visits?supplierId=${homeHelpUnit}`))).toEqual([]);
    refused(
      await petra.post(`/planned-visits/${due[0].id}/findings`, { visitedOn: today, concern: false, findings: 'x' }),
      403,
    );

    // Recorded a quarter late: the finding is the visit's day's, not the day it was written down.
    const visitedOn = addDays(today, -92);
    const thenBefore = await findingsIn(riikka, visitedOn);
    const recorded = ok(
      await riikka.post(`/planned-visits/${due[0].id}/findings`, {
        visitedOn,
        concern: true,
        findings: 'Käyntien kirjaukset myöhässä.',
      }),
    );
    expect(recorded.caseId).toBeTruthy();
    const opened = ok(await riikka.get(`/supervision/cases/${recorded.caseId}`));
    expect(opened).toMatchObject({ supplierId: homeHelpUnit, selfMonitoring: true });
    expect(await findingsIn(riikka, visitedOn)).toMatchObject({ plannedVisit: thenBefore!.plannedVisit + 1 });
    expect(await findingsNow(riikka)).toMatchObject({ plannedVisit: before!.plannedVisit });
    ok(await riikka.post(`/supervision/cases/${recorded.caseId}/close`, { reason: 'Korjattu käynnin aikana.' }));
  });
});
