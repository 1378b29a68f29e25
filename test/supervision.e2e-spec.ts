import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';

/** A service of its own, with contracts for all three suppliers, so that this file's figures are its own. */
const SERVICE = 'supervised_family_support_test';
/** Today as the server counts it, read before each test. */
let day = '';
const today = () => day;

let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser, petra: ApiUser;
let perhepolku: ApiUser, familjestod: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  petra = sys.as('petra');
  perhepolku = sys.as('perhepolku');
  familjestod = sys.as('familjestod');
  await publishTestService(riikka, SERVICE, 'Valvonnan testipalvelu');
  for (const [n, supplierId] of [demo.perhepolku, demo.familjestod, demo.tukiverkko].entries()) {
    const id = `00000000-0000-4000-8000-0000050000${String(n).padStart(2, '0')}`;
    await contract(sys.db, { id, supplierId, serviceCode: SERVICE, priceCents: 4800 });
  }
  // Bad answers in other files may have opened cases for the demo suppliers; this file's begin with none.
  const open = ok(await petra.get('/supervision/cases?open=true'));
  for (const c of open as { id: string }[]) {
    ok(await sanna.post(`/supervision/cases/${c.id}/close`, { reason: 'Toisen testitiedoston tapaus.' }));
  }
});
beforeEach(async () => {
  day = await sys.today();
});
afterAll(() => sys.close());

/** A service bought from `supplierId`, taken to active through the API. */
const started = async (supplierId: string): Promise<string> => (await activeService(sys, SERVICE, supplierId)).id;

const answer = (arrangementId: string, over: Record<string, unknown> = {}) => ({
  arrangementId,
  respondent: 'family',
  answeredOn: today(),
  heard: 4,
  rightThings: 4,
  recommend: 9,
  ...over,
});

const openCase = async (supplierId: string): Promise<{ id: string; number: number }[]> =>
  ok(await petra.get(`/supervision/cases?supplierId=${supplierId}&open=true`));
const stepsOf = async (caseId: string) =>
  ok(await sanna.get(`/supervision/cases/${caseId}`)).steps.map((s: { type: string }) => s.type) as string[];
const until = (caseId: string, type: string) =>
  eventually(`case step ${type}`, async () => ((await stepsOf(caseId)).includes(type) ? true : undefined));

