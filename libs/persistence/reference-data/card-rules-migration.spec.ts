import type { ServiceDefinition } from '../../contracts/catalogue';
import { CATALOGUE_V1 } from './catalogue';
import { withCountyCardRules } from '../migrations/1764520000000-card-rules-and-special-support-needs';

/** The first catalogue as a database loaded it before the cards' own rules (issue 24). */
function asLoadedBefore(s: ServiceDefinition): ServiceDefinition {
  const rest: ServiceDefinition = { ...s };
  for (const added of [
    'source',
    'primarilyForSpecialSupportNeeds',
    'beforeBirth',
    'voluntary',
    'evaluationIntervalShortest',
  ] as const) {
    delete rest[added];
  }
  const added = ['occasional_transitions', 'special_support_needs', 'pregnancy'];
  const before: ServiceDefinition = { ...rest, rightWhen: s.rightWhen.filter((c) => !added.includes(c.code)) };
  if (s.code !== 'home_help') return before;
  return {
    ...before,
    notRightWhen: s.notRightWhen.map((c) =>
      c.code === 'cleaning_or_transport'
        ? {
            ...c,
            text: {
              fi: 'Pelkkä siivous tai kuljetus',
              sv: 'Enbart städning eller transport',
              en: 'Mere cleaning or transport',
            },
          }
        : c,
    ),
    fee: {
      kind: 'free_as_support_measure',
      hourlyCents: 680,
      note: { fi: '6,80 €/h', sv: '6,80 €/h', en: '6.80 €/h' },
    },
  };
}

describe("the migration that brings the cards' own rules to a catalogue in use", () => {
  it('makes of the first catalogue as it was loaded the cards a new database starts with', () => {
    const migrated = withCountyCardRules(CATALOGUE_V1.map(asLoadedBefore) as never) as unknown as ServiceDefinition[];
    expect(migrated).toEqual(CATALOGUE_V1);
    // This county's rule for home help, not Pirkanmaa's hourly fee.
    expect(migrated[0]?.fee).toEqual({ kind: 'free_as_support_measure', note: expect.any(Object) });
  });

  it('leaves a card the county added itself as it is, and adds no criterion twice', () => {
    const own = { ...CATALOGUE_V1[1]!, code: 'county_own_service' };
    expect(withCountyCardRules([own] as never)).toEqual([own]);
    expect(withCountyCardRules(CATALOGUE_V1 as never)).toEqual(CATALOGUE_V1);
  });
});
