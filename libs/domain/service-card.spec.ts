import type { ServiceDefinition } from '../contracts/catalogue';
import { ageOn, durationMonths } from './dates';
import { cardProblems, checkAgainstCard, type ProposalAgainstCard } from './service-card';

const l = (en: string) => ({ fi: en, sv: en, en });

const supportPerson: ServiceDefinition = {
  code: 'professional_support_person',
  name: l('Professional support person'),
  description: l(''),
  legalBases: ['SHL', 'LsL'],
  group: 'home_delivered',
  waysOfArranging: ['purchase'],
  rightWhen: [],
  notRightWhen: [
    { code: 'volunteer_would_do', text: l('A volunteer support person would do') },
    { code: 'family_change_work', text: l('The need is family change work') },
  ],
  ageRange: { min: 10, max: 17, special: { min: 7, max: 9 } },
  hoursPerMonth: null,
  periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: 'P6M' },
  requiredSteps: [],
  evaluationInterval: 'P3M',
  accessTarget: 'P1M',
  fee: { kind: 'free', note: l('Free') },
};
const homeHelp: ServiceDefinition = {
  ...supportPerson,
  code: 'home_help',
  legalBases: ['SHL'],
  notRightWhen: [],
  ageRange: { min: 0, max: 17 },
  hoursPerMonth: { min: 8, max: 40 },
};
const rehabilitation: ServiceDefinition = {
  ...homeHelp,
  code: 'family_rehabilitation_24h',
  legalBases: ['LsL'],
  hoursPerMonth: null,
  periods: { first: 'P3M', step: 'P1M', max: 'P6M', specialExtra: null },
};

/** Born 2014-06-15: 12 on 2026-12-01. */
const proposal = (over: Partial<ProposalAgainstCard> = {}): ProposalAgainstCard => ({
  legalBasis: 'SHL',
  dateOfBirth: '2014-06-15',
  startsOn: '2026-12-01',
  hoursPerMonth: null,
  notRightWhenPresent: [],
  plannedDuration: null,
  needsAssessedOn: '2026-11-16',
  specialSupportNeeds: false,
  expectedBirthOn: null,
  ...over,
});
const rules = (check: { rule: string }[]) => check.map((f) => f.rule);