describe('reactive supervision', () => {
  it('opens a case on an answer of 1, collects the next bad answer in it, and closes it resolved after a corrective plan', async () => {
    const a = await started(demo.perhepolku);
    const first = ok(await aino.post('/feedback', answer(a, { heard: 1, recommend: 7, helpedMost: 'Ei mikään.' })));
    expect(first.badReasons).toEqual(['item_low:heard']);
    expect(first.caseId).toBeTruthy();
    const good = ok(await aino.post('/feedback', answer(a)));
    expect(good).toMatchObject({ badReasons: [], caseId: null });
    const second = ok(await aino.post('/feedback', answer(a, { respondent: 'own_worker', seriousConcern: true })));
    expect(second).toMatchObject({ badReasons: ['serious_concern'], caseId: first.caseId });

    const open = await openCase(demo.perhepolku);
    expect(open.map((c) => c.id)).toEqual([first.caseId]);
    const caseId: string = first.caseId;
    // The list names the services the case's feedback was about, and finds the case by its service.
    expect(open[0]).toMatchObject({ serviceCodes: [SERVICE] });
    const byService = async (code: string): Promise<{ id: string }[]> =>
      ok(await petra.get(`/supervision/cases?supplierId=${demo.perhepolku}&open=true&serviceCode=${code}`));
    expect((await byService(SERVICE)).map((c) => c.id)).toEqual([caseId]);
    expect(await byService('home_help')).toEqual([]);
    const seen = ok(await sanna.get(`/supervision/cases/${caseId}`));
    expect(seen.findings.map((f: { reasons: string[] }) => f.reasons)).toEqual([
      ['item_low:heard'],
      ['serious_concern'],
    ]);
    await eventually('both findings in the case', async () =>
      (await stepsOf(caseId)).filter((t) => t === 'finding_added').length === 2 ? true : undefined,
    );

    // The family's responsible worker adds to the assessment; another worker has no part in the case.
    ok(await aino.get(`/supervision/cases/${caseId}`));
    refused(await sys.as('erik').get(`/supervision/cases/${caseId}`), 403);
    refused(await sys.as('erik').post(`/supervision/cases/${caseId}/statement`, { statement: 'x' }), 403);
    const stated = ok(
      await aino.post(`/supervision/cases/${caseId}/statement`, {
        statement: 'Perhe kertoi, että työntekijä vaihtui kolme kertaa kuukauden aikana.',
      }),
    );
    expect(stated.steps.at(-1)).toMatchObject({ type: 'statement_added', actorId: demo.userId('aino') });
    ok(
      await sanna.post(`/supervision/cases/${caseId}/clarification`, {
        respondWithin: 'P14D',
        question: 'Miten perheen kuuleminen on järjestetty?',
      }),
    );
    // What a family's worker said of the family stays with the teams: procurement and the supplier see the
    // step, not its text; the supplier sees the question put to it.
    const textOf = async (user: ApiUser, type: string) =>
      ok(await user.get(`/supervision/cases/${caseId}`)).steps.find((st: { type: string }) => st.type === type).text;
    expect(await textOf(sanna, 'statement_added')).toEqual({
      statement: expect.stringContaining('työntekijä vaihtui'),
    });
    expect(await textOf(aino, 'statement_added')).not.toBeNull();
    expect(await textOf(petra, 'statement_added')).toBeNull();
    expect(await textOf(perhepolku, 'statement_added')).toBeNull();
    expect(await textOf(perhepolku, 'clarification_requested')).toEqual({
      question: 'Miten perheen kuuleminen on järjestetty?',
    });
    const forSupplier = JSON.stringify(ok(await perhepolku.get(`/supervision/cases/${caseId}`)));
    expect(forSupplier).not.toContain('vaihtui');
    refused(await familjestod.post(`/supervision/cases/${caseId}/clarification/answer`, { answer: 'x' }), 403);
    const answered = ok(
      await perhepolku.post(`/supervision/cases/${caseId}/clarification/answer`, {
        answer: 'Työntekijä vaihtui kesken jakson; uusi perehdytys on tehty.',
      }),
    );
    expect(answered.status).toBe('clarification_received');
    // A county's follow-up is days away; the development API lets the test see it in a second.
    const corrective = { dueOn: '2027-01-31', followUpAfter: 'PT1S', plan: 'x' };
    const refusedPublicly = refused(
      await sanna.post(`/supervision/cases/${caseId}/corrective-action`, corrective),
      400,
    );
    expect(refusedPublicly.problems).toEqual([expect.objectContaining({ rule: 'county_duration' })]);
    const planned = ok(
      await sanna.post(`/dev-api/supervision/cases/${caseId}/corrective-action`, {
        dueOn: '2027-01-31',
        followUpAfter: 'PT1S',
        plan: 'Palaute käydään läpi joka jakson lopussa perheen kanssa.',
      }),
    );
    // 31 January 2027 is a Sunday: the supplier is told Monday 1 February.
    expect(planned).toMatchObject({ status: 'corrective_action', correctiveActionDueOn: '2027-02-01' });
    await until(caseId, 'follow_up_due');
    const resolved = ok(
      await sanna.post(`/supervision/cases/${caseId}/outcome`, { outcome: 'resolved', reason: 'Seuranta kunnossa.' }),
    );
    expect(resolved).toMatchObject({ status: 'closed', outcome: 'resolved' });
    const steps = await stepsOf(caseId);
    expect(steps).toEqual([
      'opened',
      'finding_added',
      'finding_added',
      'statement_added',
      'clarification_requested',
      'clarification_answered',
      'corrective_action_required',
      'follow_up_due',
      'outcome_decided',
    ]);
    const detail = ok(await sanna.get(`/supervision/cases/${caseId}`));
    expect(detail.steps.find((s: { type: string }) => s.type === 'outcome_decided')).toMatchObject({
      actorId: demo.userId('sanna'),
      text: { reason: 'Seuranta kunnossa.' },
    });

    // What comes after a closed case opens the next one.
    const later = ok(await aino.post('/feedback', answer(a, { influence: 1 })));
    expect(later.caseId).not.toBe(caseId);
    // Numbered per supplier: the next after this one (cases of other files may have come before it).
    expect((await openCase(demo.perhepolku))[0]).toMatchObject({ id: later.caseId, number: detail.number + 1 });
    ok(await sanna.post(`/supervision/cases/${later.caseId}/close`, { reason: 'Arvioitu: kertaluonteinen.' }));
  });

  it('escalates a supplier silent past the deadline; ending the contract blocks the supplier and lists its services', async () => {
    // Other files may have closed cases of Tukiverkko's of their own: this test counts from what it finds.
    const before = ok(await petra.get(`/suppliers/${demo.tukiverkko}/scorecard`)).cases;
    const [b1, b2] = [await started(demo.tukiverkko), await started(demo.tukiverkko)];
    const bad = ok(await aino.post('/feedback', answer(b1, { influence: 1 })));
    const caseId: string = bad.caseId;
    ok(
      await sanna.post(`/dev-api/supervision/cases/${caseId}/clarification`, {
        respondWithin: 'PT2S',
        question: 'Selvitys?',
      }),
    );
    await until(caseId, 'clarification_reminded');
    await until(caseId, 'escalated');
    const escalated = ok(await petra.get(`/supervision/cases/${caseId}`));
    expect(escalated).toMatchObject({ status: 'escalated', procurementInvolved: true });
    const topics = (
      await sys.db.query(
        `select topic from outbox where payload->>'caseId' = $1 and topic not like 'arranging_team.%' order by id`,
        [caseId],
      )
    ).map((r: { topic: string }) => r.topic);
    expect(topics).toEqual([
      'supplier.clarification_requested',
      'supplier.clarification_reminder',
      'procurement.escalation',
    ]);

    const notTheirs = refused(
      await sanna.post(`/supervision/cases/${caseId}/outcome`, {
        outcome: 'contract_terminated',
        serviceCode: SERVICE,
        reason: 'x',
      }),
      403,
    );
    expect(notTheirs.message).toContain('procurement');
    ok(
      await petra.post(`/supervision/cases/${caseId}/outcome`, {
        outcome: 'contract_terminated',
        serviceCode: SERVICE,
        reason: 'Toistuvat laatupuutteet eikä vastausta selvityspyyntöön.',
      }),
    );

    const offers = ok(await sanna.get(`/suppliers?serviceCode=${SERVICE}&on=${today()}`));
    expect(offers.map((o: { supplierId: string }) => o.supplierId)).not.toContain(demo.tukiverkko);
    const { id: next } = ok(
      await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE, needsAssessedOn: today() })),
    );
    ok(await aino.post(`/arrangements/${next}/submit`));
    ok(await sanna.post(`/arrangements/${next}/claim`));
    const blocked = refused(
      await sanna.post(`/arrangements/${next}/way`, { way: 'purchase', supplierId: demo.tukiverkko }),
      400,
    );
    expect(blocked.problems[0]).toMatchObject({ field: 'supplierId', rule: 'valid_contract' });

    const toRearrange = ok(
      await sanna.get(`/suppliers/${demo.tukiverkko}/running-arrangements?serviceCode=${SERVICE}`),
    );
    expect(toRearrange.map((r: { id: string }) => r.id).sort()).toEqual([b1, b2].sort());
    expect(toRearrange[0].clientName).toBe('Eetu Järvinen');
    const forProcurement = ok(
      await petra.get(`/suppliers/${demo.tukiverkko}/running-arrangements?serviceCode=${SERVICE}`),
    );
    expect(forProcurement).toHaveLength(2);
    expect(JSON.stringify(forProcurement)).not.toContain('Eetu');
    expect(Object.keys(forProcurement[0]).sort()).toEqual(['periodEnd', 'serviceCode', 'status']);
    // Another team's member sees none of this team's families.
    expect(ok(await sys.as('laura').get(`/suppliers/${demo.tukiverkko}/running-arrangements`))).toEqual([]);
    const card = ok(await petra.get(`/suppliers/${demo.tukiverkko}/scorecard`));
    expect(card.contracts.find((c: { serviceCode: string }) => c.serviceCode === SERVICE).status).toBe('terminated');
    expect(card.cases).toMatchObject({
      open: 0,
      closed: before.closed + 1,
      contractsTerminated: before.contractsTerminated + 1,
    });
  });
});

