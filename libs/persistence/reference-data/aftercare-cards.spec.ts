import { checkAgainstCard } from '../../domain/service-card';
import { CATALOGUE_V1 } from './catalogue';

describe("aftercare's services have no caps", () => {
  const supportPerson = CATALOGUE_V1.find((s) => s.code === 'professional_support_person')!;
  const homeHelp = CATALOGUE_V1.find((s) => s.code === 'home_help')!;
  const proposal = {
    legalBasis: 'LsL' as const,
    dateOfBirth: '2007-03-15',
    startsOn: '2026-12-01',
    hoursPerMonth: null,
    notRightWhenPresent: [],
    plannedDuration: 'P36M',
    needsAssessedOn: '2026-11-20',
    specialSupportNeeds: true,
    expectedBirthOn: null,
  };
  const refused = (card: typeof supportPerson, aftercare: { endsOn: string } | null, over = {}) =>
    checkAgainstCard(card, { ...proposal, aftercare, ...over }).refusals.map((r) => `${r.field}:${r.rule}`);

  it("lets a young person in aftercare past the card's ages and maximum, but not a child or a card not offered", () => {
    expect(refused(supportPerson, { endsOn: '2032-03-14' })).toEqual([]);
    expect(refused(supportPerson, null)).toEqual(['clientId:age_range', 'plannedDuration:period_max']);
    expect(refused(homeHelp, { endsOn: '2032-03-14' }, { hoursPerMonth: 100 })).toEqual([
      'clientId:age_range',
      'hoursPerMonth:range',
      'plannedDuration:period_max',
    ]);
    expect(refused(supportPerson, { endsOn: '2026-11-30' })).toEqual(['desiredStartOn:aftercare_ended']);
  });
});
