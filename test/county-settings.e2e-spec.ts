import { createDataSource } from '../libs/persistence/data-source';
import { prepareDatabase } from '../libs/persistence/database';
import { dropDatabase } from '../libs/persistence/dev/throwaway-database';
import { connect, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok, refused } from './support/expect';
import { publishTestService } from './support/fixtures';

/**
 * The county's targets, baselines and norms are its own settings: a production database has none until the
 * county sets them; the demo region's are another county's examples and say so; a value set from a day is
 * used by the figures of its period only, and kept with its source and who set it.
 */
const SERVICE = 'county_settings_test';
let sys: System;
let year = 0;

beforeAll(async () => {
  sys = await connect();
  year = Number((await sys.today()).slice(0, 4));
  await publishTestService(sys.as('riikka'), SERVICE, 'Asetusten testipalvelu');
});
afterAll(() => sys.close());

/** The service's line of the year's purchases figure. */
const purchasesOf = async (y: number) =>
  ok(await sys.as('riikka').get(`/reports/purchases?year=${y}`)).services.find(
    (s: { serviceCode: string }) => s.serviceCode === SERVICE,
  ) ?? null;

describe("the county's settings", () => {
  it('are none in a production database: no baseline, target or norm borrowed from another county, and the cards modelled on one say so', async () => {
    const url = new URL(systemEnv().databaseUrl);
    url.pathname = `/luvn_settings_${process.pid}_test`;
    const ds = createDataSource(url.toString(), 1);
    try {
      await prepareDatabase(ds, url.toString());
      const [{ settings }] = await ds.query('select count(*)::int as settings from county_setting');
      const [{ municipalities }] = await ds.query('select count(*)::int as municipalities from municipality');
      expect({ settings, municipalities }).toEqual({ settings: 0, municipalities: 10 });
      // Every card says whose document its values come from: those modelled on Pirkanmaa's say so, the others
      // that their hours and periods are examples, until the county sets them.
      const [{ services }] = await ds.query('select services from catalogue_version where version = 1');
      const sources = (services as { code: string; source?: { fi: string; sv: string; en: string } }[]).map((s) => [
        s.code,
        s.source?.fi.includes('Pirkanma') && s.source.sv.includes('Birkaland')
          ? 'Pirkanmaa'
          : s.source?.fi.includes('esimerkkiarvoja') && s.source.sv.includes('exempelvärden')
            ? 'example'
            : 'none',
      ]);
      expect(sources).toEqual([
        ['home_help', 'Pirkanmaa'],
        ['family_work', 'Pirkanmaa'],
        ['intensified_family_work', 'Pirkanmaa'],
        ['intensive_intensified_family_work', 'example'],
        ['professional_support_person', 'Pirkanmaa'],
        ['family_rehabilitation_24h', 'Pirkanmaa'],
        ['open_family_rehabilitation', 'example'],
        ['support_family', 'example'],
        ['volunteer_support_person', 'example'],
        ['reunification_family_work', 'example'],
        ['aftercare_housing_support', 'example'],
      ]);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await dropDatabase(url.toString());
    }
  });

  it("are the demo region's examples, labelled as another county's, where the demo is loaded", async () => {
    const { inForce } = ok(await sys.as('riikka').get('/county-settings'));
    const examples = inForce.filter((s: { example: boolean }) => s.example);
    expect(examples.map((s: { key: string; scope: string }) => `${s.key}:${s.scope}`)).toEqual(
      expect.arrayContaining([
        'purchase_baseline_cents:home_help',
        'purchase_reduction_target:',
        'caseload_norm:social_worker',
      ]),
    );
    // Where a request for rectification is sent: made up for the demo (other files set their own since).
    const { history } = ok(await sys.as('riikka').get('/county-settings'));
    const texts = history.filter((s: { example: boolean; text: string | null }) => s.example && s.text);
    expect(texts.map((s: { key: string; scope: string }) => `${s.key}:${s.scope}`).sort()).toEqual([
      'rectification_authority_address:fi',
      'rectification_authority_address:sv',
      'rectification_authority_email:',
    ]);
    for (const s of texts) expect(s.source).toMatch(/Esimerkki/);
    for (const s of examples)
      expect({ source: s.source, setBy: s.setBy }).toEqual({ source: expect.stringMatching(/Esimerkki/), setBy: null });
  });

  it("take the rectification authority's address as text, and only as text", async () => {
    const riikka = sys.as('riikka');
    const body = { key: 'rectification_authority_email', scope: '', validFrom: '2020-01-01', source: 'Testi' };
    const figure = refused(await riikka.post('/county-settings', { ...body, value: 1 }), 400);
    expect(figure.problems.map((p) => `${p.field}:${p.rule}`)).toEqual(
      expect.arrayContaining(['text:required', 'value:range']),
    );
    const notMail = refused(await riikka.post('/county-settings', { ...body, text: 'jaosto' }), 400);
    expect(notMail.problems[0]).toMatchObject({ field: 'text', rule: 'range' });
    const language = refused(
      await riikka.post('/county-settings', { ...body, scope: 'en', text: 'jaosto@luvn.example' }),
      400,
    );
    expect(language.problems[0]).toMatchObject({ field: 'scope', rule: 'range' });
    const text = refused(
      await riikka.post('/county-settings', { ...body, key: 'nps_target', text: 'kymmenen', value: 10 }),
      400,
    );
    expect(text.problems[0]).toMatchObject({ field: 'text', rule: 'range' });
  });

  it('change the figure of their period only, each value kept with its source and who set it', async () => {
    const riikka = sys.as('riikka');
    expect(await purchasesOf(year)).toBeNull();
    const next = ok(
      await riikka.post('/county-settings', {
        key: 'purchase_baseline_cents',
        scope: SERVICE,
        value: 5_000_000,
        validFrom: `${year + 1}-01-01`,
        source: 'Talousarvio seuraavalle vuodelle',
      }),
    );
    expect(next).toMatchObject({
      key: 'purchase_baseline_cents',
      scope: SERVICE,
      example: false,
      setBy: 'Riikka Salo',
    });
    // From next year: this year's figure has no baseline for the service, next year's has.
    expect(await purchasesOf(year)).toBeNull();
    expect(await purchasesOf(year + 1)).toMatchObject({ baselineCents: 5_000_000, baselineIsExample: false });

    ok(
      await riikka.post('/county-settings', {
        key: 'purchase_baseline_cents',
        scope: SERVICE,
        value: 6_000_000,
        validFrom: `${year}-01-01`,
        source: 'Tilinpäätös, ostot palveluittain',
        note: 'Korjattu luku',
      }),
    );
    expect(await purchasesOf(year)).toMatchObject({
      baselineCents: 6_000_000,
      baselineSource: 'Tilinpäätös, ostot palveluittain',
    });
    expect(await purchasesOf(year + 1)).toMatchObject({ baselineCents: 5_000_000 });
    const { history } = ok(await riikka.get('/county-settings'));
    const ours = history.filter((s: { scope: string }) => s.scope === SERVICE);
    expect(ours.map((s: { value: number; validFrom: string }) => [s.validFrom, s.value])).toEqual([
      [`${year + 1}-01-01`, 5_000_000],
      [`${year}-01-01`, 6_000_000],
    ]);
  });

  it('are set by the county’s management alone, each value checked by its rule', async () => {
    const base = {
      key: 'purchase_baseline_cents',
      scope: SERVICE,
      value: 1,
      validFrom: `${year}-01-01`,
      source: 'Testi',
    };
    refused(await sys.as('petra').post('/county-settings', base), 403);
    refused(await sys.as('sanna').post('/county-settings', base), 403);
    // The screens offer the form as the API says: procurement reads the settings, the team lead sets them.
    expect(ok(await sys.as('petra').get('/county-settings')).allowedActions).toEqual([]);
    const riikka = sys.as('riikka');
    expect(ok(await riikka.get('/county-settings')).allowedActions).toEqual(['set']);
    const problem = async (body: object) =>
      refused(await riikka.post('/county-settings', { ...base, ...body }), 400).problems.map(
        (p: { field: string; rule: string }) => `${p.field}:${p.rule}`,
      );
    expect(await problem({ key: 'caseload_norm', scope: 'plumber', value: 30 })).toEqual(['scope:required']);
    expect(await problem({ key: 'purchase_reduction_target', scope: '', value: 2 })).toEqual(['value:range']);
    expect(await problem({ scope: 'no_such_service' })).toEqual(['scope:known_service']);
    expect(await problem({ validFrom: '2026-02-30' })).toEqual(['validFrom:iso_date']);
    expect(await problem({ source: '' })).toEqual(['source:too_small']);
  });
});