describe('what the families said', () => {
  // A service of its own, so that the other tests' figures stay theirs; its case is closed at the end.
  const WORDS = 'feedback_words_test';
  beforeAll(async () => {
    await publishTestService(riikka, WORDS, 'Palautteen sanojen testipalvelu');
    await contract(sys.db, {
      id: '00000000-0000-4000-8000-000005100001',
      supplierId: demo.familjestod,
      serviceCode: WORDS,
      priceCents: 4800,
    });
  });

  it('reaches those who assess the supplier, on the supplier and on the case, never saying who or about whom', async () => {
    const a = (await activeService(sys, WORDS, demo.familjestod)).id;
    const words = { didNotHelp: 'Työntekijä vaihtui joka kerralla.', wished: 'Sama ihminen joka viikko.' };
    const { caseId } = ok(await aino.post('/feedback', answer(a, { heard: 1, recommend: 2, ...words })));
    ok(await aino.post('/feedback', answer(a, { comments: '' })));
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');

    // Procurement reads the words: without the family, the arrangement or anyone's name.
    const read = ok(await petra.get(`/suppliers/${demo.familjestod}/feedback-words?serviceCode=${WORDS}`));
    const ours = read.filter((w: { texts: object }) => JSON.stringify(w.texts).includes('vaihtui joka kerralla'));
    expect(ours).toEqual([
      {
        feedbackId: expect.any(String),
        answeredOn: today(),
        serviceCode: WORDS,
        respondent: 'family',
        reasons: expect.arrayContaining([expect.any(String)]),
        texts: words,
      },
    ]);
    const text = JSON.stringify(read);
    for (const identity of [a, demo.eetu.id, demo.eetu.fullName]) expect(text).not.toContain(identity);
    // An answer that wrote nothing is not listed.
    expect(read.every((w: { texts: object }) => Object.keys(w.texts).length > 0)).toBe(true);
    // The family's words read are the family's data: logged under them, for supervision.
    const [{ rows }] = await sys.db.query(
      `select count(*)::int as rows from access_log
       where id > $1 and user_id = $2 and client_id = $3 and record = 'feedback' and purpose = 'supervision'`,
      [last, demo.userId('petra'), demo.eetu.id],
    );
    expect(rows).toBe(1);

    // On the case: the team sees the words; the supplier the case concerns does not.
    const finding = (c: { findings: { texts: unknown }[] }) => c.findings.find((f) => f.texts !== null)?.texts ?? null;
    expect(finding(ok(await sanna.get(`/supervision/cases/${caseId}`)))).toEqual(words);
    expect(
      ok(await familjestod.get(`/supervision/cases/${caseId}`)).findings.map((f: { texts: unknown }) => f.texts),
    ).toEqual(expect.not.arrayContaining([words]));
    // An own worker reads no supplier's words, and a supplier not even its own.
    refused(await aino.get(`/suppliers/${demo.familjestod}/feedback-words`), 403);
    refused(await familjestod.get(`/suppliers/${demo.familjestod}/feedback-words`), 403);
    // The team that uses the supplier is told by e-mail: a link to the case, nothing of the family. The
    // message is written as the case's process records the finding, after the feedback's answer.
    const told = await eventually('the team told of the bad feedback', async () => {
      const rows: { payload: object }[] = await sys.db.query(
        `select payload from outbox where topic = 'arranging_team.bad_feedback' and payload->>'caseId' = $1`,
        [caseId],
      );
      return rows.length ? rows : undefined;
    });
    expect(told.map((m: { payload: object }) => m.payload)).toContainEqual({
      caseId,
      supplierId: demo.familjestod,
      teamId: (await sys.db.query('select team_id as "teamId" from arrangement where id = $1', [a]))[0].teamId,
    });
    ok(await sanna.post(`/supervision/cases/${caseId}/close`, { reason: 'Sanojen testin tapaus.' }));
  });
});

