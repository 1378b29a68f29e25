import type { ServiceDefinition } from '../../contracts/catalogue';
import { CATALOGUE_V1 } from './catalogue';
import { withCountyCardRules } from '../migrations/1764520000000-card-rules-and-special-support-needs';
import { withAftercareCards } from '../migrations/1764590000000-aftercare';

/** The reference catalogue as it stood before aftercare (issue 28): no aftercare marks, no aftercare card. */
const BEFORE_AFTERCARE: ServiceDefinition[] = CATALOGUE_V1.filter((s) => s.code !== 'aftercare_housing_support').map(
  ({ aftercare: _a, ...s }) => s,
);

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
    const migrated = withCountyCardRules(
      BEFORE_AFTERCARE.map(asLoadedBefore) as never,
    ) as unknown as ServiceDefinition[];
    expect(migrated).toEqual(BEFORE_AFTERCARE);
    // This county's rule for home help, not Pirkanmaa's hourly fee.
    expect(migrated[0]?.fee).toEqual({ kind: 'free_as_support_measure', note: expect.any(Object) });
  });

  it('leaves a card the county added itself as it is, and adds no criterion twice', () => {
    const own = { ...BEFORE_AFTERCARE[1]!, code: 'county_own_service' };
    expect(withCountyCardRules([own] as never)).toEqual([own]);
    expect(withCountyCardRules(BEFORE_AFTERCARE as never)).toEqual(BEFORE_AFTERCARE);
  });
});

describe("the migration that brings aftercare's cards to a catalogue in use", () => {
  it('makes of the catalogue before aftercare the cards a new database starts with', () => {
    expect(withAftercareCards(BEFORE_AFTERCARE as never)).toEqual(CATALOGUE_V1);
  });

  it('keeps a removed card removed and adds the housing card once', () => {
    const withoutSupportPerson = BEFORE_AFTERCARE.filter((s) => s.code !== 'volunteer_support_person');
    const migrated = withAftercareCards(withAftercareCards(withoutSupportPerson as never));
    expect(migrated.map((s) => s.code)).toEqual([
      ...withoutSupportPerson.map((s) => s.code),
      'aftercare_housing_support',
    ]);
    expect(migrated.filter((s) => s.aftercare).map((s) => s.code)).toEqual([
      'family_work',
      'professional_support_person',
      'aftercare_housing_support',
    ]);
  });
});
