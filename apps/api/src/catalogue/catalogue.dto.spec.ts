import { CATALOGUE_V1 } from '../../../../libs/persistence/reference-data/catalogue';
import { DevServiceSchema } from '../dev/dev.dto';
import { PublishedServiceSchema, ServiceDefinitionSchema } from './catalogue.dto';

describe('the catalogue schema', () => {
  it('accepts every service of the first catalogue as published', () => {
    for (const service of CATALOGUE_V1) {
      const parsed = ServiceDefinitionSchema.safeParse(service);
      expect(parsed.error?.issues ?? []).toEqual([]);
      // What the API stores is what was loaded: the schema adds and drops nothing.
      expect(parsed.data).toEqual(service);
    }
    expect(new Set(CATALOGUE_V1.map((s) => s.code)).size).toBe(CATALOGUE_V1.length);
  });

  it('names the field of a rule that does not hold', () => {
    const [homeHelp] = CATALOGUE_V1;
    const bad = ServiceDefinitionSchema.safeParse({
      ...homeHelp,
      hoursPerMonth: { min: 40, max: 8 },
      periods: { first: 'P13M', step: 'P3M', max: 'P12M', specialExtra: null },
      notRightWhen: [...homeHelp!.notRightWhen, homeHelp!.notRightWhen[0]],
    });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'hoursPerMonth.max',
      'notRightWhen',
      'periods.max',
    ]);
  });

  it('refuses a shortest gap between evaluations longer than the longest', () => {
    const [homeHelp] = CATALOGUE_V1;
    const bad = PublishedServiceSchema.safeParse({
      ...homeHelp,
      evaluationInterval: 'P1M',
      evaluationIntervalShortest: 'P2M',
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['evaluationIntervalShortest']);
    const good = PublishedServiceSchema.safeParse({
      ...homeHelp,
      evaluationIntervalShortest: homeHelp!.evaluationInterval,
    });
    expect(good.error?.issues ?? []).toEqual([]);
  });

  it('takes only the durations a county sets: days, weeks, months and years', () => {
    const [homeHelp] = CATALOGUE_V1;
    const quick = {
      ...homeHelp,
      periods: { first: 'PT6S', step: 'P1M', max: 'P1MT1H', specialExtra: null },
      accessTarget: 'P14D',
      evaluationInterval: 'PT5M',
    };
    const refused = ServiceDefinitionSchema.safeParse(quick).error?.issues ?? [];
    expect(refused.map((i) => `${i.path.join('.')}:${(i as { params?: { rule?: string } }).params?.rule}`)).toEqual([
      'periods.first:county_duration',
      'periods.max:county_duration',
      'evaluationInterval:county_duration',
    ]);
    // The development catalogue takes the same service, and nothing more than the public schema allows.
    expect(DevServiceSchema.safeParse(quick).error?.issues ?? []).toEqual([]);
    expect(DevServiceSchema.safeParse({ ...quick, extra: true }).success).toBe(false);
    expect(DevServiceSchema.safeParse({ ...quick, periods: { ...quick.periods, first: 'P2M' } }).success).toBe(false);
  });
});