describe('a finding that could not reach its case', () => {
  it('is kept, and sent with the next feedback', async () => {
    // As if Temporal had not answered when it was saved: the finding waits, undelivered.
    const findingId = '00000000-0000-4000-8000-0000060000aa';
    await sys.db.query(
      `insert into supervision_finding (id, supplier_id, source, reasons) values ($1, $2, 'feedback', '{serious_concern}')`,
      [findingId, demo.tukiverkko],
    );
    const a = await started(demo.perhepolku);
    ok(await aino.post('/feedback', answer(a)));
    const [finding] = await sys.db.query('select case_id, delivered_at from supervision_finding where id = $1', [
      findingId,
    ]);
    expect(finding.delivered_at).not.toBeNull();
    const c = ok(await petra.get(`/supervision/cases/${finding.case_id}`));
    expect(c).toMatchObject({ supplierId: demo.tukiverkko, status: 'assessment' });
    ok(await sanna.post(`/supervision/cases/${finding.case_id}/close`, { reason: 'Testin havainto.' }));
  });
});

describe('a survey export', () => {
  const csv = (rows: string[]) =>
    [
      'responseId,arrangementId,respondent,answeredOn,heard,rightThings,parentCoping,familyRelations,influence,recommend,helpedMost,municipality',
      ...rows,
    ].join('\n');

  it('accepts the good rows, rejects the bad with reasons, and does not duplicate on re-import; the scorecard is as counted by hand', async () => {
    const c = await started(demo.familjestod);
    const { id: draft } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
    const file = csv([
      `r1,${c},family,2026-10-05,4,4,3,3,4,10,"Kotikäynnit, ja se että ""kuunneltiin""\nkiireettä",espoo`,
      `r2,${c},family,2026-10-20,3,4,3,2,3,9,,espoo`,
      `r3,${c},family,2026-11-02,4,3,4,3,4,9,,`,
      `r4,${c},family,2026-11-10,2,3,2,3,2,8,,lohja`,
      `r5,${c},family,2026-11-15,3,2,3,4,3,6,,`,
      `r6,${c},own_worker,2026-08-01,4,4,4,4,4,10,,`,
      `r7,${c},family,2026-11-16,4,4,4,4,4,11,,`,
      `r8,00000000-0000-4000-8000-00000000dead,family,2026-11-16,4,4,4,4,4,9,,`,
      `r9,${c},family,2026-11-16,x,4,4,4,4,9,,`,
      `r10,${c},family,2026-02-30,4,4,4,4,4,9,,`,
      `r1,${c},family,2026-10-05,4,4,3,3,4,10,,`,
      `r11,${draft},family,2026-11-16,4,4,4,4,4,9,,`,
      `r12,${c},family,2026-11-16,4,4,4,4,4,9,,tampere`,
    ]);
    const fetchCsv = (body: string) => riikka.upload('/feedback/imports', body, 'text/csv');
    const report = ok(await fetchCsv(file));
    expect(report.received).toBe(13);
    expect(report.accepted.map((r: { responseId: string }) => r.responseId)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
    ]);
    expect(report.accepted.every((r: { badReasons: string[] }) => r.badReasons.length === 0)).toBe(true);
    const rejected = Object.fromEntries(
      report.rejected.map((r: { responseId: string; row: number; problems: { field: string }[] }) => [
        `${r.row}:${r.responseId}`,
        r.problems.map((p) => p.field),
      ]),
    );
    expect(rejected).toEqual({
      '7:r7': ['recommend'],
      '8:r8': ['arrangementId'],
      '9:r9': ['heard'],
      '10:r10': ['answeredOn'],
      '11:r1': ['responseId'],
      '12:r11': ['arrangementId'],
      '13:r12': ['municipality'],
    });
    const [row1] = await sys.db.query(`select texts from feedback where external_id = 'r1'`);
    expect(row1.texts.helpedMost).toBe('Kotikäynnit, ja se että "kuunneltiin"\nkiireettä');

    const again = ok(await fetchCsv(file));
    expect(again.accepted).toEqual([]);
    expect(again.alreadyImported.map((r: { responseId: string }) => r.responseId)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
    ]);
    expect(again.rejected).toHaveLength(7);
    const [count] = await sys.db.query('select count(*)::int as n from feedback where arrangement_id = $1', [c]);
    expect(count.n).toBe(6);

    const misspelt = refused(
      await fetchCsv('responseId,arrangementId,respondent,answeredOn,hread\nz,x,family,2026-11-01,4'),
      400,
    );
    expect(misspelt.problems[0]).toMatchObject({ field: 'hread', rule: 'known_column' });

    // Hand-computed from the five families' answers (r1–r5; r6 is the own worker's form, counted beside them):
    // recommend 10, 9, 9, 8, 6 → promoters 3, detractors 1 → NPS (3 − 1) / 5 = +40.0; all five in Q4 2026.
    // Means: heard 4+3+4+2+3 = 16/5 = 3.2, right things 16/5 = 3.2, coping 15/5 = 3, relations 15/5 = 3,
    // influence 16/5 = 3.2; the life situation not asked in this export: no answers, withheld. Q3 2026 has no
    // family answer and one own worker's: both withheld.
    const card = ok(await petra.get(`/suppliers/${demo.familjestod}/scorecard?serviceCode=${SERVICE}`));
    const families = {
      answers: 5,
      withheld: false,
      nps: 40,
      seriousConcerns: 0,
      means: {
        heard: 3.2,
        rightThings: 3.2,
        lifeSituation: null,
        parentCoping: 3,
        familyRelations: 3,
        influence: 3.2,
      },
    };
    const withheld = (answers: number) => ({
      answers,
      withheld: true,
      nps: null,
      seriousConcerns: null,
      means: {
        heard: null,
        rightThings: null,
        lifeSituation: null,
        parentCoping: null,
        familyRelations: null,
        influence: null,
      },
    });
    expect(card.services).toEqual([
      { serviceCode: SERVICE, period: 'all', ...families, ownWorkers: withheld(1) },
      { serviceCode: SERVICE, period: '2026-Q3', ...withheld(0), ownWorkers: withheld(1) },
      { serviceCode: SERVICE, period: '2026-Q4', ...families, ownWorkers: withheld(0) },
    ]);
    const text = JSON.stringify(card);
    for (const identity of [c, demo.eetu.id, 'Eetu', 'Kotikäynnit', 'espoo']) expect(text).not.toContain(identity);
    const offer = ok(await sanna.get(`/suppliers?serviceCode=${SERVICE}&on=${today()}`)).find(
      (o: { supplierId: string }) => o.supplierId === demo.familjestod,
    );
    expect(offer.scorecard).toEqual({ answers: 5, nps: 40, openCases: 0 });
  });
});

