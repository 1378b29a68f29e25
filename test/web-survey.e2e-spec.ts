import { ArrangementPage } from './pages/arrangement';
import { FiguresPage } from './pages/figures';
import { demo } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * The whole client survey of seed 002: answers carrying every question imported from the survey tool's CSV
 * (and an older export without the new questions) and sent online, the statistics per service and quarter
 * read against figures worked out by hand, a quarter of too few answers withheld; the team lead's figures
 * page showing them as a table, and the own worker's form asking every question. A service of this file's
 * own, from own production (so that a low answer opens no supplier's case in another file's figures).
 */
const web = browserTests();
const sys = () => web.sys;
const SERVICE = `survey_${Date.now().toString(36)}`;
const SERVICE_NAME = `Testipalvelu ${SERVICE}`;
/** The survey tool's response ids are unique in the whole database: this run's own. */
const RUN = `survey-${Date.now().toString(36)}`;

let arrangementId = '';
let year = 0;
const day = (monthDay: string) => `${year}-${monthDay}`;

beforeAll(async () => {
  await publishTestService(sys().as('riikka'), SERVICE, 'Asiakaskyselyn tunnuslukujen testipalvelu');
  arrangementId = (await activeService(sys(), SERVICE, null)).id;
  year = Number((await sys().today()).slice(0, 4));
});

/**
 * The first quarter's seven families (r1–r7) and the answers each gave. r5 comes from an older export
 * without the life-situation and "worked with" columns; r6 and r7 are sent online. Blank is no answer.
 */
const HEADER =
  'responseId,arrangementId,respondent,answeredOn,heard,rightThings,lifeSituation,parentCoping,familyRelations,influence,workedWith,recommend,seriousConcern,helpedMost,didNotHelp,wished,comments,duration,municipality';
const OLD_HEADER =
  'responseId,arrangementId,respondent,answeredOn,heard,rightThings,parentCoping,familyRelations,influence,recommend,helpedMost,didNotHelp,wished,duration,municipality';

const row = (id: string, answeredOn: string, cells: string) =>
  `${RUN}-${id},${arrangementId},family,${answeredOn},${cells}`;

const surveyFile = () =>
  [
    HEADER,
    // heard, rightThings, lifeSituation, parentCoping, familyRelations, influence, workedWith, recommend, concern, 4 texts, duration, municipality
    row('r1', day('01-15'), `4,4,3,3,3,4,"parents, children",10,no,Kotikäynnit,,,,6 kk,espoo`),
    row('r2', day('02-03'), `3,4,2,2,3,3,whole_family,9,,Keskustelut,Illat,Enemmän aikaa,,3 kk,lohja`),
    row('r3', day('02-20'), `4,4,4,4,3,3,parents,8,,,,,,1 v,espoo`),
    row('r4', day('03-02'), `2,3,1,,3,2,parents|whole_family,3,,,Kiire,Samaa työntekijää,,2 kk,vihti`),
    // A choice the survey does not have: the row is refused naming the field, the others are read.
    row('bad', day('03-03'), `4,4,4,4,4,4,grandparents,9,,,,,,,`),
    '',
  ].join('\n');

const olderFile = () => [OLD_HEADER, row('r5', day('03-10'), `4,4,,3,3,10,Tuki arkeen,,,9 kk,karkkila`), ''].join('\n');

/** An answer sent online, as a family's survey answers are sent through the API. */
const online = (answeredOn: string, answers: Record<string, unknown>) => ({
  arrangementId,
  respondent: 'family',
  answeredOn,
  rightThings: 4,
  familyRelations: 3,
  ...answers,
});

const statistics = (query = '') =>
  sys().as('riikka').get(`/feedback/statistics?from=${year}-01-01&to=${year}-12-31&serviceCode=${SERVICE}${query}`);