describe('ages and durations', () => {
  it('counts a year full on the birthday', () => {
    expect(ageOn('2016-12-01', '2026-11-30')).toBe(9);
    expect(ageOn('2016-12-01', '2026-12-01')).toBe(10);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('measures durations in months for comparison', () => {
    expect(durationMonths('P1Y6M')).toBe(18);
    expect(durationMonths('P3M')).toBe(3);
    expect(durationMonths('P2W')).toBeCloseTo(0.46, 2);
  });
});

describe('a proposal against its principle card', () => {
  it('passes within every rule', () => {
    expect(checkAgainstCard(supportPerson, proposal())).toEqual({ refusals: [], considerations: [] });
    expect(checkAgainstCard(homeHelp, proposal({ hoursPerMonth: 40 }))).toEqual({ refusals: [], considerations: [] });
  });

  it('refuses an age outside every allowed range, naming the client and the rule', () => {
    const young = checkAgainstCard(supportPerson, proposal({ dateOfBirth: '2020-01-01' }));
    expect(young.refusals).toEqual([expect.objectContaining({ field: 'clientId', rule: 'age_range' })]);
    expect(young.refusals[0]?.message).toContain('the child is 6');
    const adult = checkAgainstCard(homeHelp, proposal({ dateOfBirth: '2008-11-30', hoursPerMonth: 10 }));
    expect(rules(adult.refusals)).toEqual(['age_range']);
  });

  it('lets ages 7–9 through for a support person only with special consideration', () => {
    const seven = checkAgainstCard(supportPerson, proposal({ dateOfBirth: '2019-11-30' }));
    expect(seven.refusals).toEqual([]);
    expect(seven.considerations.map((c) => c.code)).toEqual(['age_special_consideration']);
    expect(rules(cardProblems(seven, null))).toEqual(['special_consideration_required']);
    expect(cardProblems(seven, 'Lapsen kehitystaso vastaa 10-vuotiasta.')).toEqual([]);
    // The day before the 10th birthday is still special; on it, not.
    const nine = checkAgainstCard(supportPerson, proposal({ dateOfBirth: '2016-12-02' }));
    expect(nine.considerations).toHaveLength(1);
    expect(checkAgainstCard(supportPerson, proposal({ dateOfBirth: '2016-12-01' })).considerations).toEqual([]);
  });

  it('refuses hours outside the range, and missing hours where the service is measured in them', () => {
    expect(rules(checkAgainstCard(homeHelp, proposal({ hoursPerMonth: 7 })).refusals)).toEqual(['range']);
    expect(rules(checkAgainstCard(homeHelp, proposal({ hoursPerMonth: 41 })).refusals)).toEqual(['range']);
    expect(rules(checkAgainstCard(homeHelp, proposal({ hoursPerMonth: null })).refusals)).toEqual(['required']);
  });

  it('refuses a service under a law it is not provided under', () => {
    expect(rules(checkAgainstCard(rehabilitation, proposal()).refusals)).toEqual(['legal_basis']);
  });

  it('requires a justification for each "not right when" criterion marked present, and refuses unknown ones', () => {
    const marked = checkAgainstCard(
      supportPerson,
      proposal({ notRightWhenPresent: ['volunteer_would_do', 'family_change_work', 'volunteer_would_do'] }),
    );
    expect(marked.considerations.map((c) => c.code)).toEqual([
      'not_right_when:volunteer_would_do',
      'not_right_when:family_change_work',
    ]);
    expect(cardProblems(marked, null)).toHaveLength(2);
    const unknown = checkAgainstCard(supportPerson, proposal({ notRightWhenPresent: ['too_expensive'] }));
    expect(unknown.refusals).toEqual([
      expect.objectContaining({ field: 'notRightWhenPresent', rule: 'known_criterion' }),
    ]);
  });

  it('allows a planned duration up to the maximum, past it with special consideration, never past the extra', () => {
    expect(checkAgainstCard(supportPerson, proposal({ plannedDuration: 'P12M' }))).toEqual({
      refusals: [],
      considerations: [],
    });
    const extended = checkAgainstCard(supportPerson, proposal({ plannedDuration: 'P1Y6M' }));
    expect(extended.considerations.map((c) => c.code)).toEqual(['extension_special_consideration']);
    expect(rules(checkAgainstCard(supportPerson, proposal({ plannedDuration: 'P19M' })).refusals)).toEqual([
      'period_max',
    ]);
    // No extra at all: past the maximum is refused outright.
    const rehab = proposal({ legalBasis: 'LsL', plannedDuration: 'P7M' });
    expect(rules(checkAgainstCard(rehabilitation, rehab).refusals)).toEqual(['period_max']);
  });

  it('reports every hard rule and every unjustified soft rule at once', () => {
    const check = checkAgainstCard(
      homeHelp,
      proposal({ hoursPerMonth: 50, plannedDuration: 'P15M', dateOfBirth: '2005-01-01' }),
    );
    expect(rules(cardProblems(check, null)).sort()).toEqual(['age_range', 'range', 'special_consideration_required']);
    expect(rules(cardProblems(check, 'justified')).sort()).toEqual(['age_range', 'range']);
  });
});

describe("the cards' own rules (issue 24)", () => {
  const pregnancyCard: ServiceDefinition = { ...rehabilitation, beforeBirth: true, voluntary: true };
  const primarily: ServiceDefinition = { ...supportPerson, primarilyForSpecialSupportNeeds: true };
  /** An adult client, expecting: the card's ages are the coming child's. */
  const expecting = (over: Partial<ProposalAgainstCard> = {}) =>
    proposal({ legalBasis: 'LsL', dateOfBirth: '1999-03-01', expectedBirthOn: '2027-03-01', ...over });

  it('takes a pregnant person for a card that allows it, before the birth, without the ages of a child', () => {
    expect(checkAgainstCard(pregnancyCard, expecting())).toEqual({ refusals: [], considerations: [] });
  });

  it('refuses a pregnancy for every other card, and a birth expected before the needs assessment', () => {
    expect(rules(checkAgainstCard(rehabilitation, expecting()).refusals)).toEqual(['before_birth']);
    expect(rules(checkAgainstCard(homeHelp, expecting({ legalBasis: 'SHL', hoursPerMonth: 20 })).refusals)).toEqual([
      'before_birth',
    ]);
    const born = checkAgainstCard(pregnancyCard, expecting({ expectedBirthOn: '2026-11-16' }));
    expect(born.refusals).toEqual([expect.objectContaining({ field: 'expectedBirthOn', rule: 'date_order' })]);
  });

  it('asks a special consideration for a client without special support needs where the card is primarily for them', () => {
    const check = checkAgainstCard(primarily, proposal());
    expect(check.considerations).toEqual([
      expect.objectContaining({ code: 'special_support_needs_special_consideration', field: 'clientId' }),
    ]);
    expect(rules(cardProblems(check, null))).toEqual(['special_consideration_required']);
    expect(cardProblems(check, 'Raskaamman palvelun tarve ehkäistään.')).toEqual([]);
    expect(checkAgainstCard(primarily, proposal({ specialSupportNeeds: true })).considerations).toEqual([]);
    // A card that says nothing of special support needs asks nothing.
    expect(checkAgainstCard(supportPerson, proposal()).considerations).toEqual([]);
  });
});