describe('a survey export with broken rows', () => {
  it('accounts for every row: read, or rejected with the line and the quoting or cell-count problem', async () => {
    const c = await started(demo.familjestod);
    const header =
      'responseId,arrangementId,respondent,answeredOn,heard,rightThings,parentCoping,familyRelations,influence,recommend,helpedMost,municipality';
    const file = [
      header,
      `q1,${c},family,2026-10-05,4,4,4,4,4,9,Hyvä,espoo`, // line 2: read
      `q2,${c},family,2026-10-05,4,4,4,4,4,9,Sanoi "ei",espoo`, // line 3: a stray quote
      `q3,${c},family,2026-10-05,4,4,4,4,4,9,,espoo,liikaa`, // line 4: one cell too many
      `q4,${c},family,2026-10-05,4,4,4,4,4`, // line 5: three cells too few
      '', // line 6: blank
      `q5,${c},family,2026-10-05,4,4,4,4,4,9,"Kaksi\nriviä",espoo`, // lines 7–8: read
      `q6,${c},family,2026-10-05,4,4,4,4,4,9,"ei loppua,espoo`, // line 9: a quote never closed
    ].join('\n');
    const report = ok(await riikka.upload('/feedback/imports', file, 'text/csv'));
    expect(report.received).toBe(6);
    expect(report.blankLines).toBe(1);
    expect(report.accepted.map((r: { line: number; responseId: string }) => [r.line, r.responseId])).toEqual([
      [2, 'q1'],
      [7, 'q5'],
    ]);
    expect(
      report.rejected.map((r: { line: number; problems: { rule: string }[] }) => [r.line, r.problems[0]!.rule]),
    ).toEqual([
      [3, 'csv_quote'],
      [4, 'csv_cell_count'],
      [5, 'csv_cell_count'],
      [9, 'csv_quote'],
    ]);
    expect(report.accepted.length + report.alreadyImported.length + report.rejected.length).toBe(report.received);
    const saved = await sys.db.query(`select external_id from feedback where arrangement_id = $1 order by 1`, [c]);
    expect(saved.map((r: { external_id: string }) => r.external_id)).toEqual(['q1', 'q5']);
  });
});