describe('the whole survey', () => {
  it('imports and takes online every question, older exports as they were', async () => {
    const riikka = sys().as('riikka');
    const imported = ok(await riikka.upload('/feedback/imports', surveyFile(), 'text/csv'));
    expect(imported.accepted.map((a: { responseId: string }) => a.responseId)).toEqual(
      ['r1', 'r2', 'r3', 'r4'].map((r) => `${RUN}-${r}`),
    );
    // The life-situation question is one of the items: its lowest answer is bad as any other's.
    expect(imported.accepted[3].badReasons).toEqual(['item_low:lifeSituation']);
    expect(imported.rejected).toEqual([
      expect.objectContaining({
        responseId: `${RUN}-bad`,
        problems: [expect.objectContaining({ field: 'workedWith.0', rule: 'invalid_value' })],
      }),
    ]);
    const older = ok(await riikka.upload('/feedback/imports', olderFile(), 'text/csv'));
    expect(older.accepted).toHaveLength(1);

    const aino = sys().as('aino');
    const r6 = ok(
      await aino.post(
        '/feedback',
        online(day('03-20'), {
          heard: 3,
          lifeSituation: 3,
          influence: 3,
          workedWith: ['children'],
          recommend: 7,
          helpedMost: 'Vertaisryhmä',
          didNotHelp: 'Lomakkeet',
          wished: 'Iltakäyntejä',
          duration: '4 kk',
          municipality: 'espoo',
        }),
        `${RUN}-r6`,
      ),
    );
    expect(r6).toMatchObject({ lifeSituation: 3, workedWith: ['children'], duration: '4 kk', municipality: 'espoo' });
    ok(
      await aino.post(
        '/feedback',
        online(day('03-25'), {
          heard: 4,
          lifeSituation: 3,
          influence: 4,
          workedWith: ['parents'],
          recommend: 9,
          duration: '5 kk',
        }),
        `${RUN}-r7`,
      ),
    );
    // The own worker's assessment is reported beside the survey, never in it: its 1 moves no minimum.
    ok(
      await aino.post(
        '/feedback',
        { ...online(day('03-26'), { heard: 2, lifeSituation: 2, recommend: 0 }), respondent: 'own_worker' },
        `${RUN}-own`,
      ),
    );
    // Three families in the second quarter: too few to show.
    for (const [i, heard] of [4, 1, 3].entries()) {
      ok(await aino.post('/feedback', online(day('05-0' + (i + 1)), { heard, recommend: 10 }), `${RUN}-q2-${i}`));
    }

    const saved = await sys().db.query(
      `select external_id as id, life_situation as "lifeSituation", worked_with as "workedWith", texts, duration,
              municipality_code as municipality
       from feedback where external_id in ($1, $2) order by external_id`,
      [`${RUN}-r2`, `${RUN}-r5`],
    );
    expect(saved).toEqual([
      {
        id: `${RUN}-r2`,
        lifeSituation: 2,
        workedWith: ['whole_family'],
        texts: { helpedMost: 'Keskustelut', didNotHelp: 'Illat', wished: 'Enemmän aikaa', comments: null },
        duration: '3 kk',
        municipality: 'lohja',
      },
      // The older export's row: the questions it never asked are no answer.
      {
        id: `${RUN}-r5`,
        lifeSituation: null,
        workedWith: null,
        texts: { helpedMost: 'Tuki arkeen', didNotHelp: null, wished: null, comments: null },
        duration: '9 kk',
        municipality: 'karkkila',
      },
    ]);
  });

  it('gives each question n, min, max, mean, median and the sample deviation per quarter, hiding a quarter of few', async () => {
    const s = ok(await statistics());
    expect(s.minimumAnswersShown).toBe(5);
    expect(s.groups.map((g: { quarter: string }) => g.quarter)).toEqual([`${year}-Q1`, `${year}-Q2`]);
    const [q1, q2] = s.groups;
    expect(q1).toMatchObject({ serviceCode: SERVICE, respondents: 7, withheld: false });
    // heard 4, 3, 4, 2, 4, 3, 4 (the own worker's 2 not among them): sum 24, mean 3.43; squared deviations
    // from 24/7 sum to 26/7 = 3.714; / 6 = 0.619, √ = 0.79 (the population's, / 7, would be 0.73).
    expect(q1.questions.heard).toEqual({
      n: 7,
      withheld: false,
      min: 2,
      max: 4,
      sum: 24,
      mean: 3.43,
      median: 4,
      sd: 0.79,
    });
    // rightThings 4, 4, 4, 3, 4, 4, 4: sum 27, mean 3.86; squares 6/7 = 0.857, / 6 = 0.143, √ = 0.38.
    expect(q1.questions.rightThings).toEqual({
      n: 7,
      withheld: false,
      min: 3,
      max: 4,
      sum: 27,
      mean: 3.86,
      median: 4,
      sd: 0.38,
    });
    // lifeSituation 3, 2, 4, 1, 3, 3 (the older export's row has none): sum 16, mean 2.67, median (3 + 3) / 2;
    // squares from 8/3 sum to 48/9 = 5.333, / 5 = 1.067, √ = 1.03.
    expect(q1.questions.lifeSituation).toEqual({
      n: 6,
      withheld: false,
      min: 1,
      max: 4,
      sum: 16,
      mean: 2.67,
      median: 3,
      sd: 1.03,
    });
    // familyRelations 3 from everyone: no spread.
    expect(q1.questions.familyRelations).toMatchObject({ n: 7, mean: 3, median: 3, sd: 0 });
    // influence 4, 3, 3, 2, 3, 3, 4: sum 22, mean 3.14; squares from 22/7 sum to 20/7 = 2.857, / 6 = 0.476, √ = 0.69.
    expect(q1.questions.influence).toEqual({
      n: 7,
      withheld: false,
      min: 2,
      max: 4,
      sum: 22,
      mean: 3.14,
      median: 3,
      sd: 0.69,
    });
    // parentCoping answered by three (r4, the older export's r5 and the two online left it): too few,
    // withheld in a quarter that is shown.
    expect(q1.questions.parentCoping).toEqual({
      n: 3,
      withheld: true,
      min: null,
      max: null,
      sum: null,
      mean: null,
      median: null,
      sd: null,
    });
    // recommend 10, 9, 8, 3, 10, 7, 9: sum 56, mean 8, median 9; squares 4+1+0+25+4+1+1 = 36, / 6 = 6, √ = 2.45.
    expect(q1.questions.recommend).toEqual({
      n: 7,
      withheld: false,
      min: 3,
      max: 10,
      sum: 56,
      mean: 8,
      median: 9,
      sd: 2.45,
    });
    // Four promoters (10, 9, 10, 9), one detractor (3) of seven: (4 − 1) / 7 = +42.9.
    expect(q1.nps).toBe(42.9);
    // "Worked with mainly": six families answered (not the older export), eight choices.
    expect(q1.workedWith).toEqual({
      respondents: 6,
      selections: 8,
      choices: { parents: 4, children: 2, whole_family: 2 },
    });

    expect(q2).toMatchObject({ respondents: 3, withheld: true, nps: null });
    expect(q2.questions.heard).toEqual({
      n: 3,
      withheld: true,
      min: null,
      max: null,
      sum: null,
      mean: null,
      median: null,
      sd: null,
    });
    expect(q2.workedWith).toEqual({ respondents: 0, selections: null, choices: null });
    // No free text and no client in the statistics.
    expect(JSON.stringify(s)).not.toMatch(/Keskustelut|Vertaisryhmä|clientId|Eetu/);
  });

  it('is the team lead’s, of the clients of one municipality when asked', async () => {
    // The arrangement is Eetu's, of Espoo: none of Kirkkonummi's clients answered.
    expect(ok(await statistics('&municipalityCode=espoo')).groups).toHaveLength(2);
    expect(ok(await statistics('&municipalityCode=kirkkonummi')).groups).toEqual([]);
    const unknown = refused(await statistics('&municipalityCode=atlantis'), 400);
    expect(unknown.problems).toEqual([
      expect.objectContaining({ field: 'municipalityCode', rule: 'known_municipality' }),
    ]);
    refused(await sys().as('petra').get(`/feedback/statistics?from=${year}-01-01&to=${year}-12-31`), 403);
    refused(await sys().as('aino').get(`/feedback/statistics?from=${year}-01-01&to=${year}-12-31`), 403);
  });

  it('shows the statistics on the figures page as a table a quarter, the quarter of few withheld, in Finnish and Swedish', async () => {
    const page = (await web.signedIn('Riikka Salo')).as(FiguresPage);
    await page.open();
    await page.choose({ year, service: SERVICE_NAME });
    const t = page.t.surveyStatistics;
    const q1 = await page.surveyTable(`${year}-Q1`);
    expect(q1.heard).toEqual({
      [t.question]: page.t.feedback.items.heard,
      [t.n]: '7',
      [t.min]: '2',
      [t.max]: '4',
      [t.mean]: '3,43',
      [t.median]: '4',
      [t.sd]: '0,79',
    });
    expect(q1.parentCoping?.[t.mean]).toBe(page.text(t.withheld, { count: 5 }));
    expect(q1.recommend?.[t.sd]).toBe('2,45');
    expect(await page.surveyTable(`${year}-Q2`)).toEqual({});
    expect(await page.surveyWords(`${year}-Q2`)).toContain(
      page.text(t.withheldGroup, {
        quarter: page.text(page.t.suppliers.quarter, { year, q: 2 }),
        respondents: 3,
        count: 5,
      }),
    );
    await page.expectAccessible();
    await page.chooseLanguage('sv');
    const sv = page.t.surveyStatistics;
    await page.page.getByRole('heading', { name: new RegExp(`^${sv.title}`) }).waitFor();
    expect((await page.surveyTable(`${year}-Q1`)).lifeSituation?.[sv.median]).toBe('3');
    await page.expectAccessible();
  });

  it('asks every question on the own worker’s form', async () => {
    const aino = sys().as('aino');
    const ended = (await activeService(sys(), SERVICE, null, undefined, demo.ella.id)).id;
    ok(await aino.post(`/arrangements/${ended}/termination`, { reason: 'goals_met', explanation: 'Valmis.' }));
    await eventually('the feedback asked of the own worker', async () => {
      const requests = ok(await aino.get<{ arrangementId: string }[]>('/feedback/requests'));
      return requests.some((r) => r.arrangementId === ended) ? true : undefined;
    });
    const page = (await web.signedIn('Aino Virtanen')).as(ArrangementPage);
    await page.open(ended);
    const t = page.t.feedback;
    await page.answerWholeSurvey({
      duration: '3 kk',
      municipality: 'Kirkkonummi',
      items: {
        heard: '4',
        rightThings: '3',
        lifeSituation: '3',
        parentCoping: '4',
        familyRelations: '3',
        influence: '2',
      },
      workedWith: [t.workedWithChoices.parents, t.workedWithChoices.whole_family],
      recommend: '8',
      texts: { helpedMost: 'Arjen rytmi', didNotHelp: 'Pitkät välit', wished: 'Viikonloppuja', comments: 'Kiitos' },
    });
    await page.expectAccessible();
    await page.sendFeedback();
    await page.waitForStatus(t.given);
    const [saved] = await sys().db.query(
      `select respondent, heard, right_things as "rightThings", life_situation as "lifeSituation",
              parent_coping as "parentCoping", family_relations as "familyRelations", influence,
              worked_with as "workedWith", recommend, texts, duration, municipality_code as municipality
       from feedback where arrangement_id = $1`,
      [ended],
    );
    expect(saved).toEqual({
      respondent: 'own_worker',
      heard: 4,
      rightThings: 3,
      lifeSituation: 3,
      parentCoping: 4,
      familyRelations: 3,
      influence: 2,
      workedWith: ['parents', 'whole_family'],
      recommend: 8,
      texts: { helpedMost: 'Arjen rytmi', didNotHelp: 'Pitkät välit', wished: 'Viikonloppuja', comments: 'Kiitos' },
      duration: '3 kk',
      municipality: 'kirkkonummi',
    });
  });
});