describe('planned supervision', () => {
  it('puts visits on the list by a Temporal Schedule; a visit’s concern opens a case like bad feedback', async () => {
    const path = `/suppliers/${demo.familjestod}/planned-supervision`;
    refused(await sanna.put(path, { every: 'P1W' }), 403);
    refused(await petra.put(path, { every: 'every other week' }), 400);
    refused(await petra.put(path, { every: 'PT2S' }), 400);
    // Visits every two seconds: only the development API sets such a schedule.
    const plan = ok(await petra.put(`/dev-api${path}`, { every: 'PT2S' }));
    expect(plan.nextVisits.length).toBeGreaterThan(0);
    const due = await eventually('a planned visit to fall due', async () => {
      const visits = ok(await sanna.get(`/planned-visits?supplierId=${demo.familjestod}&status=due`));
      return visits.length ? visits : undefined;
    });
    ok(await petra.send('DELETE', path));
    refused(await petra.get(path), 404);

    const recorded = ok(
      await sanna.post(`/planned-visits/${due[0].id}/findings`, {
        visitedOn: today(),
        concern: true,
        findings: 'Henkilöstön pätevyyksiä ei ollut kirjattu; kaksi työntekijää ilman perehdytystä.',
      }),
    );
    expect(recorded).toMatchObject({ status: 'done', concern: true });
    expect(recorded.caseId).toBeTruthy();
    refused(
      await sanna.post(`/planned-visits/${due[0].id}/findings`, { visitedOn: today(), concern: false, findings: 'x' }),
      409,
    );
    const seen = ok(await petra.get(`/supervision/cases/${recorded.caseId}`));
    expect(seen.findings).toEqual([
      expect.objectContaining({ source: 'planned_visit', reasons: ['planned_visit_concern'] }),
    ]);
    ok(await sanna.post(`/supervision/cases/${recorded.caseId}/close`, { reason: 'Korjattu käynnin aikana.' }));
  });
});
